package dev.berth.samples;

import static dev.berth.samples.ManifestChecks.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.samples.mistakes.StatefulSetServiceNotHeadless;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

/** What makes the {@code mistake-statefulset-service-not-headless} sample right, one property per test. */
class StatefulSetServiceNotHeadlessTest {

    private final Manifest m = new StatefulSetServiceNotHeadless().manifest();

    @Test
    void service_name_names_a_service_with_a_cluster_ip() {
        StatefulSet set = statefulSet(m, "mysql");
        Service named = m.find(Service.class, "legacy", set.getSpec().getServiceName()).orElseThrow();
        assertThat(named.getSpec().getClusterIP()).isNotEqualTo("None");
    }

    @Test
    void the_rest_is_right_claims_retention_budget_spread_probes_non_root() {
        assertClaimTemplates(m, "mysql", "data");
        assertRetainsClaims(m, "mysql");
        assertBudget(m, "mysql");
        assertSpreadAcrossNodes(m, "mysql");
        assertProbes(m, "mysql");
        assertEveryPodRunsAsNonRoot(m);
    }

    @Test
    void validation_reports_exactly_the_mistake() {
        assertThat(findings(m)).containsExactly(
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
