package dev.berth.validation.rules.availability;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Set;

/**
 * A HorizontalPodAutoscaler's {@code scaleTargetRef} names a Deployment, StatefulSet, ReplicaSet or
 * ReplicationController that is not in the set. Informational: the set may be partial (the Kubernetes docs' HPA
 * example ships without its Deployment), but if the target is truly missing, or misspelt, the autoscaler scales
 * nothing and says so only in its status. Targets of other kinds (custom resources such as Argo Rollouts) are not
 * judged.
 */
public final class AutoscalerTargetMissing extends Rule {

    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    /** Creates the rule. */
    public AutoscalerTargetMissing() {
        super(RuleInfo.id("autoscaler-target-missing")
                .summary("An autoscaler's target is not in the set")
                .severity(Severity.INFO).category(Category.AVAILABILITY).kinds("HorizontalPodAutoscaler")
                .remediation("Check spec.scaleTargetRef names the workload's kind and name in the autoscaler's "
                        + "namespace, or apply the workload with it.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Autoscalers.Autoscaler hpa : Autoscalers.all(context)) {
            if (hpa.target().isEmpty() && SCALABLE.contains(hpa.targetKind()) && hpa.targetName() != null) {
                context.report(hpa.object(), "spec.scaleTargetRef.name", "spec.scaleTargetRef names "
                        + hpa.targetKind() + " " + hpa.targetName() + ", which is not in this set; unless it is "
                        + "applied separately, the autoscaler scales nothing");
            }
        }
    }
}
