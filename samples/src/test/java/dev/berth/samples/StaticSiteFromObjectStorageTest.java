package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.site.StaticSiteFromObjectStorage;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import org.junit.jupiter.api.Test;

/** What makes the {@code static-site-from-object-storage} sample right, one property per test. */
class StaticSiteFromObjectStorageTest {

    private final Manifest m = new StaticSiteFromObjectStorage().manifest();

    @Test
    void the_site_is_a_deployment_of_three_replicas() {
        assertKind(m, "docs", "Deployment");
        assertThat(workload(m, "docs").replicas()).hasValue(3);
    }

    @Test
    void an_init_container_fetches_the_content_into_a_pod_local_volume_at_start() {
        var pod = workload(m, "docs").podSpec().orElseThrow();
        assertThat(pod.getInitContainers()).singleElement().satisfies(fetch -> {
            assertThat(fetch.getCommand()).contains("s3://acme-sites/docs/v3");
            assertThat(fetch.getEnv()).filteredOn(e -> e.getName().equals("AWS_SECRET_ACCESS_KEY")).singleElement()
                    .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("s3-read"));
        });
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("content");
            assertThat(v.getEmptyDir()).isNotNull();
        });
        assertThat(m.all(PersistentVolumeClaim.class)).isEmpty();
    }

    @Test
    void a_budget_keeps_replicas_through_a_drain() {
        assertBudget(m, "docs");
    }

    @Test
    void replicas_spread_across_nodes() {
        assertSpreadAcrossNodes(m, "docs");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "docs");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void anyone_reaches_the_site_on_8080() {
        assertThat(Reachability.allowsFromOutside(m, "docs", 8080)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
