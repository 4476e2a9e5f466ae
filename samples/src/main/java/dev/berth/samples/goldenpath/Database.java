package dev.berth.samples.goldenpath;

import dev.berth.dsl.Berth;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.ForwardingComponent;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.workload.Backup;
import dev.berth.dsl.workload.StatefulService;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;

/**
 * Acme's database: a PostgreSQL datastore with the company's nightly backup, which no team can forget, and a
 * {@code <name>-connection} ConfigMap holding the host name and port of its client Service for the applications. It
 * wraps Berth's {@link StatefulService} through {@link ForwardingComponent}, so the application still knows its pod
 * DNS names ({@code app.podDnsNames("db")}), lets its backup job reach it under a default deny, and checks intents to
 * it against its port.
 *
 * <pre>{@code
 * AcmePlatform.application("checkout", "payments", "cc-4711")
 *         .add(new Database("db"), api)
 *         .allow("api").to("db").on(Database.PORT)
 *         .build();
 * }</pre>
 */
public final class Database extends ForwardingComponent {

    /** The port PostgreSQL listens on. */
    public static final int PORT = 5432;
    /** When the company's backup runs: every night at 03:00. */
    public static final String NIGHTLY = "0 3 * * *";

    /**
     * A database with 20 GiB of data and a 50 GiB backup claim.
     *
     * @param name the component's name, a DNS-1123 label
     */
    public Database(String name) {
        this(Berth.datastore(name, DatastorePresets.postgresql()).storage(Quantities.gi(20)));
    }

    /**
     * A database from a datastore the team shaped (size, pattern, resources); the company adds its backup.
     *
     * <pre>{@code
     * new Database(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(100)));
     * }</pre>
     *
     * @param datastore the team's datastore
     */
    public Database(StatefulService datastore) {
        super(StatefulService.from(datastore).backup(Backup.toClaim(NIGHTLY, Quantities.gi(50))));
    }

    /**
     * Adds the datastore's objects, then the connection ConfigMap.
     *
     * @param assembly the application's assembly
     */
    @Override
    public void contribute(Assembly assembly) {
        super.contribute(assembly);
        String host = name() + "." + assembly.namespace() + ".svc." + assembly.preset().clusterDomain();
        assembly.add(new ConfigMapBuilder()
                .withMetadata(assembly.metadata(name() + "-connection", name()).build())
                .addToData("host", host)
                .addToData("port", String.valueOf(PORT))
                .build());
    }
}
