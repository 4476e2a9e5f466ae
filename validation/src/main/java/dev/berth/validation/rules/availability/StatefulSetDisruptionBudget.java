package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Optional;

/**
 * A StatefulSet that runs a datastore, or two replicas or more, has no PodDisruptionBudget. A node drain or cluster
 * upgrade may then evict several members of a quorum at once (losing the quorum), or take a single-instance
 * database down without warning. With a budget, the eviction API waits: {@code maxUnavailable: 1} for a replicated
 * store, {@code maxUnavailable: 0} for a single instance, so that a drain waits for an operator.
 */
public final class StatefulSetDisruptionBudget extends Rule {

    /** Creates the rule. */
    public StatefulSetDisruptionBudget() {
        super(RuleInfo.id("statefulset-disruption-budget")
                .summary("A stateful workload has no PodDisruptionBudget")
                .severity(Severity.MEDIUM).category(Category.AVAILABILITY).kinds("StatefulSet")
                .remediation("Add a PodDisruptionBudget selecting the pod labels, with maxUnavailable: 1 (or 0 for a "
                        + "single instance, so a drain waits for an operator).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            int replicas = w.replicas().orElse(1);
            Optional<String> datastore = Datastore.of(w);
            if (replicas == 0 || (replicas < 2 && datastore.isEmpty())
                    || !context.references().disruptionBudgetsFor(w).isEmpty()) {
                continue;
            }
            String pods = (replicas == 1 ? "1 replica" : replicas + " replicas") + datastore.map(d -> " of " + d)
                    .orElse("");
            String risk = replicas == 1 ? "a node drain evicts it without warning"
                    : "a node drain may evict them all at once";
            context.report(w.owner(), "spec.selector", "no PodDisruptionBudget selects the pods (" + pods + "); "
                    + risk);
        }
    }
}
