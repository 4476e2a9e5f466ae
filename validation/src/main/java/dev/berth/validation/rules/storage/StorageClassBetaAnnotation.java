package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleContext.ClaimAt;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.StorageClasses;

/**
 * A claim or claim template names its class with the deprecated annotation
 * {@code volume.beta.kubernetes.io/storage-class} instead of {@code spec.storageClassName}. The annotation still wins
 * over the field, so a claim that sets both gets the annotation's class, which surprises readers and tools.
 */
public final class StorageClassBetaAnnotation extends Rule {

    /** Creates the rule. */
    public StorageClassBetaAnnotation() {
        super(RuleInfo.id("storage-class-beta-annotation")
                .summary("A claim names its class with the deprecated beta annotation")
                .severity(Severity.LOW).category(Category.STORAGE)
                .kinds("PersistentVolumeClaim", "StatefulSet")
                .remediation("Remove the volume.beta.kubernetes.io/storage-class annotation and set "
                        + "spec.storageClassName to the same class.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (ClaimAt at : context.claims()) {
            var annotations = at.claim().getMetadata() == null ? null : at.claim().getMetadata().getAnnotations();
            String value = annotations == null ? null : annotations.get(StorageClasses.BETA_CLASS);
            if (value != null) {
                String field = at.claim().getSpec() == null ? null : at.claim().getSpec().getStorageClassName();
                context.report(at.owner(), at.field("metadata.annotations['" + StorageClasses.BETA_CLASS + "']"),
                        at.label() + " names StorageClass " + value + " with the deprecated annotation "
                                + StorageClasses.BETA_CLASS + (field == null ? "" : ", which overrides "
                                + "spec.storageClassName \"" + field + "\""));
            }
        }
    }
}
