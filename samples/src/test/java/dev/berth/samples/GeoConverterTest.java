package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.GeoConverter;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import org.junit.jupiter.api.Test;

/** What makes the {@code geo-converter} sample right, one property per test. */
class GeoConverterTest {

    private final Manifest m = new GeoConverter().manifest();

    @Test
    void the_converter_is_a_deployment_whose_replicas_the_autoscaler_sets() {
        assertKind(m, "geo", "Deployment");
        assertThat(workload(m, "geo").replicas()).isEmpty();
        HorizontalPodAutoscaler hpa = m.find(HorizontalPodAutoscaler.class, "geo", "geo").orElseThrow();
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("geo");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(20);
    }

    @Test
    void it_keeps_nothing_on_disk() {
        assertThat(m.all(PersistentVolumeClaim.class)).isEmpty();
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertBudget(m, "geo");
        assertSpreadAcrossNodes(m, "geo");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "geo");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void clients_reach_it_on_its_grpc_port() {
        assertThat(Reachability.allowsFromOutside(m, "geo", 9090)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
