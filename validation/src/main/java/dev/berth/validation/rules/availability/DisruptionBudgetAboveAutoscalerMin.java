package dev.berth.validation.rules.availability;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A PodDisruptionBudget's {@code minAvailable} is above the {@code minReplicas} of the autoscaler that scales the
 * pods it selects (Polaris {@code pdbMinAvailableGreaterThanHPAMinReplicas}). When the autoscaler scales down to its
 * minimum, the budget can never be met and no pod can be evicted. A percentage is judged against the minimum too,
 * so only one above 100% is reported. An unset {@code minReplicas} counts as its default 1 (Polaris skips it).
 */
public final class DisruptionBudgetAboveAutoscalerMin extends Rule {

    /** Creates the rule. */
    public DisruptionBudgetAboveAutoscalerMin() {
        super(RuleInfo.id("disruption-budget-above-autoscaler-min")
                .summary("A PodDisruptionBudget requires more pods than the autoscaler keeps")
                .severity(Severity.MEDIUM).category(Category.AVAILABILITY).kinds("PodDisruptionBudget")
                .remediation("Lower spec.minAvailable below the autoscaler's minReplicas, or use maxUnavailable: 1.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Autoscalers.Autoscaler hpa : Autoscalers.all(context)) {
            Workload w = hpa.target().orElse(null);
            if (w == null) {
                continue;
            }
            for (HasMetadata object : context.references().disruptionBudgetsFor(w)) {
                Budgets.Budget budget = Budgets.of(object).orElse(null);
                if (budget == null || budget.minAvailable() == null) {
                    continue;
                }
                int count = Budgets.count(budget.minAvailable());
                if (count > hpa.effectiveMin() || Budgets.percent(budget.minAvailable()) > 100) {
                    context.report(object, "spec.minAvailable", "spec.minAvailable is " + Budgets.text(budget
                            .minAvailable()) + " but " + hpa.describe() + " may scale " + w.kind() + " " + w.name()
                            + " down to " + hpa.effectiveMin() + "; at that size no pod can be evicted");
                }
            }
        }
    }
}
