package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.state.StateProfile;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Claims;
import dev.berth.dsl.workload.StatefulPattern;
import org.junit.jupiter.api.Test;

/** Impossible configurations throw at once, naming the values; legal but questionable ones are left alone. */
class ImpossibleConfigurationsTest {

    @Test
    void negative_replicas_are_refused_with_the_value() {
        assertThatThrownBy(() -> Berth.statelessService("web").replicas(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("replicas of web must be >= 0, was -1");
    }

    @Test
    void a_claim_template_without_a_size_is_refused() {
        assertThatThrownBy(() -> Claims.template("data", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim template \"data\" needs a size, was null");
    }

    @Test
    void two_ports_with_one_name_are_refused_with_both_numbers() {
        assertThatThrownBy(() -> Berth.statelessService("web").expose(Ports.http(8080), Ports.http(8081)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("container web has two ports named \"http\": 8080 and 8081");
    }

    @Test
    void a_read_replica_pattern_with_no_replicas_is_refused() {
        assertThatThrownBy(() -> StatefulPattern.primaryWithReadReplicas(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the read-replica pattern needs at least 1 read replica, was 0");
    }

    @Test
    void a_stateful_service_that_writes_to_disk_without_storage_is_refused_when_built() {
        var app = Berth.application("a").add(Berth.statefulService("basket", StateProfile.datastore()).image("b:1"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stateful service basket writes to disk but has no storage: call storage(Quantities.gi(n))");
    }

    @Test
    void a_component_without_an_image_is_refused_when_built() {
        var app = Berth.application("a").add(Berth.statelessService("web"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("container web of Deployment a/web has no image: call image(\"registry/name:tag\")");
    }

    @Test
    void a_network_intent_naming_an_unknown_component_is_refused() {
        var app = Berth.application("a").add(Berth.datastore("db", DatastorePresets.postgresql()))
                .allow("api").to("db").on(5432);
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(api).to(db) names \"api\", which is not a component of a; components are [db]");
    }

    @Test
    void two_components_with_one_name_are_refused() {
        assertThatThrownBy(() -> Berth.application("a").add(Berth.statelessService("web"), Berth.statelessService("web")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("application a has two components named \"web\"");
    }

    @Test
    void a_port_out_of_range_and_a_bad_port_name_are_refused() {
        assertThatThrownBy(() -> Port.of("http", 70000)).hasMessage("port http must be in 1..65535, was 70000");
        assertThatThrownBy(() -> Port.of("HTTP", 80)).hasMessageContaining("was \"HTTP\"");
    }

    @Test
    void a_profile_that_needs_stable_identity_is_refused_by_a_stateless_service() {
        assertThatThrownBy(() -> dev.berth.dsl.workload.StatelessService.named("db", StateProfile.datastore()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs stable identity");
    }

    @Test
    void impossible_autoscaler_bounds_are_refused_with_both_values() {
        assertThatThrownBy(() -> Berth.statelessService("geo").autoscale(5, 2))
                .hasMessage("autoscale of geo needs 1 <= min <= max, was min 5, max 2");
    }
}
