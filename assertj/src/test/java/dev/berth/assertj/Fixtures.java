package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The manifests the tests judge: the README's shop built with the DSL, and a hand-written YAML shop. */
final class Fixtures {

    private static final Manifest SHOP = Berth.application("shop")
            .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2")
                    .expose(Ports.http(3000))
                    .env("API_URL", EnvValues.of("http://api:8080"))
                    .readiness(Probes.http("/healthz", 3000)))
            .add(Berth.statelessService("api").image("ghcr.io/acme/shop-api:2.7.0")
                    .expose(Ports.http(8080))
                    .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-credentials"), "password"))
                    .readiness(Probes.http("/ready", 8080)))
            .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50)))
            .allowFromAnywhere().to("web").on(3000)
            .allow("web").to("api").on(8080)
            .allow("api").to("db").on(5432)
            .defaultDeny()
            .build()
            .manifest();

    /**
     * A shop with a flaw put in on purpose, so that report tests do not depend on how good the presets are: the
     * database checks liveness with its readiness command ({@code probes-identical}, medium). Its claim names no
     * storage class ({@code claim-storage-class}, info), as the README's shop's does.
     */
    private static final Manifest FLAWED_SHOP = Berth.application("shop")
            .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2")
                    .expose(Ports.http(3000))
                    .readiness(Probes.http("/healthz", 3000)))
            .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50))
                    .liveness(Probes.exec("pg_isready", "-U", "postgres", "-h", "127.0.0.1")))
            .build()
            .manifest();

    private static final Manifest LEGACY = new ManifestReader().readString(resource("legacy-shop.yaml"),
            "legacy-shop.yaml");

    private static final Manifest ROUTING = new ManifestReader().readString(resource("routing-and-scaling.yaml"),
            "routing-and-scaling.yaml");

    private Fixtures() {
    }

    /** @return the README's shop (web, api, PostgreSQL), as the DSL builds it */
    static Manifest shop() {
        return SHOP;
    }

    /** @return a two-component shop whose database uses one check for liveness and readiness, on purpose */
    static Manifest flawedShop() {
        return FLAWED_SHOP;
    }

    /** @return {@code legacy-shop.yaml}: a hand-written shop with deliberate problems */
    static Manifest legacy() {
        return LEGACY;
    }

    /** @return {@code routing-and-scaling.yaml}: autoscalers, anti-affinity, environment values, Ingress, HTTPRoute */
    static Manifest routing() {
        return ROUTING;
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
