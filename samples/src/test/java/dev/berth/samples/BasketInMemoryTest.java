package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.BasketInMemory;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;

/** What makes the {@code basket-in-memory} sample right, one property per test. */
class BasketInMemoryTest {

    private final Manifest m = new BasketInMemory().manifest();

    @Test
    void the_basket_is_a_deployment_with_client_affinity() {
        assertThat(m).hasWorkloadOfKind("basket", "Deployment");
        Service service = m.find(Service.class, "basket", "basket").orElseThrow();
        assertThat(service.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
    }

    @Test
    void it_keeps_nothing_on_disk() {
        assertThat(m).deployment("basket").mountsNoClaim();
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertThat(m).deployment("basket").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("basket").container("basket").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void clients_reach_it_on_8080() {
        assertThat(m).allowsTraffic().fromAnywhere().to("basket").on(8080);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
