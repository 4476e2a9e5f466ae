package dev.berth.samples.quadrants;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.ConfigMaps;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Container;
import dev.berth.dsl.container.Hooks;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.StorageClasses;
import dev.berth.dsl.workload.Backup;
import dev.berth.samples.ApplicationSample;

/**
 * Quadrant A, stateful and authoritative: a payments service (stateless itself, three replicas, migrating the schema
 * before a new version serves) over the ledger, an authoritative relational database. The ledger is a StatefulSet
 * whose claim comes from a StorageClass of regional persistent disks, replicated across two zones, so the data
 * survives the loss of a node (and of a zone); claims are retained, and a nightly dump goes to object storage.
 *
 * <pre>{@code
 * Manifest manifest = new PaymentsOverRdbms().manifest();
 * }</pre>
 */
public final class PaymentsOverRdbms extends ApplicationSample {

    /** Creates the sample. */
    public PaymentsOverRdbms() {
        super("payments-rdbms", "Quadrant A: payments over an authoritative PostgreSQL ledger on regional disks "
                + "that survive node failure");
    }

    @Override
    public Application application() {
        var ledgerConfig = ConfigMaps.named("payments").with("CURRENCY", "EUR").with("LEDGER_MODE", "strict");
        return Berth.application("payments")
                .add(StorageClasses.named("regional-ssd", "pd.csi.storage.gke.io")
                        .parameter("type", "pd-ssd").parameter("replication-type", "regional-pd"))
                .add(Berth.statelessService("payments").image("ghcr.io/acme/payments:5.2.1").replicas(3)
                        .expose(Ports.http(8080), Port.of("metrics", 9090))
                        .resources(Resources.requests("500m", "768Mi"))
                        .env("LEDGER_MODE", EnvValues.fromConfigMap(ledgerConfig, "LEDGER_MODE"))
                        .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("ledger-credentials"), "password"))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .startup(Probes.startup(Probes.http("/live", 8080), 120))
                        .hook(Hooks.sleepBeforeStop(5))
                        .runBeforeServing(Container.named("migrate").image("ghcr.io/acme/payments:5.2.1")
                                .command("/app/payments", "migrate", "--wait-for-db")))
                .add(Berth.datastore("ledger", DatastorePresets.postgresql())
                        .claimTemplate(Claims.template("data", Quantities.gi(100)).storageClass("regional-ssd"))
                        .backup(Backup.toObjectStorage("0 3 * * *", "s3://acme-backups/ledger",
                                Secrets.existing("backup-s3"))))
                .allow("payments").to("ledger").on(5432)
                .defaultDeny()
                .build();
    }
}
