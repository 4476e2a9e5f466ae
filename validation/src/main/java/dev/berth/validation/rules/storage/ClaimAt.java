package dev.berth.validation.rules.storage;

import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim with the object it is declared in: a PersistentVolumeClaim of the set, or a volumeClaimTemplate of a
 * StatefulSet. The traversal of the claim rules.
 *
 * @param owner the PersistentVolumeClaim itself, or the StatefulSet
 * @param claim the claim
 * @param path the claim's path in its owner: empty for a PersistentVolumeClaim, else
 *     {@code spec.volumeClaimTemplates[i]}
 */
record ClaimAt(HasMetadata owner, PersistentVolumeClaim claim, String path) {

    /** @return {@code claim data} or {@code volumeClaimTemplate data} */
    String label() {
        String name = claim.getMetadata() == null ? "" : claim.getMetadata().getName();
        return (path.isEmpty() ? "claim " : "volumeClaimTemplate ") + name;
    }

    /**
     * @param field a path inside the claim, such as {@code spec.storageClassName}
     * @return the path inside the owner
     */
    String field(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /**
     * @param context a rule's context
     * @return every claim of the set and every claim template of its StatefulSets, in object order
     */
    static List<ClaimAt> of(RuleContext context) {
        List<ClaimAt> all = new ArrayList<>();
        for (HasMetadata object : context.objects()) {
            if (object instanceof PersistentVolumeClaim claim) {
                all.add(new ClaimAt(claim, claim, ""));
            }
            if (object instanceof StatefulSet set && set.getSpec() != null
                    && set.getSpec().getVolumeClaimTemplates() != null) {
                List<PersistentVolumeClaim> templates = set.getSpec().getVolumeClaimTemplates();
                for (int i = 0; i < templates.size(); i++) {
                    all.add(new ClaimAt(set, templates.get(i), "spec.volumeClaimTemplates[" + i + "]"));
                }
            }
        }
        return all;
    }
}
