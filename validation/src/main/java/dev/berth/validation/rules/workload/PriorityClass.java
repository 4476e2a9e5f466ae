package dev.berth.validation.rules.workload;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSpec;

/**
 * A pod names no {@code priorityClassName}, so it gets the cluster's default priority (usually zero): when a node is
 * full, the scheduler cannot preempt less important pods for it, and under node pressure it is evicted like any
 * batch job. In the strict set: it only matters on clusters that define priority classes.
 */
public final class PriorityClass extends Rule {

    /** Creates the rule. */
    public PriorityClass() {
        super(RuleInfo.id("priority-class")
                .summary("A pod sets no priority class")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .podTemplatesByShape()
                .remediation("Set priorityClassName to one of the cluster's PriorityClasses that says how important "
                        + "the workload is.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSpec spec = w.podSpec().orElse(null);
            if (spec != null && (spec.getPriorityClassName() == null || spec.getPriorityClassName().isBlank())) {
                context.report(w.owner(), w.podSpecPath() + ".priorityClassName", "priorityClassName is unset, so "
                        + "the pods run at the default priority and cannot preempt less important ones");
            }
        }
    }
}
