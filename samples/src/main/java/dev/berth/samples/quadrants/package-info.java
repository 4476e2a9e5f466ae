/**
 * The four state/storage quadrants: (A) stateful and authoritative data on storage that survives node failure, (B)
 * stateless with shared storage, (C) stateless without storage, (D) state in memory, and its persistent variant.
 */
package dev.berth.samples.quadrants;
