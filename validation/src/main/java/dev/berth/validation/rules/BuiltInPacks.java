package dev.berth.validation.rules;

import dev.berth.validation.RulePack;
import dev.berth.validation.rules.availability.AvailabilityRules;
import dev.berth.validation.rules.config.ConfigRules;
import dev.berth.validation.rules.identity.IdentityRules;
import dev.berth.validation.rules.network.NetworkRules;
import dev.berth.validation.rules.schema.SchemaRules;
import dev.berth.validation.rules.security.SecurityRules;
import dev.berth.validation.rules.storage.StorageRules;
import dev.berth.validation.rules.workload.WorkloadRules;
import java.util.List;

/**
 * Berth's own rule packs, one per category. Each pack says which of its rules belong to which named rule set.
 *
 * <pre>{@code
 * BuiltInPacks.all().forEach(pack -> System.out.println(pack.rules()));
 * }</pre>
 */
public final class BuiltInPacks {

    private BuiltInPacks() {
    }

    /** @return the built-in packs, in a stable order */
    public static List<RulePack> all() {
        return List.of(new StorageRules(), new WorkloadRules(), new AvailabilityRules(), new IdentityRules(),
                new NetworkRules(), new SecurityRules(), new ConfigRules(), new SchemaRules(), new MetaRules());
    }
}
