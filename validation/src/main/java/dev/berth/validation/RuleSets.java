package dev.berth.validation;

import java.util.List;

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
 * <p>Rule packs found through {@link java.util.ServiceLoader} join every set they name; {@link RulePacks#load} adds
 * packs from jars that are not on the class path.
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
        return RulePacks.classPath().named(name);
    }

    /** @return the built-in packs followed by those found on the class path */
    public static List<RulePack> packs() {
        return RulePacks.classPath().packs();
    }
}
