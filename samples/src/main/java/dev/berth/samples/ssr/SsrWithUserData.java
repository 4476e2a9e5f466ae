package dev.berth.samples.ssr;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.workload.Backup;
import dev.berth.samples.ApplicationSample;

/**
 * Server-side rendering with user data: a stateless SSR front end and a stateless API, each a Deployment, over
 * PostgreSQL, the one part that holds state, as a StatefulSet with a retained claim per replica. The API reads the
 * database password from a Secret; NetworkPolicies deny everything except the front end from anywhere, the front end
 * to the API, and the API (alone) to the database; a CronJob dumps the database every night.
 *
 * <pre>{@code
 * Manifest manifest = new SsrWithUserData().manifest();
 * }</pre>
 */
public final class SsrWithUserData extends ApplicationSample {

    /** Creates the sample. */
    public SsrWithUserData() {
        super("ssr-user-data", "A server-side-rendered shop: SSR and API Deployments over PostgreSQL, "
                + "only the API reaching the database, credentials from a Secret, a nightly backup");
    }

    @Override
    public Application application() {
        var credentials = Secrets.existing("db-credentials");
        return Berth.application("shop")
                .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2").role("frontend")
                        .expose(Ports.http(3000))
                        .env("API_URL", EnvValues.of("http://api:8080"))
                        .readiness(Probes.http("/healthz", 3000)).liveness(Probes.http("/livez", 3000)))
                .add(Berth.statelessService("api").image("ghcr.io/acme/shop-api:2.7.0").role("backend")
                        .expose(Ports.http(8080))
                        .env("DB_HOST", EnvValues.of("db"))
                        .env("DB_PASSWORD", EnvValues.fromSecret(credentials, "password"))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080)))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).credentials(credentials)
                        .storage(Quantities.gi(50))
                        .backup(Backup.toClaim("0 2 * * *", Quantities.gi(100))))
                .allowFromAnywhere().to("web").on(3000)
                .allow("web").to("api").on(8080)
                .allow("api").to("db").on(5432)
                .defaultDeny()
                .build();
    }
}
