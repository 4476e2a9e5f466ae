package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.CassandraRing;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/** What makes the {@code cassandra-ring} sample right, one property per test. */
class CassandraRingTest {

    private final Manifest m = new CassandraRing().manifest();

    @Test
    void the_ring_is_one_statefulset_of_three_started_in_parallel() {
        assertThat(m).hasWorkloadOfKind("cassandra", "StatefulSet");
        assertThat(m).statefulSet("cassandra").hasReplicas(3).hasPodManagementPolicy("Parallel");
    }

    @Test
    void a_headless_service_publishes_members_before_they_are_ready() {
        assertThat(m).statefulSet("cassandra").hasHeadlessService();
        assertThat(m).service("cassandra-headless").selects("cassandra");
        Service governing = m.find(Service.class, "events", "cassandra-headless").orElseThrow();
        assertThat(governing.getSpec().getPublishNotReadyAddresses()).isTrue();
    }

    @Test
    void seeds_are_the_members_stable_dns_names() {
        assertThat(m).statefulSet("cassandra").container("cassandra").hasEnv("CASSANDRA_SEEDS", String.join(",",
                "cassandra-0.cassandra-headless.events.svc.cluster.local",
                "cassandra-1.cassandra-headless.events.svc.cluster.local",
                "cassandra-2.cassandra-headless.events.svc.cluster.local"));
    }

    @Test
    void each_member_claims_its_own_volume_retained() {
        assertThat(m).statefulSet("cassandra").hasClaimTemplates("data").mountsClaim("data")
                .retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void a_budget_lets_one_member_go_at_a_time_and_members_spread() {
        assertThat(m).statefulSet("cassandra").hasDisruptionBudget().isSpreadAcrossNodes();
        assertThat(m.all(PodDisruptionBudget.class)).singleElement()
                .satisfies(budget -> assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1));
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).statefulSet("cassandra").container("cassandra").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void members_reach_each_other_on_the_gossip_port() {
        assertThat(m).allowsTraffic().from("cassandra").to("cassandra").on(7000);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
