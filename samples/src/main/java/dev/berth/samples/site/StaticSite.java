package dev.berth.samples.site;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.workload.StaticSites;
import dev.berth.samples.ApplicationSample;

/**
 * A static site (an Astro build) with its content baked into the image: stateless, so a Deployment of three
 * interchangeable replicas behind a Service, spread across nodes, with a disruption budget, reachable from anywhere
 * on port 8080 and from nowhere else.
 *
 * <pre>{@code
 * Manifest manifest = new StaticSite().manifest();
 * }</pre>
 */
public final class StaticSite extends ApplicationSample {

    /** Creates the sample. */
    public StaticSite() {
        super("static-site", "An Astro build served from its image by three stateless replicas");
    }

    @Override
    public Application application() {
        return Berth.application("site")
                .add(StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3").replicas(3))
                .allowFromAnywhere().to("site").on(8080)
                .defaultDeny()
                .build();
    }
}
