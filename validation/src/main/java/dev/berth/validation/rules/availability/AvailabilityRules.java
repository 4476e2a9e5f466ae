package dev.berth.validation.rules.availability;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Availability rules: disruption budgets, spread across nodes, autoscalers.
 *
 * <pre>{@code
 * new AvailabilityRules().rules();
 * }</pre>
 */
public final class AvailabilityRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("statefulset-disruption-budget", "statefulset-spread",
            "disruption-budget-blocks-eviction", "disruption-budget-selects-nothing", "anti-affinity-selects-nothing",
            "autoscaler-target-missing", "autoscaler-replicas-conflict", "autoscaler-min-replicas",
            "autoscaler-max-replicas", "disruption-budget-above-autoscaler-min", "disruption-budget-limits");

    private static final Set<String> STRICT = Set.of("disruption-budget-missing", "workload-spread");

    @Override
    public List<Rule> rules() {
        return List.of(new StatefulSetDisruptionBudget(), new StatefulSetSpread(), new DisruptionBudgetMissing(),
                new DisruptionBudgetBlocksEviction(), new DisruptionBudgetSelectsNothing(),
                new AntiAffinitySelectsNothing(), new AutoscalerTargetMissing(), new AutoscalerReplicasConflict(),
                new AutoscalerMinReplicas(), new AutoscalerMaxReplicas(), new DisruptionBudgetAboveAutoscalerMin(),
                new WorkloadSpread(), new DisruptionBudgetLimits());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return switch (ruleSet) {
            case RuleSets.RECOMMENDED -> RECOMMENDED;
            case RuleSets.STRICT -> STRICT;
            default -> Set.of();
        };
    }
}
