package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

/**
 * A datastore's data is deleted along with an object a person may delete casually: the StatefulSet deletes its claims
 * ({@code persistentVolumeClaimRetentionPolicy} {@code whenDeleted} or {@code whenScaled: Delete}), or deleting a
 * claim deletes the disk (the StorageClass's {@code reclaimPolicy} is {@code Delete}, which is also the default when a
 * class of the set leaves it unset, or the bound PersistentVolume's {@code persistentVolumeReclaimPolicy} is
 * {@code Delete}). A class that is not in the set is the cluster's business and no finding.
 */
public final class DataRetained extends Rule {

    /** Creates the rule. */
    public DataRetained() {
        super(RuleInfo.id("data-retained")
                .summary("A datastore's volumes are deleted with its claims or its StatefulSet")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("Keep the claims (persistentVolumeClaimRetentionPolicy Retain, the default) and use a "
                        + "StorageClass with reclaimPolicy: Retain for authoritative data.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        StorageIndex index = context.once(StorageIndex.KEY, StorageIndex::new);
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            String who = data.who();
            PersistentVolumeClaim claim = data.template();
            String claimPath = data.templatePath();
            if (data.at().workload().owner() instanceof StatefulSet set && claim != null) {
                StatefulSetPersistentVolumeClaimRetentionPolicy policy =
                        set.getSpec().getPersistentVolumeClaimRetentionPolicy();
                if (policy != null && "Delete".equals(policy.getWhenDeleted())) {
                    context.report(set, "spec.persistentVolumeClaimRetentionPolicy.whenDeleted", who + " loses its "
                            + "claims when the StatefulSet is deleted (whenDeleted: Delete)");
                }
                if (policy != null && "Delete".equals(policy.getWhenScaled())) {
                    context.report(set, "spec.persistentVolumeClaimRetentionPolicy.whenScaled", who + " loses the "
                            + "claims of removed replicas when the StatefulSet is scaled down (whenScaled: Delete)");
                }
            } else if (data.medium() == DataPlacement.Medium.CLAIM) {
                claim = context.manifest().find(PersistentVolumeClaim.class, data.at().workload().namespace(),
                        data.volume().getPersistentVolumeClaim().getClaimName()).orElse(null);
                claimPath = data.volumePath() + ".persistentVolumeClaim.claimName";
            }
            if (claim == null) {
                continue;
            }
            StorageClass storageClass = index.storageClass(claim).orElse(null);
            if (storageClass != null && !"Retain".equals(storageClass.getReclaimPolicy())) {
                context.report(data.at().workload().owner(), claimPath, who + " keeps its data on "
                        + data.backing() + " of StorageClass " + storageClass.getMetadata().getName() + ", whose "
                        + "reclaimPolicy is " + (storageClass.getReclaimPolicy() == null ? "unset (Delete)"
                                : storageClass.getReclaimPolicy()) + ": deleting the claim deletes the volume");
                continue;
            }
            for (PersistentVolume volume : index.volumes(data.at().workload().namespace(), claim)) {
                if ("Delete".equals(volume.getSpec().getPersistentVolumeReclaimPolicy())) {
                    context.report(data.at().workload().owner(), claimPath, who + " keeps its data on "
                            + data.backing() + ", which can bind to PersistentVolume "
                            + volume.getMetadata().getName() + " whose persistentVolumeReclaimPolicy is Delete");
                    break;
                }
            }
        }
    }
}
