package dev.berth.samples.site;

import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.workload.StaticSites;
import dev.berth.samples.ApplicationSample;

/**
 * The static site's variant whose image is a plain web server: an init container fetches the Astro build from object
 * storage into a pod-local volume at start, so publishing new content is a rollout, not an image build. Still
 * stateless: every replica fetches the same content, and losing the volume loses nothing.
 *
 * <pre>{@code
 * Manifest manifest = new StaticSiteFromObjectStorage().manifest();
 * }</pre>
 */
public final class StaticSiteFromObjectStorage extends ApplicationSample {

    /** Creates the sample. */
    public StaticSiteFromObjectStorage() {
        super("static-site-from-object-storage",
                "An Astro build fetched from object storage at start and served by three stateless replicas");
    }

    @Override
    public Application application() {
        return Berth.application("docs")
                .add(StaticSites.fromObjectStorage("docs", "s3://acme-sites/docs/v3", Secrets.existing("s3-read"))
                        .replicas(3))
                .allowFromAnywhere().to("docs").on(8080)
                .defaultDeny()
                .build();
    }
}
