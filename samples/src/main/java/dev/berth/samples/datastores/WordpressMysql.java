package dev.berth.samples.datastores;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.Volumes;
import dev.berth.samples.ApplicationSample;

/**
 * WordPress with MySQL: WordPress keeps uploads and plugins on a shared {@code ReadWriteMany} volume, so its
 * replicas stay interchangeable (a Deployment); MySQL is a StatefulSet with its own retained claim. Both read the
 * database password from one Secret, and only WordPress reaches MySQL.
 *
 * <pre>{@code
 * Manifest manifest = new WordpressMysql().manifest();
 * }</pre>
 */
public final class WordpressMysql extends ApplicationSample {

    /** Creates the sample. */
    public WordpressMysql() {
        super("wordpress-mysql", "WordPress on a shared volume with MySQL in a StatefulSet");
    }

    @Override
    public Application application() {
        var db = Secrets.existing("mysql-credentials");
        return Berth.application("blog")
                .add(Berth.service("wordpress", StateProfile.sharedFiles()).image("bitnami/wordpress:6.6.2")
                        .expose(Ports.http(8080))
                        .runAsUser(1001).readOnlyRootFilesystem(false)
                        .env("WORDPRESS_DATABASE_HOST", EnvValues.of("mysql"))
                        .env("WORDPRESS_DATABASE_USER", EnvValues.of("root"))
                        .env("WORDPRESS_DATABASE_PASSWORD", EnvValues.fromSecret(db, "password"))
                        .readiness(Probes.http("/wp-login.php", 8080)).liveness(Probes.tcp(8080))
                        .resources(Resources.requests("250m", "512Mi"))
                        .mount("/bitnami/wordpress", Volumes.fromClaim(
                                Claims.shared("wordpress-content", Quantities.gi(10)).readWriteMany())))
                .add(Berth.datastore("mysql", DatastorePresets.mysql()).credentials(db))
                .allowFromAnywhere().to("wordpress").on(8080)
                .allow("wordpress").to("mysql").on(3306)
                .defaultDeny()
                .build();
    }
}
