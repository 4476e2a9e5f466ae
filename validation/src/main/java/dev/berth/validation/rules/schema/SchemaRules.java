package dev.berth.validation.rules.schema;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Schema rules: unknown fields, YAML 1.1 surprises, invalid names, missing required fields, duplicates.
 *
 * <pre>{@code
 * new SchemaRules().rules();
 * }</pre>
 */
public final class SchemaRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
