package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A claim or claim template names a storage class that the set does not define, while the set defines StorageClasses:
 * most likely a typo or a renamed class, and the claim stays Pending. A class that a PersistentVolume of the set
 * carries counts as defined (static provisioning needs no StorageClass object). A set that defines no class is taken
 * to rely on the cluster's classes and is not judged.
 */
public final class ClaimClassUndefined extends Rule {

    /** Creates the rule. */
    public ClaimClassUndefined() {
        super(RuleInfo.id("claim-class-undefined")
                .summary("A claim names a storage class the set does not define")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Name one of the StorageClasses the set defines, or add the class to the set.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        StorageIndex index = context.once(StorageIndex.KEY, StorageIndex::new);
        if (!index.definesClasses()) {
            return;
        }
        for (ClaimAt at : ClaimAt.of(context)) {
            String name = StorageIndex.className(at.claim());
            if (name != null && !name.isEmpty() && !index.knowsClass(name)) {
                context.report(at.owner(), at.field(StorageIndex.classField(at.claim())), at.label()
                        + " names StorageClass " + name + ", which the set does not define; the set defines "
                        + index.classNames());
            }
        }
    }
}
