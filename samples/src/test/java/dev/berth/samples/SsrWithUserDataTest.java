package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.ssr.SsrWithUserData;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.junit.jupiter.api.Test;

/** What makes the {@code ssr-user-data} sample right, one property per test. */
class SsrWithUserDataTest {

    private final Manifest m = new SsrWithUserData().manifest();

    @Test
    void web_and_api_are_deployments_and_the_database_a_statefulset() {
        assertKind(m, "web", "Deployment");
        assertKind(m, "api", "Deployment");
        assertKind(m, "db", "StatefulSet");
    }

    @Test
    void the_database_is_governed_by_a_headless_service() {
        assertThat(assertGovernedByHeadlessService(m, "db").getMetadata().getName()).isEqualTo("db-headless");
    }

    @Test
    void each_database_replica_claims_its_own_50gi_volume() {
        assertClaimTemplates(m, "db", "data");
        assertThat(claimSize(m, "db", "data")).isEqualTo("50Gi");
    }

    @Test
    void database_claims_are_retained_on_delete_and_scale_down() {
        assertRetainsClaims(m, "db");
    }

    @Test
    void every_long_running_workload_has_a_budget() {
        assertBudget(m, "web");
        assertBudget(m, "api");
        assertThat(assertBudget(m, "db").getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }

    @Test
    void replicas_spread_across_nodes() {
        assertSpreadAcrossNodes(m, "web");
        assertSpreadAcrossNodes(m, "api");
        assertSpreadAcrossNodes(m, "db");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "web");
        assertProbes(m, "api");
        assertProbes(m, "db");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void only_the_api_and_the_backup_reach_the_database() {
        assertThat(Reachability.allows(m, "api", "db", 5432)).isTrue();
        assertThat(Reachability.allows(m, "db-backup", "db", 5432)).isTrue();
        assertThat(Reachability.allows(m, "web", "db", 5432)).isFalse();
        assertThat(Reachability.allowsFromOutside(m, "db", 5432)).isFalse();
        assertThat(Reachability.allows(m, "web", "api", 8080)).isTrue();
        assertThat(Reachability.allowsFromOutside(m, "api", 8080)).isFalse();
        assertThat(Reachability.allowsFromOutside(m, "web", 3000)).isTrue();
    }

    @Test
    void credentials_come_from_a_secret_never_from_the_manifest() {
        var api = workload(m, "api").containers().get(0);
        assertThat(api.getEnv()).filteredOn(e -> e.getName().equals("DB_PASSWORD")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("db-credentials"));
        var db = workload(m, "db").containers().get(0);
        assertThat(db.getEnv()).filteredOn(e -> e.getName().equals("POSTGRES_PASSWORD")).singleElement()
                .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("db-credentials"));
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
        var report = assertNothingAboveInfo(m);
        assertThat(report.suppressed()).isEmpty();
    }
}
