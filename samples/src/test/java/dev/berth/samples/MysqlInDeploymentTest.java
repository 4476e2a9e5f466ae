package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.mistakes.MysqlInDeployment;
import org.junit.jupiter.api.Test;

/** What makes the {@code mistake-mysql-deployment} sample right, one property per test. */
class MysqlInDeploymentTest {

    private final Manifest m = new MysqlInDeployment().manifest();

    @Test
    void mysql_runs_in_a_deployment_with_its_data_on_an_empty_dir() {
        assertKind(m, "mysql", "Deployment");
        assertThat(workload(m, "mysql").podSpec().orElseThrow().getVolumes())
                .filteredOn(v -> v.getName().equals("data")).singleElement()
                .satisfies(v -> assertThat(v.getEmptyDir()).isNotNull());
    }

    @Test
    void the_pod_is_otherwise_well_configured() {
        assertProbes(m, "mysql");
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void validation_reports_exactly_the_mistake() {
        assertThat(findings(m)).containsExactly(
                "authoritative-data-ephemeral Deployment legacy/mysql",
                "database-not-statefulset Deployment legacy/mysql",
                "replicas-behind-service Deployment legacy/mysql");
    }
}
