package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.ExternalDatabase;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
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
        assertThat(m).hasWorkloadOfKind("billing", "Deployment");
    }

    @Test
    void a_budget_and_a_spread_keep_it_available() {
        assertThat(m).deployment("billing").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("billing").container("billing").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void clients_reach_the_api_and_it_reaches_out_on_5432_only() {
        assertThat(m).allowsTraffic().fromAnywhere().to("billing").on(8080);
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
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
