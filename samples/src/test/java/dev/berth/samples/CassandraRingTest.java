package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.CassandraRing;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

/** What makes the {@code cassandra-ring} sample right, one property per test. */
class CassandraRingTest {

    private final Manifest m = new CassandraRing().manifest();

    @Test
    void the_ring_is_one_statefulset_of_three_started_in_parallel() {
        StatefulSet ring = statefulSet(m, "cassandra");
        assertThat(ring.getSpec().getReplicas()).isEqualTo(3);
        assertThat(ring.getSpec().getPodManagementPolicy()).isEqualTo("Parallel");
    }

    @Test
    void a_headless_service_publishes_members_before_they_are_ready() {
        Service governing = assertGovernedByHeadlessService(m, "cassandra");
        assertThat(governing.getSpec().getPublishNotReadyAddresses()).isTrue();
    }

    @Test
    void seeds_are_the_members_stable_dns_names() {
        var env = workload(m, "cassandra").containers().get(0).getEnv();
        assertThat(env).filteredOn(e -> e.getName().equals("CASSANDRA_SEEDS")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualTo(String.join(",",
                        "cassandra-0.cassandra-headless.events.svc.cluster.local",
                        "cassandra-1.cassandra-headless.events.svc.cluster.local",
                        "cassandra-2.cassandra-headless.events.svc.cluster.local")));
    }

    @Test
    void each_member_claims_its_own_volume_retained() {
        assertClaimTemplates(m, "cassandra", "data");
        assertRetainsClaims(m, "cassandra");
    }

    @Test
    void a_budget_lets_one_member_go_at_a_time_and_members_spread() {
        assertThat(assertBudget(m, "cassandra").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertSpreadAcrossNodes(m, "cassandra");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "cassandra");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void members_reach_each_other_on_the_gossip_port() {
        assertThat(Reachability.allows(m, "cassandra", "cassandra", 7000)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
