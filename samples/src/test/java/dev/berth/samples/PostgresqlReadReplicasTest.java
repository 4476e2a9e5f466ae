package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.PostgresqlReadReplicas;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;

/** What makes the {@code postgresql-read-replicas} sample right, one property per test. */
class PostgresqlReadReplicasTest {

    private final Manifest m = new PostgresqlReadReplicas().manifest();

    @Test
    void the_primary_and_the_replicas_are_statefulsets() {
        assertKind(m, "db", "StatefulSet");
        assertKind(m, "db-replica", "StatefulSet");
        assertThat(workload(m, "db").replicas()).hasValue(1);
        assertThat(workload(m, "db-replica").replicas()).hasValue(2);
    }

    @Test
    void both_are_governed_by_headless_services() {
        assertGovernedByHeadlessService(m, "db");
        assertGovernedByHeadlessService(m, "db-replica");
    }

    @Test
    void each_member_claims_its_own_volume_retained() {
        assertClaimTemplates(m, "db", "data");
        assertClaimTemplates(m, "db-replica", "data");
        assertRetainsClaims(m, "db");
        assertRetainsClaims(m, "db-replica");
    }

    @Test
    void replicas_find_the_primary_by_its_stable_name_and_reads_have_their_own_service() {
        var env = workload(m, "db-replica").containers().get(0).getEnv();
        assertThat(env).filteredOn(e -> e.getName().equals("PRIMARY_HOST")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualTo("db-0.db-headless.reports.svc.cluster.local"));
        Service read = m.find(Service.class, "reports", "db-read").orElseThrow();
        assertThat(workload(m, "db-replica").podLabels()).containsAllEntriesOf(read.getSpec().getSelector());
    }

    @Test
    void budgets_and_spread() {
        assertBudget(m, "db");
        assertBudget(m, "db-replica");
        assertSpreadAcrossNodes(m, "db");
        assertSpreadAcrossNodes(m, "db-replica");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "db");
        assertProbes(m, "db-replica");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void replicas_reach_the_primary_and_nobody_outside_does() {
        assertThat(Reachability.allows(m, "db-replica", "db", 5432)).isTrue();
        assertThat(Reachability.allowsFromOutside(m, "db", 5432)).isFalse();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
