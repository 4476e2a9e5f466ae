package dev.berth.validation.rules;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Rules about the validation itself: suppressions must say why; objects no rule judges are named (in the {@code all}
 * set only).
 *
 * <pre>{@code
 * new MetaRules().rules();   // [suppression-without-reason, unjudged-kind]
 * }</pre>
 */
public final class MetaRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of(new SuppressionWithoutReason(), new UnjudgedKind());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("suppression-without-reason") : Set.of();
    }
}
