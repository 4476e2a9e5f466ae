package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.workload.SelectorText;

/**
 * A Deployment has no PodDisruptionBudget (Polaris {@code missingPodDisruptionBudget}), so a node drain may evict all
 * its pods at once. A Deployment that declares {@code replicas: 1} (or 0) is exempt: a budget can then only forbid
 * or allow the one pod's eviction, and {@code replicas-behind-service} is the rule that asks for more replicas. One
 * that leaves {@code replicas} unset is judged, because its count is left to someone else (an autoscaler, a
 * {@code kubectl scale}). In the strict set; StatefulSets have {@code statefulset-disruption-budget}.
 */
public final class DisruptionBudgetMissing extends Rule {

    /** Creates the rule. */
    public DisruptionBudgetMissing() {
        super(RuleInfo.id("disruption-budget-missing")
                .summary("A Deployment has no PodDisruptionBudget")
                .severity(Severity.LOW).category(Category.AVAILABILITY).kinds("Deployment")
                .remediation("Add a PodDisruptionBudget selecting the pod labels, such as maxUnavailable: 1 or "
                        + "minAvailable: 50%.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            if ((w.replicas().isPresent() && w.replicas().getAsInt() < 2)
                    || !context.references().disruptionBudgetsFor(w).isEmpty()) {
                continue;
            }
            String replicas = w.replicas().isPresent() ? w.replicas().getAsInt() + " replicas" : "replicas unset";
            context.report(w.owner(), "spec.selector", "no PodDisruptionBudget in namespace " + w.namespace()
                    + " selects the pods (" + replicas + ", pod labels " + SelectorText.labels(w.podLabels())
                    + "); a node drain may evict them all at once");
        }
    }
}
