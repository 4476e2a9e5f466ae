package dev.berth.samples.datastores;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.workload.StatefulPattern;
import dev.berth.samples.ApplicationSample;

/**
 * A Cassandra ring of three: a StatefulSet whose pods start in parallel and find each other through the seeds in
 * {@code CASSANDRA_SEEDS}, their stable DNS names under a headless Service that publishes pods before they are
 * ready (a ring forms before any member is).
 *
 * <pre>{@code
 * Manifest manifest = new CassandraRing().manifest();
 * }</pre>
 */
public final class CassandraRing extends ApplicationSample {

    /** Creates the sample. */
    public CassandraRing() {
        super("cassandra-ring", "A Cassandra ring of three with stable seed names");
    }

    @Override
    public Application application() {
        return Berth.application("events")
                .add(Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3))
                        .env("CASSANDRA_CLUSTER_NAME", EnvValues.of("events")))
                .defaultDeny()
                .build();
    }
}
