package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.PaymentsOverRdbms;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import org.junit.jupiter.api.Test;

/** What makes the {@code payments-rdbms} sample right, one property per test. */
class PaymentsOverRdbmsTest {

    private final Manifest m = new PaymentsOverRdbms().manifest();

    @Test
    void payments_is_a_deployment_and_the_ledger_a_statefulset() {
        assertKind(m, "payments", "Deployment");
        assertKind(m, "ledger", "StatefulSet");
    }

    @Test
    void the_ledger_is_governed_by_a_headless_service() {
        assertGovernedByHeadlessService(m, "ledger");
    }

    @Test
    void the_ledger_claims_100gi_from_a_class_of_regional_disks_that_survive_node_failure() {
        assertClaimTemplates(m, "ledger", "data");
        assertThat(claimSize(m, "ledger", "data")).isEqualTo("100Gi");
        var template = statefulSet(m, "ledger").getSpec().getVolumeClaimTemplates().get(0);
        StorageClass regional = m.find(StorageClass.class, "", template.getSpec().getStorageClassName()).orElseThrow();
        assertThat(regional.getParameters()).containsEntry("replication-type", "regional-pd");
        assertThat(regional.getReclaimPolicy()).isEqualTo("Retain");
        assertThat(regional.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer");
    }

    @Test
    void ledger_claims_are_retained_on_delete_and_scale_down() {
        assertRetainsClaims(m, "ledger");
    }

    @Test
    void both_have_budgets() {
        assertBudget(m, "payments");
        assertBudget(m, "ledger");
    }

    @Test
    void replicas_spread_across_nodes() {
        assertSpreadAcrossNodes(m, "payments");
        assertSpreadAcrossNodes(m, "ledger");
    }

    @Test
    void readiness_and_liveness_are_different_checks_and_the_schema_migrates_first() {
        assertProbes(m, "payments");
        assertProbes(m, "ledger");
        assertThat(workload(m, "payments").initContainers()).extracting(c -> c.getName()).containsExactly("migrate");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void only_payments_reaches_the_ledger() {
        assertThat(Reachability.allows(m, "payments", "ledger", 5432)).isTrue();
        assertThat(Reachability.allowsFromOutside(m, "ledger", 5432)).isFalse();
        assertThat(Reachability.allows(m, "payments", "ledger", 22)).isFalse();
    }

    @Test
    void a_nightly_dump_goes_to_object_storage() {
        CronJob backup = m.find(CronJob.class, "payments", "ledger-backup").orElseThrow();
        assertThat(backup.getSpec().getSchedule()).isEqualTo("0 3 * * *");
        assertThat(Reachability.allows(m, "ledger-backup", "ledger", 5432)).isTrue();
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
