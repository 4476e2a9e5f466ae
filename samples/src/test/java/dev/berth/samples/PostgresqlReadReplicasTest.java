package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.PostgresqlReadReplicas;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import org.junit.jupiter.api.Test;

/** What makes the {@code postgresql-read-replicas} sample right, one property per test. */
class PostgresqlReadReplicasTest {

    private final Manifest m = new PostgresqlReadReplicas().manifest();

    @Test
    void the_primary_and_the_replicas_are_statefulsets() {
        assertThat(m).hasWorkloadOfKind("db", "StatefulSet").hasWorkloadOfKind("db-replica", "StatefulSet");
        assertThat(m).statefulSet("db").hasReplicas(1);
        assertThat(m).statefulSet("db-replica").hasReplicas(2);
    }

    @Test
    void both_are_governed_by_headless_services() {
        assertThat(m).statefulSet("db").hasHeadlessService();
        assertThat(m).statefulSet("db-replica").hasHeadlessService();
        assertThat(m).service("db-headless").selects("db");
        assertThat(m).service("db-replica-headless").selects("db-replica");
    }

    @Test
    void each_member_claims_its_own_volume_retained() {
        assertThat(m).statefulSet("db").hasClaimTemplates("data").mountsClaim("data")
                .retainsDataOnDelete().retainsDataOnScaleDown();
        assertThat(m).statefulSet("db-replica").hasClaimTemplates("data").mountsClaim("data")
                .retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void replicas_find_the_primary_by_its_stable_name_and_reads_have_their_own_service() {
        assertThat(m).statefulSet("db-replica").container("db")
                .hasEnv("PRIMARY_HOST", "db-0.db-headless.reports.svc.cluster.local");
        assertThat(m).statefulSet("db").hasPodDnsNames("db-0.db-headless.reports.svc.cluster.local");
        assertThat(m).service("db-read").selects("db-replica");
    }

    @Test
    void budgets_and_spread() {
        assertThat(m).statefulSet("db").hasDisruptionBudget().isSpreadAcrossNodes();
        assertThat(m).statefulSet("db-replica").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).statefulSet("db").container("db").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).statefulSet("db-replica").container("db").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void replicas_reach_the_primary_and_nobody_outside_does() {
        assertThat(m).allowsTraffic().from("db-replica").to("db").on(5432);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("db").on(5432);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
