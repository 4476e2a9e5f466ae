package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.config.ConfigMaps;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.preset.Preset;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.storage.PersistentVolumes;
import dev.berth.dsl.storage.Quantities;
import dev.berth.dsl.storage.StorageClasses;
import dev.berth.dsl.storage.Volumes;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "Refuse at build time what contradicts the component's profile (an {@code IllegalArgumentException} naming
 * the values and the fix)": each refusal with its exact message, the opt-out, and what must still build.
 */
class RefusedAtBuildTimeTest {

    private static final String OPT_OUT = "or say why the data may be lost with ephemeralData(\"reason\")";

    // "Authoritative data on storage that cannot keep it: a datastore or authoritative profile whose data mount is an
    // emptyDir, hostPath, a local PersistentVolume or a class whose provisioner is node-local (the validator's list),
    // or whose claims are not retained (a preset with retainClaims(false))."

    @Test
    void authoritative_data_on_an_emptydir_is_refused() {
        // GIVEN an upload service (authoritative shared files) whose data path is an emptyDir
        var app = Berth.application("a").add(Berth.service("upload", StateProfile.sharedFiles()).image("u:1")
                .mount("/data", Volumes.emptyDir()));
        // WHEN built THEN refused, naming the path, the volume and the fix
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upload keeps authoritative data at /data on an emptyDir, which is deleted with its pod: "
                        + "mount a claim there with storage(Quantities.gi(n)), " + OPT_OUT);
    }

    @Test
    void authoritative_data_on_a_host_path_is_refused() {
        var app = Berth.application("a").add(Berth.statefulService("ledger", StateProfile.datastore()).image("l:1")
                .mount("/data", Volumes.unsafeHostPath("/srv/ledger")));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ledger keeps authoritative data at /data on a hostPath, which stays on one node: "
                        + "mount a claim there with storage(Quantities.gi(n)), " + OPT_OUT);
    }

    @Test
    void authoritative_data_on_a_node_local_storage_class_is_refused() {
        var app = Berth.application("a").add(StorageClasses.named("local-path", "rancher.io/local-path"))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).claimTemplate(
                        Claims.template("data", Quantities.gi(10)).storageClass("local-path")));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db keeps authoritative data on claim data of StorageClass local-path, whose provisioner "
                        + "rancher.io/local-path makes node-local volumes: use a class of network-attached or "
                        + "replicated volumes, " + OPT_OUT);
    }

    @Test
    void authoritative_data_that_can_bind_to_a_local_persistent_volume_is_refused() {
        var app = Berth.application("a")
                .add(PersistentVolumes.local("ssd-node1", "/mnt/ssd", "node1", Quantities.gi(200), "local-ssd"))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).claimTemplate(
                        Claims.template("data", Quantities.gi(10)).storageClass("local-ssd")));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db keeps authoritative data on claim data of StorageClass local-ssd, which binds to "
                        + "PersistentVolume ssd-node1 (local /mnt/ssd, on one node): use a class of network-attached "
                        + "or replicated volumes, " + OPT_OUT);
    }

    @Test
    void authoritative_data_whose_claims_are_not_retained_is_refused() {
        var app = Berth.application("a").preset(Preset.development())
                .add(Berth.datastore("db", DatastorePresets.postgresql()));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("db keeps authoritative data, but preset development deletes its claims with the "
                        + "StatefulSet (retainClaims(false)): use a preset with retainClaims(true), " + OPT_OUT);
    }

    @Test
    void a_reasoned_opt_out_builds_and_writes_the_validator_suppressions_with_its_reason() {
        // GIVEN "An explicit, reasoned opt-out (for example .ephemeralData("rebuilt nightly from the warehouse"))"
        var app = Berth.application("a").preset(Preset.development())
                .add(Berth.datastore("db", DatastorePresets.postgresql())
                        .ephemeralData("rebuilt nightly from the warehouse"));
        // WHEN built
        StatefulSet db = app.build().manifest().find(StatefulSet.class, "a", "db").orElseThrow();
        // THEN "writes the matching ignore.berth.dev/<rule> annotation with that reason"
        assertThat(db.getMetadata().getAnnotations()).containsExactlyEntriesOf(Map.of(
                "ignore.berth.dev/data-retained", "rebuilt nightly from the warehouse"));
    }

    @Test
    void an_opt_out_without_a_reason_is_refused() {
        assertThatThrownBy(() -> Berth.datastore("db", DatastorePresets.postgresql()).ephemeralData(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ephemeralData of db needs a reason (why losing the data is acceptable), was \" \"");
    }

    // "A claim of size zero or negative, two mounts at one path in one container, a Secret or ConfigMap name that is
    // not a DNS-1123 subdomain, a ConfigMap or Secret read by a component but neither added to the application nor
    // declared existing(...)."

    @Test
    void a_claim_template_of_size_zero_is_refused() {
        assertThatThrownBy(() -> Claims.template("data", new Quantity("0", "Gi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim template \"data\" needs a size above zero, was 0Gi");
    }

    @Test
    void a_shared_claim_of_negative_size_is_refused() {
        assertThatThrownBy(() -> Claims.shared("uploads", new Quantity("-5", "Gi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim \"uploads\" needs a size above zero, was -5Gi");
    }

    @Test
    void two_mounts_at_one_path_in_one_container_are_refused() {
        // GIVEN a writable path where a volume is also mounted
        var app = Berth.application("a").add(Berth.statelessService("web").image("w:1")
                .mount("/var/cache", Volumes.emptyDir()).writable("/var/cache"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("container web of Deployment a/web mounts two volumes at /var/cache (\"var-cache\" and "
                        + "\"var-cache\"): keep one mount per path");
    }

    @Test
    void a_secret_name_that_is_not_a_dns_subdomain_is_refused() {
        assertThatThrownBy(() -> Secrets.existing("DB_Credentials"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Secret name must be a DNS-1123 subdomain (dot-separated DNS-1123 labels, at most 253 "
                        + "characters), was \"DB_Credentials\"");
    }

    @Test
    void a_config_map_name_that_is_not_a_dns_subdomain_is_refused() {
        assertThatThrownBy(() -> ConfigMaps.named("web config"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfigMap name must be a DNS-1123 subdomain (dot-separated DNS-1123 labels, at most 253 "
                        + "characters), was \"web config\"");
    }

    @Test
    void a_secret_read_but_neither_added_nor_declared_existing_is_refused() {
        var app = Berth.application("a").add(Berth.statelessService("api").image("api:1")
                .env("PASSWORD", EnvValues.fromSecret(Secrets.ref("dev-credentials"), "password")));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Deployment a/api reads Secret \"dev-credentials\", which is neither added to application "
                        + "a nor declared existing: add Secrets.unsafeInline(\"dev-credentials\", ...) to the "
                        + "application, or refer to it with Secrets.existing(\"dev-credentials\")");
    }

    @Test
    void a_secret_added_to_the_application_may_be_read() {
        var app = Berth.application("a").add(Secrets.unsafeInline("dev-credentials", Map.of("password", "dev")))
                .add(Berth.statelessService("api").image("api:1")
                        .env("PASSWORD", EnvValues.fromSecret(Secrets.ref("dev-credentials"), "password")));
        assertThat(app.build().manifest().size()).isPositive();
    }

    @Test
    void a_config_map_read_into_the_environment_is_added_with_the_component() {
        // GIVEN a ConfigMap of the application read only through the environment (the DSL adds it, as for a mount)
        var config = ConfigMaps.named("flags").with("MODE", "strict");
        var m = Berth.application("a").add(Berth.statelessService("api").image("api:1")
                .env("MODE", EnvValues.fromConfigMap(config, "MODE"))).build().manifest();
        // THEN the ConfigMap the pods read is in the manifest
        assertThat(m.find(ConfigMap.class, "a", "flags")).isPresent();
    }

    @Test
    void a_config_map_read_into_the_environment_but_neither_added_nor_declared_existing_is_refused() {
        // GIVEN a component reading a key of ConfigMap "flags" by name, and no such ConfigMap in the application
        var app = Berth.application("a").add(Berth.statelessService("api").image("api:1")
                .env("MODE", EnvValues.fromConfigMap("flags", "MODE")));
        // THEN the build names the reader, the ConfigMap and both fixes
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Deployment a/api reads ConfigMap \"flags\", which is neither added to application a nor "
                        + "declared existing: add ConfigMaps.named(\"flags\").with(...) to the application, or refer "
                        + "to it with ConfigMaps.existing(\"flags\")");
    }

    @Test
    void a_config_map_mounted_but_neither_added_nor_declared_existing_is_refused() {
        var app = Berth.application("a").add(Berth.statelessService("web").image("w:1")
                .mount("/etc/web", Volumes.fromConfigMap(ConfigMaps.ref("web-conf"))));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Deployment a/web reads ConfigMap \"web-conf\", which is neither added to application a "
                        + "nor declared existing: add ConfigMaps.named(\"web-conf\").with(...) to the application, or "
                        + "refer to it with ConfigMaps.existing(\"web-conf\")");
    }

    @Test
    void a_config_map_declared_existing_may_be_read_and_is_not_written() {
        // GIVEN a ConfigMap managed outside the application, read through the environment and a mount
        var m = Berth.application("a").add(Berth.statelessService("api").image("api:1")
                .env("REGION", EnvValues.fromConfigMap(ConfigMaps.existing("cluster-info"), "region"))
                .mount("/etc/ca", Volumes.fromConfigMap(ConfigMaps.existing("ca-bundle")))).build().manifest();
        // THEN the build goes on, and neither ConfigMap is written into the manifest
        assertThat(m.find(ConfigMap.class, "a", "cluster-info")).isEmpty();
        assertThat(m.find(ConfigMap.class, "a", "ca-bundle")).isEmpty();
    }

    @Test
    void a_config_map_added_to_the_application_may_be_read_by_name() {
        var m = Berth.application("a").add(ConfigMaps.named("flags").with("MODE", "strict"))
                .add(Berth.statelessService("api").image("api:1")
                        .env("MODE", EnvValues.fromConfigMap(ConfigMaps.ref("flags"), "MODE"))).build().manifest();
        assertThat(m.find(ConfigMap.class, "a", "flags")).isPresent();
    }

    // "Do not refuse what is legal: a ConfigMap named like its component is refused today; it must build."

    @Test
    void a_config_map_named_like_its_component_builds() {
        var config = ConfigMaps.named("web").with("LOG_LEVEL", "info");
        var m = Berth.application("a").add(config).add(Berth.statelessService("web").image("w:1")
                .expose(Ports.http(8080)).mount("/etc/web", Volumes.fromConfigMap(config))).build().manifest();
        assertThat(m.find(ConfigMap.class, "a", "web")).isPresent();
    }
}
