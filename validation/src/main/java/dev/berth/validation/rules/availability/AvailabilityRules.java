package dev.berth.validation.rules.availability;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
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

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
