package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.datastores.WordpressMysql;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import org.junit.jupiter.api.Test;

/** What makes the {@code wordpress-mysql} sample right, one property per test. */
class WordpressMysqlTest {

    private final Manifest m = new WordpressMysql().manifest();

    @Test
    void wordpress_is_a_deployment_and_mysql_a_statefulset() {
        assertThat(m).hasWorkloadOfKind("wordpress", "Deployment").hasWorkloadOfKind("mysql", "StatefulSet");
    }

    @Test
    void mysql_is_governed_by_a_headless_service() {
        assertThat(m).statefulSet("mysql").hasHeadlessService();
        assertThat(m).service("mysql-headless").selects("mysql");
    }

    @Test
    void mysql_claims_its_own_volume_and_wordpress_shares_one() {
        assertThat(m).statefulSet("mysql").hasClaimTemplates("data").mountsClaim("data");
        assertThat(m).claim("wordpress-content").hasAccessMode("ReadWriteMany");
        assertThat(m).deployment("wordpress").mountsClaim("wordpress-content");
    }

    @Test
    void mysql_claims_are_retained_on_delete_and_scale_down() {
        assertThat(m).statefulSet("mysql").retainsDataOnDelete().retainsDataOnScaleDown();
    }

    @Test
    void both_have_budgets_and_spread() {
        assertThat(m).deployment("wordpress").hasDisruptionBudget().isSpreadAcrossNodes();
        assertThat(m).statefulSet("mysql").hasDisruptionBudget().isSpreadAcrossNodes();
    }

    @Test
    void readiness_and_liveness_are_different_checks() {
        assertThat(m).deployment("wordpress").container("wordpress").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).statefulSet("mysql").container("mysql").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical");
    }

    @Test
    void every_pod_runs_as_non_root() {
        assertThat(m).passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void only_wordpress_reaches_mysql() {
        assertThat(m).allowsTraffic().from("wordpress").to("mysql").on(3306);
        assertThat(m).doesNotAllowTraffic().fromAnywhere().to("mysql").on(3306);
        assertThat(m).allowsTraffic().fromAnywhere().to("wordpress").on(8080);
    }

    @Test
    void both_read_the_password_from_one_secret() {
        assertThat(m).deployment("wordpress").container("wordpress")
                .hasEnvFromSecret("WORDPRESS_DATABASE_PASSWORD", "mysql-credentials", "password");
        assertThat(m).statefulSet("mysql").container("mysql")
                .hasEnvFromSecret("MYSQL_ROOT_PASSWORD", "mysql-credentials", "password");
    }

    @Test
    void validation_finds_nothing_above_info() {
        assertThat(m).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.INFO);
    }
}
