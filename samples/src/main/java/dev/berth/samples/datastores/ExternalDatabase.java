package dev.berth.samples.datastores;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.samples.ApplicationSample;

/**
 * A database hosted outside the cluster (a managed PostgreSQL): an {@code ExternalName} Service gives it a name in
 * the namespace, so the API connects to {@code db} and moving the database in or out of the cluster changes no
 * client. The cluster holds no state: the API is a plain Deployment. A NetworkPolicy cannot select a DNS name, so the
 * API's egress reaches the database's subnet ({@code 10.20.0.0/16}) on its port, and DNS stays open to resolve it.
 *
 * <pre>{@code
 * Manifest manifest = new ExternalDatabase().manifest();
 * }</pre>
 */
public final class ExternalDatabase extends ApplicationSample {

    /** Creates the sample. */
    public ExternalDatabase() {
        super("external-database", "An API over a database hosted outside the cluster, named by an ExternalName "
                + "Service");
    }

    @Override
    public Application application() {
        return Berth.application("billing")
                .add(Berth.external("db", "billing.cluster-c1x2.eu-west-1.rds.amazonaws.com")
                        .cidr("10.20.0.0/16").expose(Port.of("postgresql", 5432)))
                .add(Berth.statelessService("billing").image("ghcr.io/acme/billing:1.1.0")
                        .expose(Ports.http(8080))
                        .env("DB_HOST", EnvValues.of("db"))
                        .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("billing-db"), "password"))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080)))
                .allowFromAnywhere().to("billing").on(8080)
                .allow("billing").toExternal("db")
                .defaultDeny()
                .build();
    }
}
