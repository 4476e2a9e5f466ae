package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.BasketInMemory;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;

/** What makes the {@code basket-in-memory} sample right, one property per test. */
class BasketInMemoryTest {

    private final Manifest m = new BasketInMemory().manifest();

    @Test
    void the_basket_is_a_deployment_with_client_affinity() {
        assertKind(m, "basket", "Deployment");
        Service service = m.find(Service.class, "basket", "basket").orElseThrow();
        assertThat(service.getSpec().getSessionAffinity()).isEqualTo("ClientIP");
    }

    @Test
    void it_keeps_nothing_on_disk() {
        assertThat(m.all(PersistentVolumeClaim.class)).isEmpty();
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
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
