package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeploymentAssertTest {

    @Test
    void the_dsl_services_are_replicated_exposed_budgeted_and_spread() {
        assertThat(shop()).deployment("web").hasReplicas(2).isExposedOnPort(3000).hasDisruptionBudget()
                .isSpreadAcrossNodes();
        assertThat(shop()).deployment("shop", "api").isExposedOnPort(8080);
    }

    @Test
    void the_autoscaler_range_is_checked() {
        assertThat(legacy()).deployment("web").isAutoscaledBetween(2, 10);
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").isAutoscaledBetween(3, 10))
                .hasMessage("Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler from 3 to 10 "
                        + "replicas, but found HorizontalPodAutoscaler shop/web from 2 to 10");
        assertThatThrownBy(() -> assertThat(shop()).deployment("web").isAutoscaledBetween(2, 10))
                .hasMessage("Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler from 2 to 10 "
                        + "replicas, but found no HorizontalPodAutoscaler targeting it");
    }

    @Test
    void exposure_is_judged_on_the_service_port() {
        assertThat(legacy()).deployment("web").isExposedOnPort(80);
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").isExposedOnPort(8080))
                .hasMessage("Expecting Deployment shop/web to be exposed by a Service on port 8080, but found "
                        + "Service shop/web on port 80");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").isExposedOnPort(8080))
                .hasMessage("Expecting Deployment shop/api to be exposed by a Service on port 8080, but found no "
                        + "Service selecting its pods");
    }

    @Test
    void a_mounted_claim_passes_and_an_absent_one_lists_the_claims() {
        assertThat(legacy()).deployment("web").mountsClaim("uploads");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("web").mountsClaim("cache"))
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.volumes to mount "
                        + "PersistentVolumeClaim \"cache\" in a container, but found claims \"uploads\"");
        assertThatThrownBy(() -> assertThat(shop()).deployment("web").mountsClaim("cache"))
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.volumes to mount "
                        + "PersistentVolumeClaim \"cache\" in a container, but found no claim volumes");
    }

    @Test
    void a_deployment_without_budget_or_spread_fails_both() {
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").hasDisruptionBudget())
                .hasMessage("Expecting Deployment shop/api to be selected by a PodDisruptionBudget, but found none "
                        + "that selects its pods");
        assertThatThrownBy(() -> assertThat(legacy()).deployment("api").isSpreadAcrossNodes())
                .hasMessage("Expecting Deployment shop/api at spec.template.spec to spread its pods across nodes (a "
                        + "podAntiAffinity term or a topologySpreadConstraint on kubernetes.io/hostname that selects "
                        + "its own pods), but found none");
        assertThat(legacy()).deployment("web").isSpreadAcrossNodes().hasDisruptionBudget();
    }

    @Test
    void an_unknown_container_lists_the_containers() {
        assertThatThrownBy(() -> assertThat(shop()).deployment("web").container("nginx"))
                .hasMessage("Expecting Deployment shop/web at spec.template.spec.containers to hold a container "
                        + "\"nginx\", but found \"web\"");
    }

    @Test
    void a_service_account_the_manifest_lacks_is_named() {
        assertThatThrownBy(() -> assertThat(legacy()).deployment("worker").serviceAccount())
                .hasMessage("Expecting Deployment payments/worker at spec.template.spec.serviceAccountName to name a "
                        + "ServiceAccount of the manifest, but found \"default\", which the manifest does not hold");
    }
}
