package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.ExternalDatabase;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;

/** What makes the {@code external-database} sample right, one property per test. */
class ExternalDatabaseTest {

    private final Manifest m = new ExternalDatabase().manifest();

    @Test
    void the_database_is_an_external_name_service_and_runs_no_pods() {
        Service db = m.find(Service.class, "billing", "db").orElseThrow();
        assertThat(db.getSpec().getType()).isEqualTo("ExternalName");
        assertThat(db.getSpec().getExternalName()).isEqualTo("billing.cluster-c1x2.eu-west-1.rds.amazonaws.com");
        assertThat(m.workloads()).extracting(w -> w.name()).containsExactly("billing");
    }

    @Test
    void the_api_is_a_deployment() {
        assertKind(m, "billing", "Deployment");
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertBudget(m, "billing");
        assertSpreadAcrossNodes(m, "billing");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "billing");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void clients_reach_the_api_and_it_reaches_out_on_5432_only() {
        assertThat(Reachability.allowsFromOutside(m, "billing", 8080)).isTrue();
        NetworkPolicy egress = m.find(NetworkPolicy.class, "billing", "billing-egress").orElseThrow();
        assertThat(egress.getSpec().getEgress()).singleElement()
                .satisfies(rule -> assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal())
                        .containsExactly(5432));
    }

    @Test
    void the_api_reaches_out_to_the_database_subnet_only() {
        NetworkPolicy egress = m.find(NetworkPolicy.class, "billing", "billing-egress").orElseThrow();
        assertThat(egress.getSpec().getEgress().get(0).getTo()).extracting(peer -> peer.getIpBlock().getCidr())
                .containsExactly("10.20.0.0/16");
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
