package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleContext.ClaimAt;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.StorageClasses;

/**
 * A claim or claim template names no storage class, so the cluster's default StorageClass decides what backs it:
 * whether it survives node failure and whether deleting the claim deletes the data cannot be told from the manifest.
 * Information only. {@code storageClassName: ""} (static binding to a PersistentVolume) and a claim bound by
 * {@code spec.volumeName} are deliberate and no finding.
 */
public final class ClaimStorageClass extends Rule {

    /** Creates the rule. */
    public ClaimStorageClass() {
        super(RuleInfo.id("claim-storage-class")
                .summary("A claim names no storage class, so the cluster default decides its durability")
                .severity(Severity.INFO).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Name the StorageClass whose durability and reclaim policy you mean in "
                        + "spec.storageClassName.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (ClaimAt at : context.claims()) {
            boolean bound = at.claim().getSpec() != null && at.claim().getSpec().getVolumeName() != null
                    && !at.claim().getSpec().getVolumeName().isEmpty();
            if (StorageClasses.requested(at.claim()) == null && !bound) {
                context.report(at.owner(), at.field("spec.storageClassName"), at.label() + " names no storage "
                        + "class; the cluster's default StorageClass decides whether its data survives node "
                        + "failure and claim deletion");
            }
        }
    }
}
