package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.site.StaticSite;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

/** What makes the {@code static-site} sample right, one property per test. */
class StaticSiteTest {

    private final Manifest m = new StaticSite().manifest();

    @Test
    void the_site_is_a_deployment_of_three_replicas() {
        assertKind(m, "site", "Deployment");
        assertThat(workload(m, "site").replicas()).hasValue(3);
    }

    @Test
    void the_content_is_baked_into_the_image_so_no_volume_holds_data() {
        assertThat(m.all(PersistentVolumeClaim.class)).isEmpty();
        assertThat(workload(m, "site").containers().get(0).getImage()).isEqualTo("ghcr.io/acme/site:2024.11.3");
    }

    @Test
    void a_budget_keeps_replicas_through_a_drain() {
        assertThat(assertBudget(m, "site").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }

    @Test
    void replicas_spread_across_nodes() {
        assertSpreadAcrossNodes(m, "site");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "site");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void anyone_reaches_the_site_on_8080_and_nothing_else() {
        assertThat(Reachability.allowsFromOutside(m, "site", 8080)).isTrue();
        assertThat(Reachability.allowsFromOutside(m, "site", 22)).isFalse();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }

    @Test
    void the_site_is_published_over_tls_through_an_ingress() {
        Ingress ingress = m.find(Ingress.class, "site", "site").orElseThrow();
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly("www.example.com");
            assertThat(tls.getSecretName()).isEqualTo("www-tls");
        });
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName())
                .isEqualTo("site");
    }
}
