package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * A PodDisruptionBudget allows no voluntary eviction at all (Polaris {@code pdbDisruptionsIsZero}):
 * {@code maxUnavailable} 0 or 0%, {@code minAvailable} 100%, or {@code minAvailable} at least the number of pods it
 * selects (for an autoscaled workload, the autoscaler's minReplicas). Node drains and cluster upgrades then hang
 * until someone deletes the budget. A budget that only selects a single-instance datastore StatefulSet is exempt:
 * there, making a drain wait for an operator is the point.
 */
public final class DisruptionBudgetBlocksEviction extends Rule {

    /** Creates the rule. */
    public DisruptionBudgetBlocksEviction() {
        super(RuleInfo.id("disruption-budget-blocks-eviction")
                .summary("A PodDisruptionBudget allows no pod to be evicted")
                .severity(Severity.MEDIUM).category(Category.AVAILABILITY).kinds("PodDisruptionBudget")
                .remediation("Allow at least one disruption: maxUnavailable: 1, or a minAvailable below the number "
                        + "of pods the budget selects.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<HasMetadata, Autoscalers.Autoscaler> autoscalers = Autoscalers.byTarget(context);
        for (Budgets.Budget budget : Budgets.all(context)) {
            List<Workload> selected = context.references().selected(budget.object());
            if (!selected.isEmpty() && selected.stream().allMatch(Datastore::singleInstance)) {
                continue;
            }
            if (budget.maxUnavailable() != null && (Budgets.count(budget.maxUnavailable()) == 0
                    || Budgets.percent(budget.maxUnavailable()) == 0)) {
                context.report(budget.object(), "spec.maxUnavailable", "spec.maxUnavailable is "
                        + Budgets.text(budget.maxUnavailable()) + ", so no pod may ever be evicted; node drains "
                        + "and upgrades hang");
            } else if (budget.minAvailable() != null) {
                int pods = 0;
                for (Workload w : selected) {
                    Autoscalers.Autoscaler hpa = autoscalers.get(w.owner());
                    pods += hpa != null ? hpa.effectiveMin() : w.replicas().orElse(1);
                }
                int count = Budgets.count(budget.minAvailable());
                String blocked = Budgets.percent(budget.minAvailable()) >= 100 ? ""
                        : count > 0 && !selected.isEmpty() && count >= pods ? " and it selects " + pods
                                + (pods == 1 ? " pod" : " pods")
                        : null;
                if (blocked != null) {
                    context.report(budget.object(), "spec.minAvailable", "spec.minAvailable is "
                            + Budgets.text(budget.minAvailable()) + blocked + ", so no pod may ever be evicted; "
                            + "node drains and upgrades hang");
                }
            }
        }
    }
}
