package dev.berth.validation.rules.storage;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State and storage rules: datastores in StatefulSets behind headless Services, durable and retained data, claims.
 * Every rule is in {@value RuleSets#RECOMMENDED} except {@code backup-declared}, which is in {@value RuleSets#STRICT}:
 * it speaks on every datastore whose backups are made outside the set until they are declared.
 *
 * <pre>{@code
 * new StorageRules().rules();
 * }</pre>
 */
public final class StorageRules implements RulePack {

    private static final List<Rule> RULES = List.of(new DatabaseNotStatefulSet(), new StatefulSetHeadlessService(),
            new AuthoritativeDataEphemeral(), new StatefulSetClaimTemplates(), new StorageSurvivesNodeFailure(),
            new DataRetained(), new RwoClaimShared(), new ClaimStorageClass(), new ClaimClassUndefined(),
            new ClaimSizeMissing(), new StatefulWithoutStorage(), new BackupDeclared(),
            new StorageClassBetaAnnotation(), new ClaimTemplateShadowed(), new DatastoreInlineCloudDisk(),
            new ClaimUnused(), new ClaimMissing());

    private static final Set<String> STRICT = Set.of("backup-declared");

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public Set<String> members(String ruleSet) {
        if (ruleSet.equals(RuleSets.RECOMMENDED)) {
            return RULES.stream().map(Rule::id).filter(id -> !STRICT.contains(id)).collect(
                    Collectors.toUnmodifiableSet());
        }
        return ruleSet.equals(RuleSets.STRICT) ? STRICT : Set.of();
    }
}
