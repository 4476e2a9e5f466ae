package dev.berth.dsl.cases;

import dev.berth.core.state.StateProfile;
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
import dev.berth.dsl.identity.Role;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.Volumes;
import dev.berth.dsl.workload.Backup;
import dev.berth.dsl.workload.StatefulPattern;
import dev.berth.dsl.workload.StaticSites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seed cases of issue 3, each at most 25 lines of DSL (checked by {@code SeedCasesTest}): the body of each
 * method, between its opening and closing line, is the DSL a user writes.
 */
public final class SeedCases {

    private SeedCases() {
    }

    /** @return every case by its golden file's name, in order */
    public static Map<String, Supplier<Application>> all() {
        Map<String, Supplier<Application>> cases = new LinkedHashMap<>();
        cases.put("static-site", SeedCases::staticSite);
        cases.put("static-site-from-object-storage", SeedCases::staticSiteFromObjectStorage);
        cases.put("ssr-api-postgresql", SeedCases::ssrApiPostgresql);
        cases.put("payments-over-rdbms", SeedCases::paymentsOverRdbms);
        cases.put("upload-shared-volume", SeedCases::uploadSharedVolume);
        cases.put("geo-converter-autoscaled", SeedCases::geoConverterAutoscaled);
        cases.put("basket-in-memory", SeedCases::basketInMemory);
        cases.put("basket-persistent", SeedCases::basketPersistent);
        cases.put("wordpress-mysql", SeedCases::wordpressMysql);
        cases.put("postgresql-read-replicas", SeedCases::postgresqlReadReplicas);
        cases.put("cassandra-ring", SeedCases::cassandraRing);
        cases.put("external-database", SeedCases::externalDatabase);
        return cases;
    }

