/**
 * Sample applications: the stateful and stateless deployment patterns, each a small class whose objects Berth
 * validates and writes. {@link dev.berth.samples.Samples} lists them; {@link dev.berth.samples.Render} writes each
 * to {@code samples/out/<name>/}.
 */
package dev.berth.samples;
