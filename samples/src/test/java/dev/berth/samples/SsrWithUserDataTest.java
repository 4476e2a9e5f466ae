package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.ssr.SsrWithUserData;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/** What makes the {@code ssr-user-data} sample right, one property per test. */
class SsrWithUserDataTest {

    private final Manifest m = new SsrWithUserData().manifest();

    @Test
    void web_and_api_are_deployments_and_the_database_a_statefulset() {
        assertThat(m).hasWorkloadOfKind("web", "Deployment")
                .hasWorkloadOfKind("api", "Deployment")
                .hasWorkloadOfKind("db", "StatefulSet");
    }

    @Test
    void the_database_is_governed_by_a_headless_service() {
        assertThat(m).statefulSet("db").hasHeadlessService();
        assertThat(m).service("db-headless").isHeadless().selects("db");
    }

    @Test
    void each_database_replica_claims_its_own_50gi_volume() {
        assertThat(m).statefulSet("db").hasClaimTemplates("data").mountsClaim("data")
                .claimTemplate("data").hasSize("50Gi");
    }

    @Test
    void database_claims_are_retained_on_delete_and_scale_down() {
        assertThat(m).statefulSet("db").retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void every_long_running_workload_has_a_budget() {
        assertThat(m).deployment("web").hasDisruptionBudget();
        assertThat(m).deployment("api").hasDisruptionBudget();
        assertThat(m).statefulSet("db").hasDisruptionBudget();
        assertThat(m.find(PodDisruptionBudget.class, "shop", "db").orElseThrow().getSpec().getMaxUnavailable()
                .getIntVal()).isEqualTo(1);
    }

    @Test
    void replicas_spread_across_nodes() {
        assertThat(m).deployment("web").isSpreadAcrossNodes();
        assertThat(m).deployment("api").isSpreadAcrossNodes();
        assertThat(m).statefulSet("db").isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("web").container("web").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).deployment("api").container("api").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).statefulSet("db").container("db").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void only_the_api_and_the_backup_reach_the_database() {
        assertThat(m).allowsTraffic().from("api").to("db").on(5432);
        assertThat(m).allowsTraffic().from("db-backup").to("db").on(5432);
        assertThat(m).doesNotAllowTraffic().from("web").to("db").on(5432);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("db").on(5432);
        assertThat(m).allowsTraffic().from("web").to("api").on(8080);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("api").on(8080);
        assertThat(m).allowsTraffic().fromAnywhere().to("web").on(3000);
    }

    @Test
    void credentials_come_from_a_secret_never_from_the_manifest() {
        assertThat(m).deployment("api").container("api")
                .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password");
        assertThat(m).statefulSet("db").container("db")
                .hasEnvFromSecret("POSTGRES_PASSWORD", "db-credentials", "password");
        assertThat(m.ofKind("Secret")).isEmpty();
    }

    @Test
    void a_backup_dumps_the_database_every_night() {
        CronJob backup = m.find(CronJob.class, "shop", "db-backup").orElseThrow();
        assertThat(backup.getSpec().getSchedule()).isEqualTo("0 2 * * *");
        assertThat(backup.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
    }

    @Test
    void validation_finds_nothing_above_info_and_needs_no_suppression() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
        assertThat(Validator.recommended().evaluate(m).suppressed()).isEmpty();
    }
}
