package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.quadrants.PaymentsOverRdbms;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import org.junit.jupiter.api.Test;

/** What makes the {@code payments-rdbms} sample right, one property per test. */
class PaymentsOverRdbmsTest {

    private final Manifest m = new PaymentsOverRdbms().manifest();

    @Test
    void payments_is_a_deployment_and_the_ledger_a_statefulset() {
        assertThat(m).hasWorkloadOfKind("payments", "Deployment").hasWorkloadOfKind("ledger", "StatefulSet");
    }

    @Test
    void the_ledger_is_governed_by_a_headless_service() {
        assertThat(m).statefulSet("ledger").hasHeadlessService();
        assertThat(m).service("ledger-headless").selects("ledger");
    }

    @Test
    void the_ledger_claims_100gi_from_a_class_of_regional_disks_that_survive_node_failure() {
        assertThat(m).statefulSet("ledger").hasClaimTemplates("data").mountsClaim("data")
                .claimTemplate("data").hasSize("100Gi").hasStorageClass("regional-ssd");
        StorageClass regional = m.find(StorageClass.class, "", "regional-ssd").orElseThrow();
        assertThat(regional.getParameters()).containsEntry("replication-type", "regional-pd");
        assertThat(regional.getReclaimPolicy()).isEqualTo("Retain");
        assertThat(regional.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer");
    }

    @Test
    void ledger_claims_are_retained_on_delete_and_scale_down() {
        assertThat(m).statefulSet("ledger").retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void both_have_budgets() {
        assertThat(m).deployment("payments").hasDisruptionBudget();
        assertThat(m).statefulSet("ledger").hasDisruptionBudget();
    }

    @Test
    void replicas_spread_across_nodes() {
        assertThat(m).deployment("payments").isSpreadAcrossNodes();
        assertThat(m).statefulSet("ledger").isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks_and_the_schema_migrates_first() {
        assertThat(m).deployment("payments").container("payments").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).statefulSet("ledger").container("ledger").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
        Deployment payments = m.find(Deployment.class, "payments", "payments").orElseThrow();
        assertThat(payments.getSpec().getTemplate().getSpec().getInitContainers()).extracting(c -> c.getName())
                .containsExactly("migrate");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void only_payments_reaches_the_ledger() {
        assertThat(m).allowsTraffic().from("payments").to("ledger").on(5432);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("ledger").on(5432);
        assertThat(m).doesNotAllowTraffic().from("payments").to("ledger").on(22);
    }

    @Test
    void a_nightly_dump_goes_to_object_storage() {
        CronJob backup = m.find(CronJob.class, "payments", "ledger-backup").orElseThrow();
        assertThat(backup.getSpec().getSchedule()).isEqualTo("0 3 * * *");
        assertThat(m).allowsTraffic().from("ledger-backup").to("ledger").on(5432);
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
