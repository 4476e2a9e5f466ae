package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.legacy;
import static dev.berth.assertj.Fixtures.routing;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: "Typed assertions for what a user had to fetch with fabric8 getters: autoscaler bounds and target, ...".
 */
class AutoscalerAssertTest {

    @Test
    void the_autoscaler_of_a_deployment_has_its_bounds_target_and_cpu_utilization() {
        // GIVEN an autoscaling/v2 autoscaler from 2 to 20 replicas at 70% CPU, WHEN reached from its Deployment
        // THEN every property passes
        assertThat(routing()).deployment("geo").autoscaler()
                .hasMinReplicas(2).hasMaxReplicas(20).scales("Deployment", "geo").targetsCpuUtilization(70);
    }

    @Test
    void wrong_bounds_name_the_field_and_what_was_found() {
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").autoscaler().hasMinReplicas(3))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/geo at spec.minReplicas to be 3, but found 2");
        assertThatThrownBy(() -> assertThat(routing()).deployment("geo").autoscaler().hasMaxReplicas(10))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/geo at spec.maxReplicas to be 10, but found 20");
    }

    @Test
    void an_unset_minimum_counts_as_one_and_says_so() {
        // GIVEN the tiles autoscaler, which sets no minReplicas
        assertThat(routing()).autoscaler("tiles").hasMinReplicas(1);
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("tiles").hasMinReplicas(2))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/tiles at spec.minReplicas to be 2, but found none "
                        + "(Kubernetes defaults to 1)");
    }

    @Test
    void the_scale_target_is_compared_by_kind_and_name() {
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("geo").scales("StatefulSet", "geo"))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/geo at spec.scaleTargetRef to name StatefulSet geo, "
                        + "but found Deployment geo");
    }

    @Test
    void a_wrong_cpu_target_and_a_missing_memory_target_are_reported() {
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("geo").targetsCpuUtilization(50))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/geo at spec.metrics to target an average cpu "
                        + "utilization of 50%, but found 70%");
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("geo").targetsMemoryUtilization(80))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/geo at spec.metrics to target an average memory "
                        + "utilization of 80%, but found only cpu 70%");
        assertThat(routing()).autoscaler("cache-memory").targetsMemoryUtilization(80);
    }

    @Test
    void an_autoscaler_without_metrics_targets_kubernetes_default_of_80_percent_cpu() {
        // GIVEN the cache autoscaler, which declares no metric
        assertThat(routing()).autoscaler("cache").targetsCpuUtilization(80);
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("cache").targetsCpuUtilization(70))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/cache at spec.metrics to target an average cpu "
                        + "utilization of 70%, but found none (Kubernetes defaults to cpu 80%)");
    }

    @Test
    void an_autoscaling_v1_autoscaler_has_its_cpu_percentage_and_no_memory_metric() {
        assertThat(routing()).deployment("tiles").autoscaler().targetsCpuUtilization(60).hasMaxReplicas(5);
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("tiles").targetsCpuUtilization(70))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/tiles at spec.targetCPUUtilizationPercentage to "
                        + "target an average cpu utilization of 70%, but found 60%");
        assertThatThrownBy(() -> assertThat(routing()).autoscaler("tiles").targetsMemoryUtilization(80))
                .hasMessage("Expecting HorizontalPodAutoscaler geo/tiles at spec.targetCPUUtilizationPercentage to "
                        + "target an average memory utilization of 80%, but found none (autoscaling/v1 scales on CPU "
                        + "only)");
    }

    @Test
    void a_workload_without_an_autoscaler_or_with_two_is_reported() {
        assertThatThrownBy(() -> assertThat(shop()).deployment("web").autoscaler())
                .hasMessage("Expecting Deployment shop/web to be scaled by a HorizontalPodAutoscaler, but found none "
                        + "targeting it");
        assertThatThrownBy(() -> assertThat(routing()).statefulSet("cache").autoscaler())
                .hasMessage("Expecting StatefulSet geo/cache to be scaled by a HorizontalPodAutoscaler, but found 2 "
                        + "targeting it: HorizontalPodAutoscaler geo/cache, HorizontalPodAutoscaler geo/cache-memory");
    }

    @Test
    void an_autoscaling_v2beta2_autoscaler_reads_like_v2() {
        // GIVEN an autoscaling/v2beta2 autoscaler at 65% memory, from 3 to 6 replicas
        Manifest manifest = Manifest.of(new io.fabric8.kubernetes.api.model.autoscaling.v2beta2
                .HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").withNamespace("shop").endMetadata()
                .withNewSpec().withMinReplicas(3).withMaxReplicas(6)
                .withNewScaleTargetRef().withKind("Deployment").withName("web").endScaleTargetRef()
                .addNewMetric().withType("Resource").withNewResource().withName("memory").withNewTarget()
                .withType("Utilization").withAverageUtilization(65).endTarget().endResource().endMetric()
                .endSpec().build());
        // THEN its bounds, target and memory utilization pass, and the missing CPU target is reported
        assertThat(manifest).autoscaler("web").hasMinReplicas(3).hasMaxReplicas(6).scales("Deployment", "web")
                .targetsMemoryUtilization(65);
        assertThatThrownBy(() -> assertThat(manifest).autoscaler("web").targetsCpuUtilization(65))
                .hasMessage("Expecting HorizontalPodAutoscaler shop/web at spec.metrics to target an average cpu "
                        + "utilization of 65%, but found only memory 65%");
    }

    @Test
    void an_unknown_autoscaler_name_lists_the_known_ones() {
        assertThatThrownBy(() -> assertThat(legacy()).autoscaler("api"))
                .hasMessage("Expecting the manifest to contain HorizontalPodAutoscaler api, but found "
                        + "HorizontalPodAutoscaler shop/web");
    }
}
