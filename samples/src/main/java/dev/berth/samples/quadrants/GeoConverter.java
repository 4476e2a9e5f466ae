package dev.berth.samples.quadrants;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.storage.Quantities;
import dev.berth.samples.ApplicationSample;

/**
 * Quadrant C, stateless without storage: a geo-coordinate converter, a pure function over gRPC. Nothing to keep, so
 * a Deployment whose replica count an autoscaler sets between 2 and 20 from CPU use.
 *
 * <pre>{@code
 * Manifest manifest = new GeoConverter().manifest();
 * }</pre>
 */
public final class GeoConverter extends ApplicationSample {

    /** Creates the sample. */
    public GeoConverter() {
        super("geo-converter", "Quadrant C: a stateless geo-coordinate converter scaled by an autoscaler");
    }

    @Override
    public Application application() {
        return Berth.application("geo")
                .add(Berth.statelessService("geo").image("ghcr.io/acme/geo-converter:3.0.0")
                        .expose(Ports.grpc(9090))
                        .readiness(Probes.grpc(9090)).liveness(Probes.tcp(9090))
                        .resources(Resources.requests("250m", "256Mi"))
                        .autoscale(2, 20))
                .allowFromAnywhere().to("geo").on(9090)
                .defaultDeny()
                .build();
    }
}
