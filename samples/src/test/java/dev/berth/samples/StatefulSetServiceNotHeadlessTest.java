package dev.berth.samples;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.samples.mistakes.StatefulSetServiceNotHeadless;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

/** What makes the {@code mistake-statefulset-service-not-headless} sample right, one property per test. */
class StatefulSetServiceNotHeadlessTest {

    private final Manifest m = new StatefulSetServiceNotHeadless().manifest();

    @Test
    void service_name_names_a_service_with_a_cluster_ip() {
        assertThat(m).hasWorkloadOfKind("mysql", "StatefulSet");
        assertThat(m).service("mysql").selects("mysql");
        assertThatThrownBy(() -> assertThat(m).statefulSet("mysql").hasHeadlessService())
                .hasMessage("Expecting StatefulSet legacy/mysql at spec.serviceName to name a headless Service, but "
                        + "found \"mysql\", naming Service legacy/mysql, which has no clusterIP (the cluster assigns "
                        + "one)");
    }

    @Test
    void the_rest_is_right_claims_retention_budget_spread_probes_non_root() {
        assertThat(m).statefulSet("mysql").hasClaimTemplates("data").mountsClaim("data")
                .retainsDataOnDelete().retainsDataOnScaleDown()
                .hasDisruptionBudget().isSpreadAcrossNodes()
                .container("mysql").hasReadinessProbe().hasLivenessProbe();
        assertThat(m).hasNoFindingOf("probes-identical").passes(RuleSets.podSecurityRestricted());
    }

    @Test
    void validation_reports_exactly_the_mistake() {
        assertThat(Validator.recommended().evaluate(m).findings()).extracting(f -> f.ruleId() + " " + f.object())
                .containsExactly(
                        "claim-storage-class StatefulSet legacy/mysql",
                        "statefulset-headless-service StatefulSet legacy/mysql");
    }

    @Test
    void the_finding_names_the_service_and_why() {
        var report = Validator.recommended().evaluate(m);
        assertThat(report.findingsOf("statefulset-headless-service")).singleElement().satisfies(f -> {
            assertThat(f.fieldPath()).isEqualTo("spec.serviceName");
            assertThat(f.message()).isEqualTo("spec.serviceName \"mysql\" names Service legacy/mysql, which has type "
                    + "ClusterIP and no clusterIP: None (not headless)");
        });
    }
}
