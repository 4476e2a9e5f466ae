package dev.berth.validation.rules.schema;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Schema rules: unknown fields, YAML 1.1 surprises, invalid names and labels, missing required fields, duplicates,
 * values that do not parse or are negative, invalid base64, invalid topology spread constraints, a restart policy the
 * kind does not allow.
 * All of them are in {@value RuleSets#RECOMMENDED}: each finds something the API server rejects or silently changes,
 * and none fires on a manifest the API server accepts as written.
 *
 * <p>There is no {@code wrong-type} rule: Berth's reader refuses a value of the wrong type (naming file, line, column
 * and the fix) before any rule runs, and objects built in Java are typed by the compiler.
 *
 * <pre>{@code
 * new SchemaRules().rules();
 * }</pre>
 */
public final class SchemaRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("unknown-field", "yaml11-ambiguous-value", "invalid-name",
            "invalid-label", "missing-required-field", "duplicate-object", "invalid-value", "negative-value",
            "invalid-base64", "invalid-topology-spread", "unsupported-restart-policy");

    @Override
    public List<Rule> rules() {
        return List.of(new UnknownField(), new Yaml11AmbiguousValue(), new InvalidName(), new InvalidLabel(),
                new MissingRequiredField(), new DuplicateObject(), new InvalidValue(), new NegativeValue(),
                new InvalidBase64(), new InvalidTopologySpread(), new UnsupportedRestartPolicy());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? RECOMMENDED : Set.of();
    }
}
