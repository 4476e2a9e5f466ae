package dev.berth.validation.rules.storage;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * State and storage rules: datastores in StatefulSets, durable and retained data, claims.
 *
 * <pre>{@code
 * new StorageRules().rules();
 * }</pre>
 */
public final class StorageRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("database-not-statefulset");

    @Override
    public List<Rule> rules() {
        return List.of(new DatabaseNotStatefulSet());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return ruleSet.equals(RuleSets.RECOMMENDED) ? RECOMMENDED : Set.of();
    }
}
