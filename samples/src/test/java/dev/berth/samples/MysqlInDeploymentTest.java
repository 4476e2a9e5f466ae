package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.mistakes.MysqlInDeployment;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** What makes the {@code mistake-mysql-deployment} sample right, one property per test. */
class MysqlInDeploymentTest {

    private final Manifest m = new MysqlInDeployment().manifest();

    @Test
    void mysql_runs_in_a_deployment_with_its_data_on_an_empty_dir() {
        assertThat(m).hasWorkloadOfKind("mysql", "Deployment");
        assertThat(m).deployment("mysql").mountsNoClaim();
        Deployment mysql = m.find(Deployment.class, "legacy", "mysql").orElseThrow();
        assertThat(mysql.getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(v -> v.getName().equals("data")).singleElement()
                .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
    }

    @Test
    void the_pod_is_otherwise_well_configured() {
        assertThat(m).deployment("mysql").container("mysql").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical").passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void validation_reports_exactly_the_mistake() {
        assertThat(Validator.recommended().evaluate(m).findings()).extracting(f -> f.ruleId() + " " + f.object())
                .containsExactly(
                        "authoritative-data-ephemeral Deployment legacy/mysql",
                        "database-not-statefulset Deployment legacy/mysql",
                        "replicas-behind-service Deployment legacy/mysql");
    }
}
