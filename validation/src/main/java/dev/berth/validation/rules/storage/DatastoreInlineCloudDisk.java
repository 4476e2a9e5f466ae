package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Optional;

/**
 * A datastore keeps its data on a cloud disk written inline in the pod spec ({@code awsElasticBlockStore},
 * {@code gcePersistentDisk}, {@code azureDisk}, {@code cinder}) instead of a PersistentVolumeClaim. The pod spec names
 * one disk someone created by hand, in one zone: Kubernetes neither provisions, resizes nor snapshots it, nothing
 * records a reclaim policy, and the in-tree drivers for these volumes have been removed from Kubernetes (1.26 to 1.28),
 * so the volume mounts only through CSI migration to the cloud's CSI driver. In a StatefulSet the one disk is also
 * shared by every replica; that is this rule's finding, not {@code statefulset-claim-templates}'.
 */
public final class DatastoreInlineCloudDisk extends Rule {

    /** Creates the rule. */
    public DatastoreInlineCloudDisk() {
        super(RuleInfo.id("datastore-inline-cloud-disk")
                .summary("A datastore keeps its data on an inline cloud disk instead of a claim")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("Keep the data on a PersistentVolumeClaim (a volumeClaimTemplate in a StatefulSet) of a "
                        + "StorageClass whose CSI driver provisions the disk; to keep an existing disk, import it as "
                        + "a PersistentVolume with a csi source and bind the claim to it.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            if (data.medium() != DataPlacement.Medium.OTHER) {
                continue;
            }
            inlineDisk(data.volume()).ifPresent(disk -> context.report(data.at().workload().owner(),
                    data.volumePath(), data.who() + " keeps its data in " + data.dataPath() + " on inline " + disk
                            + " volume " + data.volume().getName() + " instead of a PersistentVolumeClaim; the pod "
                            + "spec names one hand-made disk in one zone, whose in-tree driver Kubernetes has "
                            + "removed"));
        }
    }

    /**
     * @param volume a pod volume
     * @return the inline cloud disk field it sets, such as {@code gcePersistentDisk}, or empty
     */
    static Optional<String> inlineDisk(Volume volume) {
        if (volume.getAwsElasticBlockStore() != null) {
            return Optional.of("awsElasticBlockStore");
        }
        if (volume.getGcePersistentDisk() != null) {
            return Optional.of("gcePersistentDisk");
        }
        if (volume.getAzureDisk() != null) {
            return Optional.of("azureDisk");
        }
        return volume.getCinder() != null ? Optional.of("cinder") : Optional.empty();
    }
}
