package dev.berth.assertj;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view of a HorizontalPodAutoscaler of any version fabric8 models ({@code autoscaling/v2}, {@code v1},
 * {@code v2beta2}, {@code v2beta1}), so that the assertions read bounds, target and utilization in one place.
 *
 * @param min {@code spec.minReplicas}, or null when unset (Kubernetes' default is 1)
 * @param max {@code spec.maxReplicas}, or null when unset
 * @param targetKind {@code spec.scaleTargetRef.kind}, or null
 * @param targetName {@code spec.scaleTargetRef.name}, or null
 * @param utilization the average utilization targets in percent, by resource ({@code cpu}, {@code memory}), in
 *     declaration order
 * @param cpuOnly true for {@code autoscaling/v1}, whose only metric is {@code targetCPUUtilizationPercentage}
 * @param defaulted true when the autoscaler declares no metric, so that Kubernetes targets 80% average CPU
 *     utilization, which {@code utilization} then holds
 */
record Autoscalers(Integer min, Integer max, String targetKind, String targetName, Map<String, Integer> utilization,
        boolean cpuOnly, boolean defaulted) {

    /** Kubernetes' target when an autoscaler declares no metric: 80% average CPU utilization. */
    static final int DEFAULT_CPU_UTILIZATION = 80;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The view, with Kubernetes' default CPU target when no metric is declared. */
    private static Autoscalers view(Integer min, Integer max, String kind, String name,
            Map<String, Integer> utilization, boolean cpuOnly, boolean declared) {
        if (!declared) {
            utilization.put("cpu", DEFAULT_CPU_UTILIZATION);
        }
        return new Autoscalers(min, max, kind, name, utilization, cpuOnly, !declared);
    }

    /** @return the view of an autoscaler; an object of another kind, or without a spec, gives an empty view */
    static Autoscalers of(HasMetadata object) {
        Map<String, Integer> utilization = new LinkedHashMap<>();
        HasMetadata autoscaler = object;
        if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta2.HorizontalPodAutoscaler) {
            // v2beta2's spec has v2's shape field for field: read it as v2.
            autoscaler = JSON.convertValue(object,
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class);
        }
        if (autoscaler instanceof io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler h
                && h.getSpec() != null) {
            var s = h.getSpec();
            for (var m : list(s.getMetrics())) {
                if (m != null && m.getResource() != null && m.getResource().getTarget() != null) {
                    put(utilization, m.getResource().getName(), m.getResource().getTarget().getAverageUtilization());
                }
            }
            var ref = s.getScaleTargetRef();
            return view(s.getMinReplicas(), s.getMaxReplicas(), ref == null ? null : ref.getKind(),
                    ref == null ? null : ref.getName(), utilization, false, !list(s.getMetrics()).isEmpty());
        }
        if (autoscaler instanceof io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler h
                && h.getSpec() != null) {
            var s = h.getSpec();
            put(utilization, "cpu", s.getTargetCPUUtilizationPercentage());
            var ref = s.getScaleTargetRef();
            return view(s.getMinReplicas(), s.getMaxReplicas(), ref == null ? null : ref.getKind(),
                    ref == null ? null : ref.getName(), utilization, true, !utilization.isEmpty());
        }
        if (autoscaler instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta1.HorizontalPodAutoscaler h
                && h.getSpec() != null) {
            var s = h.getSpec();
            for (var m : list(s.getMetrics())) {
                if (m != null && m.getResource() != null) {
                    put(utilization, m.getResource().getName(), m.getResource().getTargetAverageUtilization());
                }
            }
            var ref = s.getScaleTargetRef();
            return view(s.getMinReplicas(), s.getMaxReplicas(), ref == null ? null : ref.getKind(),
                    ref == null ? null : ref.getName(), utilization, false, !list(s.getMetrics()).isEmpty());
        }
        return new Autoscalers(null, null, null, null, Map.of(), false, false);
    }

    /** @return the field that holds the utilization targets: {@code spec.metrics}, or v1's CPU percentage */
    String metricsPath() {
        return cpuOnly ? "spec.targetCPUUtilizationPercentage" : "spec.metrics";
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static void put(Map<String, Integer> utilization, String resource, Integer percent) {
        if (resource != null && percent != null) {
            utilization.put(resource, percent);
        }
    }
}
