package dev.berth.samples.quadrants;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.storage.Quantities;
import dev.berth.samples.ApplicationSample;

/**
 * Quadrant D's variant where baskets must survive a restart: the same service writes them to disk, so each replica
 * needs its own volume and a stable name. A StatefulSet with a claim template, a governing headless Service and
 * claims retained on delete and scale-down.
 *
 * <pre>{@code
 * Manifest manifest = new BasketPersistent().manifest();
 * }</pre>
 */
public final class BasketPersistent extends ApplicationSample {

    /** Creates the sample. */
    public BasketPersistent() {
        super("basket-persistent", "Quadrant D, persistent: baskets that survive restarts, one volume per replica");
    }

    @Override
    public Application application() {
        return Berth.application("basket")
                .add(Berth.statefulService("basket", StateProfile.datastore()).image("ghcr.io/acme/basket:1.8.0")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080))
                        .storage(Quantities.gi(5)))
                .allowFromAnywhere().to("basket").on(8080)
                .defaultDeny()
                .build();
    }
}
