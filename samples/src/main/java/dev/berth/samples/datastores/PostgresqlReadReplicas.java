package dev.berth.samples.datastores;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.workload.StatefulPattern;
import dev.berth.samples.ApplicationSample;

/**
 * PostgreSQL with a primary and two read replicas: two StatefulSets, the primary behind the read-write Service
 * {@code db} and the replicas behind the read-only Service {@code db-read}; each replica finds the primary by its
 * stable DNS name ({@code db-0.db-headless...}) in {@code PRIMARY_HOST}.
 *
 * <pre>{@code
 * Manifest manifest = new PostgresqlReadReplicas().manifest();
 * }</pre>
 */
public final class PostgresqlReadReplicas extends ApplicationSample {

    /** Creates the sample. */
    public PostgresqlReadReplicas() {
        super("postgresql-read-replicas", "PostgreSQL with a primary and two read replicas");
    }

    @Override
    public Application application() {
        return Berth.application("reports")
                .add(Berth.datastore("db", DatastorePresets.postgresql())
                        .pattern(StatefulPattern.primaryWithReadReplicas(2)))
                .defaultDeny()
                .build();
    }
}
