package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.dsl.config.Config;
import dev.berth.dsl.config.ConfigMaps;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.identity.Role;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.storage.Volumes;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;

class ConfigIdentityNetworkTest {

    private static String checksum(Config config) {
        Manifest m = Berth.application("a").add(Berth.statelessService("web").image("web:1.0")
                .mount("/etc/web", Volumes.fromConfigMap(config))).build().manifest();
        return m.find(Deployment.class, "a", "web").orElseThrow().getSpec().getTemplate().getMetadata()
                .getAnnotations().get(Assembly.CONFIG_CHECKSUM);
    }

    @Test
    void pods_carry_a_stable_checksum_of_their_config_that_changes_with_it() {
        Config v1 = ConfigMaps.named("web").with("LOG_LEVEL", "info");
        assertThat(checksum(v1)).hasSize(64).isEqualTo(checksum(ConfigMaps.named("web").with("LOG_LEVEL", "info")));
        assertThat(checksum(v1.with("LOG_LEVEL", "debug"))).isNotEqualTo(checksum(v1));
    }

    @Test
    void a_mounted_config_map_is_added_once_and_mounted_read_only() {
        Config config = ConfigMaps.named("shared").with("k", "v");
        Manifest m = Berth.application("a")
                .add(Berth.statelessService("web").image("web:1.0").mount("/etc/shared", Volumes.fromConfigMap(config)))
                .add(Berth.statelessService("api").image("api:1.0")
                        .env("K", EnvValues.fromConfigMap(config, "k")).mount("/etc/shared", Volumes.fromConfigMap(config)))
                .build().manifest();
        assertThat(m.all(ConfigMap.class)).hasSize(1);
        assertThat(m.find(Deployment.class, "a", "web").orElseThrow().getSpec().getTemplate().getSpec()
                .getContainers().get(0).getVolumeMounts()).anySatisfy(v -> {
                    assertThat(v.getMountPath()).isEqualTo("/etc/shared");
                    assertThat(v.getReadOnly()).isTrue();
                });
    }

    @Test
    void a_bound_role_is_wired_to_the_component_s_own_service_account_which_then_gets_a_token() {
        Manifest m = Berth.application("a").add(Berth.statelessService("api").image("api:1.0")
                .bind(Role.named("leader").allowRead("leases").allowWrite("leases").onNames("api-leader"))).build()
                .manifest();
        RoleBinding binding = m.find(RoleBinding.class, "a", "api-leader").orElseThrow();
        assertThat(binding.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo("api");
        });
        var role = m.find(io.fabric8.kubernetes.api.model.rbac.Role.class, "a", "leader").orElseThrow();
        assertThat(role.getRules()).hasSize(2);
        assertThat(role.getRules().get(1).getApiGroups()).containsExactly("coordination.k8s.io");
        assertThat(role.getRules().get(1).getVerbs()).containsExactly("create", "update", "patch", "delete");
        assertThat(role.getRules().get(1).getResourceNames()).containsExactly("api-leader");
        assertThat(m.find(ServiceAccount.class, "a", "api").orElseThrow().getAutomountServiceAccountToken()).isTrue();
        assertThat(m.find(Deployment.class, "a", "api").orElseThrow().getSpec().getTemplate().getSpec()
                .getServiceAccountName()).isEqualTo("api");
    }

    @Test
    void an_intent_writes_the_ingress_side_and_with_default_deny_the_egress_side_and_keeps_dns_open() {
        Manifest m = Berth.application("a")
                .add(Berth.statelessService("api").image("api:1.0").expose(Ports.http(8080)))
                .add(Berth.datastore("db", DatastorePresets.postgresql()))
                .allow("api").to("db").on(5432)
                .defaultDeny()
                .build().manifest();
        NetworkPolicy ingress = m.find(NetworkPolicy.class, "a", "db-ingress").orElseThrow();
        assertThat(ingress.getSpec().getIngress()).singleElement().satisfies(r -> {
            assertThat(r.getFrom().get(0).getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "api");
            assertThat(r.getPorts().get(0).getPort().getIntVal()).isEqualTo(5432);
        });
        NetworkPolicy egress = m.find(NetworkPolicy.class, "a", "api-egress").orElseThrow();
        assertThat(egress.getSpec().getEgress().get(0).getTo().get(0).getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "db");
        NetworkPolicy deny = m.find(NetworkPolicy.class, "a", "default-deny").orElseThrow();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        assertThat(deny.getSpec().getEgress().get(0).getPorts()).extracting(p -> p.getPort().getIntVal())
                .containsExactly(53, 53);
    }

    @Test
    void without_default_deny_only_the_ingress_side_is_written() {
        Manifest m = Berth.application("a")
                .add(Berth.statelessService("api").image("api:1.0"))
                .add(Berth.datastore("db", DatastorePresets.postgresql()))
                .allow("api").to("db").on(5432).build().manifest();
        assertThat(m.all(NetworkPolicy.class)).extracting(p -> p.getMetadata().getName()).containsExactly("db-ingress");
    }
}
