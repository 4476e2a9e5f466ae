package dev.berth.samples.quadrants;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.samples.ApplicationSample;

/**
 * Quadrant D, stateful without storage: a shopping basket kept in the memory of the replica that served the
 * customer. Losing a basket on a restart is accepted, so a Deployment; the Service keeps each client on its replica
 * with session affinity.
 *
 * <pre>{@code
 * Manifest manifest = new BasketInMemory().manifest();
 * }</pre>
 */
public final class BasketInMemory extends ApplicationSample {

    /** Creates the sample. */
    public BasketInMemory() {
        super("basket-in-memory", "Quadrant D: a shopping basket kept in memory, clients kept on their replica");
    }

    @Override
    public Application application() {
        return Berth.application("basket")
                .add(Berth.service("basket", StateProfile.inMemoryState()).image("ghcr.io/acme/basket:1.8.0")
                        .expose(Ports.http(8080))
                        .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080)))
                .allowFromAnywhere().to("basket").on(8080)
                .defaultDeny()
                .build();
    }
}
