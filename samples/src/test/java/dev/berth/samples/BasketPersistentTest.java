package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.BasketPersistent;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

/** What makes the {@code basket-persistent} sample right, one property per test. */
class BasketPersistentTest {

    private final Manifest m = new BasketPersistent().manifest();

    @Test
    void the_basket_is_a_statefulset() {
        assertThat(m).hasWorkloadOfKind("basket", "StatefulSet");
    }

    @Test
    void it_is_governed_by_a_headless_service() {
        assertThat(m).statefulSet("basket").hasHeadlessService();
        assertThat(m).service("basket-headless").isHeadless().selects("basket");
    }

    @Test
    void each_replica_claims_its_own_5gi_volume() {
        assertThat(m).statefulSet("basket").hasClaimTemplates("data").mountsClaim("data")
                .claimTemplate("data").hasSize("5Gi");
    }

    @Test
    void claims_are_retained_on_delete_and_scale_down() {
        assertThat(m).statefulSet("basket").retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertThat(m).statefulSet("basket").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).statefulSet("basket").container("basket").hasReadinessProbe().hasLivenessProbe();
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
    void validation_finds_nothing_above_info_and_needs_no_suppression() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
        assertThat(Validator.recommended().evaluate(m).suppressed()).isEmpty();
    }
}