    /** @return an Astro build served from its image */
    public static Application staticSite() {
        return Berth.application("site")
                .add(StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3").replicas(3))
                .allowFromAnywhere().to("site").on(8080)
                .build();
    }

    /** @return an Astro build fetched once from object storage at start */
    public static Application staticSiteFromObjectStorage() {
        return Berth.application("docs")
                .add(StaticSites.fromObjectStorage("docs", "s3://acme-sites/docs/v3", Secrets.existing("s3-read")))
                .build();
    }

    /** @return a server-side-rendered front end, an API and PostgreSQL, with default-deny networking */
    public static Application ssrApiPostgresql() {
        return Berth.application("shop")
                .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2").role("frontend")
                        .expose(Ports.http(3000))
                        .env("API_URL", EnvValues.of("http://api:8080"))
                        .readiness(Probes.http("/healthz", 3000)).liveness(Probes.http("/healthz", 3000)))
                .add(Berth.statelessService("api").image("ghcr.io/acme/shop-api:2.7.0").role("backend")
                        .expose(Ports.http(8080))
                        .env("DB_HOST", EnvValues.of("db"))
                        .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-credentials"), "password"))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080)))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50)))
                .allowFromAnywhere().to("web").on(3000)
                .allow("web").to("api").on(8080)
                .allow("api").to("db").on(5432)
                .defaultDeny()
                .build();
    }

    /** @return a payments service over an authoritative relational database, migrated before it serves */
    public static Application paymentsOverRdbms() {
        var ledgerConfig = ConfigMaps.named("payments").with("CURRENCY", "EUR").with("LEDGER_MODE", "strict");
        return Berth.application("payments")
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
                .add(Berth.datastore("ledger", DatastorePresets.postgresql()).storage(Quantities.gi(100))
                        .backup(Backup.toObjectStorage("0 3 * * *", "s3://acme-backups/ledger",
                                Secrets.existing("backup-s3"))))
                .allow("payments").to("ledger").on(5432)
                .defaultDeny()
                .build();
    }

    /** @return an idempotent upload service whose replicas share one ReadWriteMany volume */
    public static Application uploadSharedVolume() {
        return Berth.application("media")
                .add(Berth.service("upload", StateProfile.sharedFiles()).image("ghcr.io/acme/upload:1.0.3")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .mount("/srv/uploads", Volumes.fromClaim(
                                Claims.shared("uploads", Quantities.gi(200)).readWriteMany().storageClass("nfs-client"))))
                .build();
    }

    /** @return a stateless geo-coordinate converter scaled by CPU */
    public static Application geoConverterAutoscaled() {
        return Berth.application("geo")
                .add(Berth.statelessService("geo").image("ghcr.io/acme/geo-converter:3.0.0")
                        .expose(Ports.grpc(9090))
                        .readiness(Probes.grpc(9090)).liveness(Probes.grpc(9090))
                        .resources(Resources.requests("250m", "256Mi"))
                        .autoscale(2, 20))
                .build();
    }

    /** @return a shopping basket kept in memory: a Deployment with client affinity */
    public static Application basketInMemory() {
        return Berth.application("basket")
                .add(Berth.service("basket", StateProfile.inMemoryState()).image("ghcr.io/acme/basket:1.8.0")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080)))
                .build();
    }

    /** @return a shopping basket that must persist: a StatefulSet with its own volume per replica */
    public static Application basketPersistent() {
        return Berth.application("basket")
                .add(Berth.statefulService("basket", StateProfile.datastore()).image("ghcr.io/acme/basket:1.8.0")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .storage(Quantities.gi(5)))
                .build();
    }

    /** @return WordPress (uploads on a shared volume) with MySQL */
    public static Application wordpressMysql() {
        var db = Secrets.existing("mysql-credentials");
        return Berth.application("blog")
                .add(Berth.service("wordpress", StateProfile.sharedFiles()).image("bitnami/wordpress:6.6.2")
                        .expose(Ports.http(8080))
                        .runAsUser(1001).readOnlyRootFilesystem(false)
                        .env("WORDPRESS_DATABASE_HOST", EnvValues.of("mysql"))
                        .env("WORDPRESS_DATABASE_USER", EnvValues.of("root"))
                        .env("WORDPRESS_DATABASE_PASSWORD", EnvValues.fromSecret(db, "password"))
                        .readiness(Probes.http("/wp-login.php", 8080)).liveness(Probes.tcp(8080))
                        .resources(Resources.requests("250m", "512Mi"))
                        .mount("/bitnami/wordpress", Volumes.fromClaim(
                                Claims.shared("wordpress-content", Quantities.gi(10)).readWriteMany())))
                .add(Berth.datastore("mysql", DatastorePresets.mysql()).credentials(db))
                .allow("wordpress").to("mysql").on(3306)
                .build();
    }

    /** @return PostgreSQL with a primary and two read replicas */
    public static Application postgresqlReadReplicas() {
        return Berth.application("reports")
                .add(Berth.datastore("db", DatastorePresets.postgresql())
                        .pattern(StatefulPattern.primaryWithReadReplicas(2)))
                .build();
    }

    /** @return a Cassandra ring of three */
    public static Application cassandraRing() {
        return Berth.application("events")
                .add(Berth.datastore("cassandra", DatastorePresets.cassandra()).pattern(StatefulPattern.ring(3))
                        .env("CASSANDRA_CLUSTER_NAME", EnvValues.of("events")))
                .build();
    }

    /** @return an API over a database hosted outside the cluster */
    public static Application externalDatabase() {
        return Berth.application("billing")
                .add(Berth.external("db", "billing.cluster-c1x2.eu-west-1.rds.amazonaws.com")
                        .expose(Port.of("postgresql", 5432)))
                .add(Berth.statelessService("billing").image("ghcr.io/acme/billing:1.1.0")
                        .expose(Ports.http(8080))
                        .env("DB_HOST", EnvValues.of("db"))
                        .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("billing-db"), "password"))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .bind(Role.named("config-reader").allowRead("configmaps").onNames("billing-flags")))
                .build();
    }
}
