package dev.berth.validation;

import java.util.List;
import java.util.Set;

/**
 * A set of rules with their membership in the named rule sets: Berth's built-in packs, and third-party packs found
 * on the class path through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.berth.validation.RulePack}).
 *
 * <pre>{@code
 * public final class ShopRules implements RulePack {
 *     public List<Rule> rules() { return List.of(new TierLabelRequired()); }
 *     public Set<String> members(String ruleSet) {
 *         return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("tier-label-required") : Set.of();
 *     }
 * }
 * }</pre>
 */
public interface RulePack {

    /** @return the rules of the pack; every rule id must be unique across all packs */
    List<Rule> rules();

    /**
     * Which rules of the pack belong to a named rule set. Every rule belongs to {@value RuleSets#ALL}.
     *
     * @param ruleSet a rule set name such as {@value RuleSets#RECOMMENDED}
     * @return the ids of the pack's rules in it
     */
    Set<String> members(String ruleSet);
}
