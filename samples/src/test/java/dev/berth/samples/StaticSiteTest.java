package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.site.StaticSite;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/** What makes the {@code static-site} sample right, one property per test. */
class StaticSiteTest {

    private final Manifest m = new StaticSite().manifest();

    @Test
    void the_site_is_a_deployment_of_three_replicas() {
        assertThat(m).hasWorkloadOfKind("site", "Deployment");
        assertThat(m).deployment("site").hasReplicas(3);
    }

    @Test
    void the_content_is_baked_into_the_image_so_no_volume_holds_data() {
        assertThat(m).deployment("site").mountsNoClaim();
        Deployment site = m.find(Deployment.class, "site", "site").orElseThrow();
        assertThat(site.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("ghcr.io/acme/site:2024.11.3");
    }

    @Test
    void a_budget_keeps_replicas_through_a_drain() {
        assertThat(m).deployment("site").hasDisruptionBudget();
        assertThat(m.all(PodDisruptionBudget.class)).singleElement()
                .satisfies(budget -> assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1));
    }

    @Test
    void replicas_spread_across_nodes() {
        assertThat(m).deployment("site").isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("site").container("site").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void anyone_reaches_the_site_on_8080_and_nothing_else() {
        assertThat(m).allowsTraffic().fromAnywhere().to("site").on(8080);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("site").on(22);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }

    @Test
    void the_site_is_published_over_tls_through_an_ingress() {
        assertThat(m).ingress("site")
                .routes("www.example.com", "/", "site", 8080)
                .hasTls("www.example.com", "www-tls");
    }
}
