package dev.berth.validation.rules;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Rules about the validation itself: suppressions must say why.
 *
 * <pre>{@code
 * new MetaRules().rules();   // [suppression-without-reason]
 * }</pre>
 */
public final class MetaRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of(new SuppressionWithoutReason());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("suppression-without-reason") : Set.of();
    }
}
