package dev.berth.dsl.workload;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.SecretRef;
import dev.berth.dsl.container.Container;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.storage.Volumes;

/**
 * Static sites (an Astro or Hugo build): stateless Deployments serving files with an unprivileged nginx on port
 * 8080, read-only root filesystem, content either baked into the image or fetched once from object storage into a
 * volume at start.
 *
 * <pre>{@code
 * StatelessService site = StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3");
 * StatelessService docs = StaticSites.fromObjectStorage("docs", "s3://acme-sites/docs/v3", Secrets.existing("s3-read"));
 * }</pre>
 */
public final class StaticSites {

    /** The web server of {@link #fromObjectStorage(String, String, SecretRef)}. */
    public static final String NGINX = "nginxinc/nginx-unprivileged:1.27.2-alpine";
    /** Where nginx serves files from. */
    public static final String CONTENT = "/usr/share/nginx/html";

    private StaticSites() {
    }

    /**
     * A site whose image holds both the server and the content (built {@code FROM nginx-unprivileged}), listening on
     * 8080.
     *
     * <pre>{@code
     * StaticSites.fromImage("site", "ghcr.io/acme/site:2024.11.3").replicas(3);
     * }</pre>
     *
     * @param name the component's name
     * @param image the image
     * @return a stateless service to refine
     */
    public static StatelessService fromImage(String name, String image) {
        return site(name).image(image);
    }

    /**
     * A site served by unprivileged nginx from a volume that an init container fills once from object storage
     * ({@code aws s3 sync}, credentials from the Secret's {@code access-key-id} and {@code secret-access-key}).
     *
     * <pre>{@code
     * StaticSites.fromObjectStorage("docs", "s3://acme-sites/docs/v3", Secrets.existing("s3-read"));
     * }</pre>
     *
     * @param name the component's name
     * @param url an {@code s3://bucket/prefix} URL
     * @param credentials the Secret with the keys
     * @return a stateless service to refine
     */
    public static StatelessService fromObjectStorage(String name, String url, SecretRef credentials) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("object storage URL of " + name + " must start with s3://, was " + url);
        }
        return site(name).image(NGINX)
                .mount(CONTENT, Volumes.emptyDir().named("content"))
                .initContainer(Container.named("fetch").image(Backup.AWS_CLI)
                        .command("aws", "s3", "sync", "--no-progress", url, CONTENT)
                        .env("HOME", EnvValues.of("/tmp"))
                        .env("AWS_ACCESS_KEY_ID", EnvValues.fromSecret(credentials, "access-key-id"))
                        .env("AWS_SECRET_ACCESS_KEY", EnvValues.fromSecret(credentials, "secret-access-key")));
    }

    private static StatelessService site(String name) {
        return new StatelessService(name, StateProfile.staticContent()).role("frontend")
                .expose(Ports.http(8080))
                .readiness(Probes.http("/", 8080))
                .liveness(Probes.http("/", 8080));
    }
}
