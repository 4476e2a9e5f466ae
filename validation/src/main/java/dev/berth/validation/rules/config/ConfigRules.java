package dev.berth.validation.rules.config;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Configuration rules: secrets kept out of plain values.
 *
 * <pre>{@code
 * new ConfigRules().rules();
 * }</pre>
 */
public final class ConfigRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
