package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A workload that a HorizontalPodAutoscaler scales also sets {@code spec.replicas}. Every apply then resets the
 * replica count to the manifest's value, undoing the autoscaler's decision (a scale-down under load or a burst of
 * pods), until the autoscaler corrects it again. The finding is on the workload's field, the one to remove.
 */
public final class AutoscalerReplicasConflict extends Rule {

    /** Creates the rule. */
    public AutoscalerReplicasConflict() {
        super(RuleInfo.id("autoscaler-replicas-conflict")
                .summary("A workload sets replicas although an autoscaler scales it")
                .severity(Severity.LOW).category(Category.AVAILABILITY)
                .kinds("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController")
                .remediation("Remove spec.replicas from the workload and let the autoscaler's minReplicas set the "
                        + "floor.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Autoscalers.Autoscaler hpa : Autoscalers.all(context)) {
            Workload w = hpa.target().orElse(null);
            if (w != null && w.replicas().isPresent()) {
                context.report(w.owner(), "spec.replicas", "spec.replicas is " + w.replicas().getAsInt() + " but "
                        + hpa.describe() + " scales this " + w.kind() + "; every apply resets the replica count "
                        + "the autoscaler chose");
            }
        }
    }
}
