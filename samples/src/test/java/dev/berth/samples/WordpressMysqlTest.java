package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.WordpressMysql;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import org.junit.jupiter.api.Test;

/** What makes the {@code wordpress-mysql} sample right, one property per test. */
class WordpressMysqlTest {

    private final Manifest m = new WordpressMysql().manifest();

    @Test
    void wordpress_is_a_deployment_and_mysql_a_statefulset() {
        assertKind(m, "wordpress", "Deployment");
        assertKind(m, "mysql", "StatefulSet");
    }

    @Test
    void mysql_is_governed_by_a_headless_service() {
        assertGovernedByHeadlessService(m, "mysql");
    }

    @Test
    void mysql_claims_its_own_volume_and_wordpress_shares_one() {
        assertClaimTemplates(m, "mysql", "data");
        PersistentVolumeClaim content = m.find(PersistentVolumeClaim.class, "blog", "wordpress-content").orElseThrow();
        assertThat(content.getSpec().getAccessModes()).containsExactly("ReadWriteMany");
    }

    @Test
    void mysql_claims_are_retained_on_delete_and_scale_down() {
        assertRetainsClaims(m, "mysql");
    }

    @Test
    void both_have_budgets_and_spread() {
        assertBudget(m, "wordpress");
        assertBudget(m, "mysql");
        assertSpreadAcrossNodes(m, "wordpress");
        assertSpreadAcrossNodes(m, "mysql");
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertProbes(m, "wordpress");
        assertProbes(m, "mysql");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void only_wordpress_reaches_mysql() {
        assertThat(Reachability.allows(m, "wordpress", "mysql", 3306)).isTrue();
        assertThat(Reachability.allowsFromOutside(m, "mysql", 3306)).isFalse();
        assertThat(Reachability.allowsFromOutside(m, "wordpress", 8080)).isTrue();
    }

    @Test
    void both_read_the_password_from_one_secret() {
        assertThat(m.workloads()).allSatisfy(w -> assertThat(w.containers().get(0).getEnv())
                .filteredOn(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .extracting(e -> e.getValueFrom().getSecretKeyRef().getName()).containsOnly("mysql-credentials"));
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertNothingAboveInfo(m);
    }
}
