package dev.berth.validation.rules;

import dev.berth.validation.RulePack;
import dev.berth.validation.rules.storage.StorageRules;
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
        return List.of(new StorageRules(), new MetaRules());
    }
}
