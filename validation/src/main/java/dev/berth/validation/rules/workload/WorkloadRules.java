package dev.berth.validation.rules.workload;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Workload rules: selectors, replicas, probes, resources, images, API versions, jobs.
 *
 * <pre>{@code
 * new WorkloadRules().rules();
 * }</pre>
 */
public final class WorkloadRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
