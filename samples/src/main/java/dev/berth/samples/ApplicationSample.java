package dev.berth.samples;

import dev.berth.core.Manifest;
import dev.berth.dsl.Application;
import java.util.Objects;

/**
 * A sample written with Berth's DSL: subclasses give the {@link Application}; its manifest is the sample's objects.
 *
 * <pre>{@code
 * public final class StaticSite extends ApplicationSample {
 *     public StaticSite() {
 *         super("static-site", "An Astro build served by three stateless replicas");
 *     }
 *
 *     public Application application() {
 *         return Berth.application("site").add(StaticSites.fromImage("site", "ghcr.io/acme/site:1.0.0")).build();
 *     }
 * }
 * }</pre>
 */
public abstract class ApplicationSample implements Sample {

    private final String name;
    private final String description;

    /**
     * @param name the sample's name, a DNS-1123 label
     * @param description what it shows, one sentence without a trailing period
     */
    protected ApplicationSample(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Describes the application; every call builds it afresh.
     *
     * @return the application, whose {@link Application#explain()} says why each object looks as it does
     */
    public abstract Application application();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Manifest manifest() {
        return application().manifest();
    }

    @Override
    public String toString() {
        return name;
    }
}
