package dev.berth.core;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/** Reads {@code spec.scaleTargetRef} from every HorizontalPodAutoscaler version fabric8 models. */
final class AutoscalerTargets {

    /**
     * @param kind the target's kind
     * @param name the target's name
     */
    record Target(String kind, String name) {
    }

    private AutoscalerTargets() {
    }

    static Optional<Target> of(HasMetadata object) {
        if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler h
                && h.getSpec() != null && h.getSpec().getScaleTargetRef() != null) {
            return target(h.getSpec().getScaleTargetRef().getKind(), h.getSpec().getScaleTargetRef().getName());
        }
        if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler h
                && h.getSpec() != null && h.getSpec().getScaleTargetRef() != null) {
            return target(h.getSpec().getScaleTargetRef().getKind(), h.getSpec().getScaleTargetRef().getName());
        }
        if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta2.HorizontalPodAutoscaler h
                && h.getSpec() != null && h.getSpec().getScaleTargetRef() != null) {
            return target(h.getSpec().getScaleTargetRef().getKind(), h.getSpec().getScaleTargetRef().getName());
        }
        if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta1.HorizontalPodAutoscaler h
                && h.getSpec() != null && h.getSpec().getScaleTargetRef() != null) {
            return target(h.getSpec().getScaleTargetRef().getKind(), h.getSpec().getScaleTargetRef().getName());
        }
        return Optional.empty();
    }

    private static Optional<Target> target(String kind, String name) {
        return kind == null || name == null ? Optional.empty() : Optional.of(new Target(kind, name));
    }
}
