package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assertions on a HorizontalPodAutoscaler of any version ({@code autoscaling/v2}, {@code v1}, {@code v2beta2},
 * {@code v2beta1}): its replica bounds, the workload it scales and its CPU and memory utilization targets. Messages
 * name the autoscaler and its field path, such as {@code spec.minReplicas}.
 *
 * <pre>{@code
 * assertThat(converter).deployment("geo").autoscaler()
 *         .hasMinReplicas(2).hasMaxReplicas(20).targetsCpuUtilization(70);
 * assertThat(converter).autoscaler("geo").scales("Deployment", "geo");
 * }</pre>
 */
public class AutoscalerAssert extends AbstractBerthAssert<AutoscalerAssert, HasMetadata> {

    /**
     * Use {@link AbstractWorkloadAssert#autoscaler()} or {@link ManifestAssert#autoscaler(String)}; public for
     * AssertJ's soft-assertion proxies.
     *
     * @param actual the HorizontalPodAutoscaler
     */
    public AutoscalerAssert(HasMetadata actual) {
        super(actual, AutoscalerAssert.class);
    }

    /**
     * Checks {@code spec.minReplicas}, the fewest replicas the autoscaler keeps; an unset value counts as Kubernetes'
     * default, 1.
     *
     * <pre>{@code
     * assertThat(converter).deployment("geo").autoscaler().hasMinReplicas(2); // passes
     * assertThat(converter).deployment("geo").autoscaler().hasMinReplicas(3); // fails:
     * // Expecting HorizontalPodAutoscaler geo/geo at spec.minReplicas to be 3, but found 2
     * }</pre>
     *
     * @param expected the replica count
     * @return this assertion
     */
    public AutoscalerAssert hasMinReplicas(int expected) {
        if (skipped()) {
            return myself;
        }
        Integer min = view().min();
        if ((min == null ? 1 : min) != expected) {
            failWith(WorkloadMessages.expecting(ref(), "spec.minReplicas", "be " + expected,
                    min == null ? "none (Kubernetes defaults to 1)" : String.valueOf(min)));
        }
        return myself;
    }

    /**
     * Checks {@code spec.maxReplicas}, the most replicas the autoscaler adds.
     *
     * <pre>{@code
     * assertThat(converter).deployment("geo").autoscaler().hasMaxReplicas(20); // passes
     * assertThat(converter).deployment("geo").autoscaler().hasMaxReplicas(10); // fails:
     * // Expecting HorizontalPodAutoscaler geo/geo at spec.maxReplicas to be 10, but found 20
     * }</pre>
     *
     * @param expected the replica count
     * @return this assertion
     */
    public AutoscalerAssert hasMaxReplicas(int expected) {
        if (skipped()) {
            return myself;
        }
        Integer max = view().max();
        if (max == null || max != expected) {
            failWith(WorkloadMessages.expecting(ref(), "spec.maxReplicas", "be " + expected,
                    max == null ? "none" : String.valueOf(max)));
        }
        return myself;
    }

    /**
     * Checks that {@code spec.scaleTargetRef} names the workload, by kind and name (in the autoscaler's namespace).
     *
     * <pre>{@code
     * assertThat(converter).autoscaler("geo").scales("Deployment", "geo");  // passes
     * assertThat(converter).autoscaler("geo").scales("StatefulSet", "geo"); // fails:
     * // Expecting HorizontalPodAutoscaler geo/geo at spec.scaleTargetRef to name StatefulSet geo, but found
     * // Deployment geo
     * }</pre>
     *
     * @param kind the workload's kind, such as {@code Deployment}
     * @param name the workload's name
     * @return this assertion
     */
    public AutoscalerAssert scales(String kind, String name) {
        if (skipped()) {
            return myself;
        }
        Autoscalers view = view();
        if (!kind.equals(view.targetKind()) || !name.equals(view.targetName())) {
            failWith(WorkloadMessages.expecting(ref(), "spec.scaleTargetRef", "name " + kind + " " + name,
                    view.targetKind() == null && view.targetName() == null ? "none"
                            : view.targetKind() + " " + view.targetName()));
        }
        return myself;
    }

    /**
     * Checks the target average CPU utilization, in percent of the pods' CPU request: a {@code Resource} metric on
     * {@code cpu} with {@code averageUtilization} (v1: {@code targetCPUUtilizationPercentage}).
     *
     * <pre>{@code
     * assertThat(converter).deployment("geo").autoscaler().targetsCpuUtilization(70); // passes
     * assertThat(converter).deployment("geo").autoscaler().targetsCpuUtilization(50); // fails:
     * // Expecting HorizontalPodAutoscaler geo/geo at spec.metrics to target an average cpu utilization of 50%, but
     * // found 70%
     * }</pre>
     *
     * @param percent the utilization, in percent of the request
     * @return this assertion
     */
    public AutoscalerAssert targetsCpuUtilization(int percent) {
        return utilization("cpu", percent);
    }

    /**
     * Checks the target average memory utilization, in percent of the pods' memory request: a {@code Resource}
     * metric on {@code memory} with {@code averageUtilization}. An {@code autoscaling/v1} autoscaler scales on CPU
     * only and fails.
     *
     * <pre>{@code
     * assertThat(manifest).autoscaler("web").targetsMemoryUtilization(80);    // passes with a memory metric of 80%
     * assertThat(converter).autoscaler("geo").targetsMemoryUtilization(80);   // fails:
     * // Expecting HorizontalPodAutoscaler geo/geo at spec.metrics to target an average memory utilization of 80%,
     * // but found only cpu 70%
     * }</pre>
     *
     * @param percent the utilization, in percent of the request
     * @return this assertion
     */
    public AutoscalerAssert targetsMemoryUtilization(int percent) {
        return utilization("memory", percent);
    }

    private AutoscalerAssert utilization(String resource, int percent) {
        if (skipped()) {
            return myself;
        }
        Autoscalers view = view();
        Integer found = view.utilization().get(resource);
        if (found == null || found != percent) {
            String described;
            if (view.defaulted()) {
                described = "none (Kubernetes defaults to cpu " + Autoscalers.DEFAULT_CPU_UTILIZATION + "%)";
            } else if (found != null) {
                described = found + "%";
            } else if (view.cpuOnly()) {
                described = "none (autoscaling/v1 scales on CPU only)";
            } else if (view.utilization().isEmpty()) {
                described = "no utilization target";
            } else {
                List<String> others = new ArrayList<>();
                for (Map.Entry<String, Integer> entry : view.utilization().entrySet()) {
                    others.add(entry.getKey() + " " + entry.getValue() + "%");
                }
                described = "only " + String.join(", ", others);
            }
            failWith(WorkloadMessages.expecting(ref(), view.metricsPath(), "target an average " + resource
                    + " utilization of " + percent + "%", described));
        }
        return myself;
    }

    private Autoscalers view() {
        return Autoscalers.of(actual);
    }

    private ObjectRef ref() {
        return ObjectRef.of(actual);
    }
}
