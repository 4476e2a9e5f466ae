package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.site.StaticSiteFromObjectStorage;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** What makes the {@code static-site-from-object-storage} sample right, one property per test. */
class StaticSiteFromObjectStorageTest {

    private final Manifest m = new StaticSiteFromObjectStorage().manifest();

    @Test
    void the_site_is_a_deployment_of_three_replicas() {
        assertThat(m).hasWorkloadOfKind("docs", "Deployment");
        assertThat(m).deployment("docs").hasReplicas(3);
    }

    @Test
    void an_init_container_fetches_the_content_into_a_pod_local_volume_at_start() {
        assertThat(m).deployment("docs").mountsNoClaim().container("fetch")
                .hasEnvFromSecret("AWS_SECRET_ACCESS_KEY", "s3-read", "secret-access-key");
        var pod = m.find(Deployment.class, "docs", "docs").orElseThrow().getSpec().getTemplate().getSpec();
        assertThat(pod.getInitContainers()).singleElement()
                .satisfies(fetch -> assertThat(fetch.getCommand()).contains("s3://acme-sites/docs/v3"));
        assertThat(pod.getVolumes()).anySatisfy(v -> {
            assertThat(v.getName()).isEqualTo("content");
            assertThat(v.getEmptyDir()).isNotNull();
        });
    }

    @Test
    void a_budget_keeps_replicas_through_a_drain() {
        assertThat(m).deployment("docs").hasDisruptionBudget();
    }

    @Test
    void replicas_spread_across_nodes() {
        assertThat(m).deployment("docs").isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("docs").container("docs").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void anyone_reaches_the_site_on_8080() {
        assertThat(m).allowsTraffic().fromAnywhere().to("docs").on(8080);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
