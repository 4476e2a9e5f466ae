package dev.berth.samples.site;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.network.Ingresses;
import dev.berth.dsl.workload.StatelessService;
import dev.berth.dsl.workload.StaticSites;
import dev.berth.samples.ApplicationSample;

/**
 * A static site (an Astro build) with its content baked into the image: stateless, so a Deployment of three
 * interchangeable replicas behind a Service, spread across nodes, with a disruption budget, reachable from anywhere
 * on port 8080 and from nowhere else, and published at {@code https://www.example.com} through an Ingress whose
 * certificate is the Secret {@code www-tls}.
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
        StatelessService site = StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3").replicas(3);
        return Berth.application("site")
                .add(site)
                .add(Ingresses.to(site).host("www.example.com").className("nginx").tls(Secrets.existing("www-tls")))
                .allowFromAnywhere().to("site").on(8080)
                .defaultDeny()
                .build();
    }
}
