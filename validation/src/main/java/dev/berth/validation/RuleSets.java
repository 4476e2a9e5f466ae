package dev.berth.validation;

import dev.berth.validation.rules.BuiltInPacks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The named rule sets: which rules are on lives here, outside the rules.
 *
 * <ul>
 *   <li>{@value #RECOMMENDED}: the default; quiet on good manifests, loud on lost data and open doors.</li>
 *   <li>{@value #STRICT}: recommended plus the rules that need more care to satisfy.</li>
 *   <li>{@value #POD_SECURITY_BASELINE} and {@value #POD_SECURITY_RESTRICTED}: the Pod Security Standards.</li>
 *   <li>{@value #ALL}: every rule.</li>
 * </ul>
 *
 * <pre>{@code
 * Report report = Validator.of(RuleSets.recommended()).evaluate(manifest);
 * RuleSet named = RuleSets.named("pod-security-restricted");
 * }</pre>
 *
 * <p>Rule packs found through {@link java.util.ServiceLoader} join every set they name.
 */
public final class RuleSets {

    /** The default set. */
    public static final String RECOMMENDED = "recommended";
    /** Recommended plus stricter rules. */
    public static final String STRICT = "strict";
    /** The baseline Pod Security Standard. */
    public static final String POD_SECURITY_BASELINE = "pod-security-baseline";
    /** The restricted Pod Security Standard. */
    public static final String POD_SECURITY_RESTRICTED = "pod-security-restricted";
    /** Every rule. */
    public static final String ALL = "all";

    private static final List<String> NAMES = List.of(RECOMMENDED, STRICT, POD_SECURITY_BASELINE,
            POD_SECURITY_RESTRICTED, ALL);

    private RuleSets() {
    }

    /** @return the default rule set */
    public static RuleSet recommended() {
        return named(RECOMMENDED);
    }

    /** @return recommended plus the stricter rules */
    public static RuleSet strict() {
        return named(STRICT);
    }

    /** @return the baseline Pod Security Standard */
    public static RuleSet podSecurityBaseline() {
        return named(POD_SECURITY_BASELINE);
    }

    /** @return the restricted Pod Security Standard */
    public static RuleSet podSecurityRestricted() {
        return named(POD_SECURITY_RESTRICTED);
    }

    /** @return every rule */
    public static RuleSet all() {
        return named(ALL);
    }

    /** @return the names of the built-in sets */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * @param name one of {@link #names()}
     * @return that rule set
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static RuleSet named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no rule set named " + name + "; the rule sets are " + NAMES);
        }
        List<Rule> selected = new ArrayList<>();
        for (RulePack pack : packs()) {
            Set<String> members = name.equals(ALL) ? null : new HashSet<>(pack.members(name));
            if (name.equals(STRICT)) {
                members.addAll(pack.members(RECOMMENDED));
            }
            for (Rule rule : pack.rules()) {
                if (members == null || members.contains(rule.id())) {
                    selected.add(rule);
                }
            }
        }
        return RuleSet.of(name, selected);
    }

    /** @return the built-in packs followed by those found on the class path */
    public static List<RulePack> packs() {
        List<RulePack> packs = new ArrayList<>(BuiltInPacks.all());
        ServiceLoader.load(RulePack.class).forEach(packs::add);
        return packs;
    }
}
