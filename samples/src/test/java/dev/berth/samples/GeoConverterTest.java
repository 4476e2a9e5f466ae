package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.GeoConverter;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** What makes the {@code geo-converter} sample right, one property per test. */
class GeoConverterTest {

    private final Manifest m = new GeoConverter().manifest();

    @Test
    void the_converter_is_a_deployment_whose_replicas_the_autoscaler_sets() {
        assertThat(m).hasWorkloadOfKind("geo", "Deployment");
        assertThat(m.find(Deployment.class, "geo", "geo").orElseThrow().getSpec().getReplicas()).isNull();
        assertThat(m).deployment("geo").autoscaler()
                .scales("Deployment", "geo").hasMinReplicas(2).hasMaxReplicas(20).targetsCpuUtilization(70);
    }

    @Test
    void it_keeps_nothing_on_disk() {
        assertThat(m).deployment("geo").mountsNoClaim();
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertThat(m).deployment("geo").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("geo").container("geo").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void clients_reach_it_on_its_grpc_port() {
        assertThat(m).allowsTraffic().fromAnywhere().to("geo").on(9090);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
