package dev.berth.validation.rules.config;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Configuration rules: secrets kept out of plain values, references to Secrets and ConfigMaps that exist, datastores
 * that ask for a password. All are in the recommended set.
 *
 * <pre>{@code
 * new ConfigRules().rules();
 * }</pre>
 */
public final class ConfigRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("secret-in-env", "secret-in-configmap",
            "env-reference-missing", "datastore-empty-password");

    @Override
    public List<Rule> rules() {
        return List.of(new SecretInEnv(), new SecretInConfigMap(), new EnvReferenceMissing(),
                new DatastoreEmptyPassword());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? RECOMMENDED : Set.of();
    }
}
