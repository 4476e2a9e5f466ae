package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.BasketPersistent;
import org.junit.jupiter.api.Test;

/** What makes the {@code basket-persistent} sample right, one property per test. */
class BasketPersistentTest {

    private final Manifest m = new BasketPersistent().manifest();

    @Test
    void the_basket_is_a_statefulset() {
        assertKind(m, "basket", "StatefulSet");
    }

    @Test
    void it_is_governed_by_a_headless_service() {
        assertGovernedByHeadlessService(m, "basket");
    }

    @Test
    void each_replica_claims_its_own_5gi_volume() {
        assertClaimTemplates(m, "basket", "data");
        assertThat(claimSize(m, "basket", "data")).isEqualTo("5Gi");
    }

    @Test
    void claims_are_retained_on_delete_and_scale_down() {
        assertRetainsClaims(m, "basket");
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertBudget(m, "basket");
        assertSpreadAcrossNodes(m, "basket");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "basket");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void clients_reach_it_on_8080() {
        assertThat(Reachability.allowsFromOutside(m, "basket", 8080)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info_and_needs_no_suppression() {
        assertThat(assertNothingAboveInfo(m).suppressed()).isEmpty();
    }
}
