package dev.berth.validation.rules.availability;

import dev.berth.core.References;
import dev.berth.core.workload.Workload;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads HorizontalPodAutoscalers of {@code autoscaling/v1}, {@code v2}, {@code v2beta1} and {@code v2beta2}. */
final class Autoscalers {

    /**
     * One autoscaler.
     *
     * @param object the HorizontalPodAutoscaler
     * @param minReplicas its minReplicas, or null when unset (the API defaults it to 1)
     * @param maxReplicas its maxReplicas, or null
     * @param targetKind the kind its scaleTargetRef names, or null
     * @param targetName the name its scaleTargetRef names, or null
     * @param target the workload it scales, when the set holds it
     */
    record Autoscaler(HasMetadata object, Integer minReplicas, Integer maxReplicas, String targetKind,
            String targetName, Optional<Workload> target) {

        /** @return minReplicas, or its default 1 */
        int effectiveMin() {
            return minReplicas == null ? 1 : minReplicas;
        }

        /** @return {@code HorizontalPodAutoscaler name} */
        String describe() {
            return "HorizontalPodAutoscaler " + object.getMetadata().getName();
        }
    }

    private Autoscalers() {
    }

    static List<Autoscaler> all(RuleContext context) {
        return of(context.ofKind("HorizontalPodAutoscaler"), context.references());
    }

    private static List<Autoscaler> of(List<HasMetadata> objects, References references) {
        List<Autoscaler> all = new ArrayList<>();
        for (HasMetadata object : objects) {
            Optional<Workload> target = references.scaleTarget(object);
            if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler h
                    && h.getSpec() != null) {
                var ref = h.getSpec().getScaleTargetRef();
                all.add(new Autoscaler(h, h.getSpec().getMinReplicas(), h.getSpec().getMaxReplicas(),
                        ref == null ? null : ref.getKind(), ref == null ? null : ref.getName(), target));
            } else if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler h
                    && h.getSpec() != null) {
                var ref = h.getSpec().getScaleTargetRef();
                all.add(new Autoscaler(h, h.getSpec().getMinReplicas(), h.getSpec().getMaxReplicas(),
                        ref == null ? null : ref.getKind(), ref == null ? null : ref.getName(), target));
            } else if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta2.HorizontalPodAutoscaler h
                    && h.getSpec() != null) {
                var ref = h.getSpec().getScaleTargetRef();
                all.add(new Autoscaler(h, h.getSpec().getMinReplicas(), h.getSpec().getMaxReplicas(),
                        ref == null ? null : ref.getKind(), ref == null ? null : ref.getName(), target));
            } else if (object instanceof io.fabric8.kubernetes.api.model.autoscaling.v2beta1.HorizontalPodAutoscaler h
                    && h.getSpec() != null) {
                var ref = h.getSpec().getScaleTargetRef();
                all.add(new Autoscaler(h, h.getSpec().getMinReplicas(), h.getSpec().getMaxReplicas(),
                        ref == null ? null : ref.getKind(), ref == null ? null : ref.getName(), target));
            }
        }
        return all;
    }

    /** @return the autoscalers by the owner of the workload they scale */
    static Map<HasMetadata, Autoscaler> byTarget(RuleContext context) {
        return context.once("autoscalers-by-target", manifest -> {
            Map<HasMetadata, Autoscaler> byTarget = new IdentityHashMap<>();
            for (Autoscaler autoscaler : of(manifest.ofKind("HorizontalPodAutoscaler"), manifest.references())) {
                autoscaler.target().ifPresent(w -> byTarget.putIfAbsent(w.owner(), autoscaler));
            }
            return Collections.unmodifiableMap(byTarget);
        });
    }
}
