package dev.berth.validation.rules.availability;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.Optional;

/**
 * A PodDisruptionBudget sets both {@code minAvailable} and {@code maxUnavailable}, or neither. Both: the API server
 * rejects it ({@code ValidatePodDisruptionBudgetSpec} in {@code pkg/apis/policy/validation}, Kubernetes 1.31:
 * "minAvailable and maxUnavailable cannot be both set"). Neither: the API server accepts it and sets no default, but the
 * disruption controller ({@code getExpectedPodCount} in {@code pkg/controller/disruption}) then expects 0 pods and
 * keeps {@code status.disruptionsAllowed} at 0, so the eviction API refuses every eviction of the pods it selects:
 * node drains and cluster upgrades hang, as with {@code maxUnavailable: 0}.
 *
 * <pre>{@code
 * new DisruptionBudgetLimits().info().id(); // "disruption-budget-limits"
 * }</pre>
 */
public final class DisruptionBudgetLimits extends Rule {

    /** Creates the rule. */
    public DisruptionBudgetLimits() {
        super(RuleInfo.id("disruption-budget-limits")
                .summary("A PodDisruptionBudget sets both minAvailable and maxUnavailable, or neither")
                .severity(Severity.HIGH).category(Category.AVAILABILITY).kinds("PodDisruptionBudget")
                .remediation("Set exactly one of spec.minAvailable and spec.maxUnavailable: maxUnavailable: 1 suits "
                        + "most workloads.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.ofKind("PodDisruptionBudget")) {
            Optional<Budgets.Budget> budget = Budgets.of(object);
            IntOrString min = budget.map(Budgets.Budget::minAvailable).orElse(null);
            IntOrString max = budget.map(Budgets.Budget::maxUnavailable).orElse(null);
            if (min != null && max != null) {
                context.report(object, "spec", "spec sets both minAvailable (" + Budgets.text(min)
                        + ") and maxUnavailable (" + Budgets.text(max) + "); the API server rejects a "
                        + "PodDisruptionBudget with both");
            } else if (min == null && max == null) {
                context.report(object, "spec", "spec sets neither minAvailable nor maxUnavailable; the API server "
                        + "accepts that, but the disruption controller then allows no disruption, so every eviction "
                        + "of the pods it selects is refused and node drains hang");
            }
        }
    }
}
