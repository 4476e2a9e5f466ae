/** Datastore patterns: WordPress with MySQL, read replicas, a ring with stable seed names, an external database. */
package dev.berth.samples.datastores;
