package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContainerAssertTest {

    @Test
    void the_dsl_containers_are_pinned_unprivileged_probed_and_bounded() {
        assertThat(shop()).deployment("api").container("api")
                .hasPinnedImage()
                .runsAsNonRoot()
                .hasReadOnlyRootFilesystem()
                .hasReadinessProbe()
                .hasResourceRequests()
                .hasMemoryLimit()
                .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password")
                .mounts("/tmp");
        assertThat(shop()).statefulSet("db").container("db")
                .hasLivenessProbe().hasStartupProbe().mounts("/var/lib/postgresql/data");
    }

    @Test
    void an_image_without_a_tag_is_not_pinned_and_a_digest_is() {
        assertThat(legacy()).deployment("api").container("api").hasPinnedImage();
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").container("db").hasPinnedImage())
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].image to be pinned to "
                        + "a digest or a tag other than latest, but found \"postgres\" (no tag, so latest)");
    }

    @Test
    void root_is_reported_from_the_container_or_its_pod() {
        // web inherits runAsNonRoot: true from its pod.
        assertThat(legacy()).deployment("web").container("web").runsAsNonRoot();
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").container("db").runsAsNonRoot())
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].securityContext to run "
                        + "as non-root, but found runAsUser 0 (root)");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api").runsAsNonRoot())
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].securityContext to run "
                        + "as non-root, but found neither runAsNonRoot: true nor a non-zero runAsUser, on the "
                        + "container or its pod");
    }

    @Test
    void a_writable_root_filesystem_is_reported() {
        assertThat(legacy()).deployment("web").container("web").hasReadOnlyRootFilesystem();
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api").hasReadOnlyRootFilesystem())
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].securityContext"
                        + ".readOnlyRootFilesystem to be true, but found none");
    }

    @Test
    void each_missing_probe_names_its_field() {
        assertThat(legacy()).deployment("web").container("web").hasReadinessProbe();
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").container("db").hasReadinessProbe())
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].readinessProbe to be "
                        + "set, but found none");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").container("web").hasLivenessProbe())
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.containers[0].livenessProbe to be "
                        + "set, but found none");
        assertThatThrownBy(() -> assertThat(shop()).deployment("web").container("web").hasStartupProbe())
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.containers[0].startupProbe to be "
                        + "set, but found none");
    }

    @Test
    void resources_name_what_is_missing() {
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").container("web").hasResourceRequests())
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.containers[0].resources.requests to "
                        + "hold cpu and memory, but found memory only");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api").hasResourceRequests())
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].resources.requests to "
                        + "hold cpu and memory, but found none");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").container("web").hasMemoryLimit())
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.containers[0].resources.limits"
                        + ".memory to be set, but found none");
    }

    @Test
    void a_literal_secret_is_reported_without_its_value() {
        assertThatThrownBy(() -> assertThat(legacy()).statefulSet("db").container("db")
                .hasEnvFromSecret("POSTGRES_PASSWORD", "db-credentials", "password"))
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].env[0] to take "
                        + "POSTGRES_PASSWORD from key \"password\" of Secret \"db-credentials\", but found a literal "
                        + "value")
                .message().doesNotContain("hunter2");
    }

    @Test
    void a_variable_from_elsewhere_names_its_source() {
        assertThat(legacy()).deployment("api").container("api")
                .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api")
                .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "pass"))
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].env[0] to take "
                        + "DB_PASSWORD from key \"pass\" of Secret \"db-credentials\", but found key \"password\" of "
                        + "Secret \"db-credentials\"");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api")
                .hasEnvFromSecret("DB_USER", "db-credentials", "user"))
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].env[1] to take "
                        + "DB_USER from key \"user\" of Secret \"db-credentials\", but found key \"user\" of "
                        + "ConfigMap \"db-settings\"");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").container("api")
                .hasEnvFromSecret("API_KEY", "api", "key"))
                .hasMessage("Expecting Deployment shop/api at spec.template.spec.containers[0].env to take API_KEY "
                        + "from key \"key\" of Secret \"api\", but found no variable API_KEY");
    }

    @Test
    void an_absent_mount_lists_the_mounts() {
        assertThatThrownBy(() -> assertThat(shop()).statefulSet("db").container("db").mounts("/data"))
                .hasMessage("Expecting StatefulSet shop/db at spec.template.spec.containers[0].volumeMounts to mount "
                        + "a volume at \"/data\", but found \"/var/lib/postgresql/data\" (data), \"/tmp\" (tmp), "
                        + "\"/var/run/postgresql\" (var-run-postgresql)");
    }
}
