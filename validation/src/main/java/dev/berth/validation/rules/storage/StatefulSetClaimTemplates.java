package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A datastore StatefulSet keeps its data on persistent storage that is not a claim template: a persistentVolumeClaim
 * pod volume (one claim every replica shares), an inline cloud disk or an NFS share. Only a volumeClaimTemplate gives
 * each replica a claim of its own that follows it when it moves. Data on an emptyDir, a generic ephemeral volume or no
 * volume is {@code authoritative-data-ephemeral}'s, on a hostPath {@code storage-survives-node-failure}'s, on an inline
 * cloud disk {@code datastore-inline-cloud-disk}'s: one finding per problem.
 */
public final class StatefulSetClaimTemplates extends Rule {

    /** Creates the rule. */
    public StatefulSetClaimTemplates() {
        super(RuleInfo.id("statefulset-claim-templates")
                .summary("A datastore StatefulSet keeps its data outside a volumeClaimTemplate")
                .severity(Severity.MEDIUM).category(Category.STORAGE).kinds("StatefulSet")
                .remediation("Declare a volumeClaimTemplate named like the data volume mount and remove the pod "
                        + "volume, so that each replica gets a claim of its own.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            if (data.medium() == DataPlacement.Medium.CLAIM) {
                context.report(data.at().workload().owner(), data.volumePath(), data.who() + " keeps its data in "
                        + data.dataPath() + " on " + data.backing() + ", which every replica shares, instead of a "
                        + "volumeClaimTemplate");
            } else if (data.medium() == DataPlacement.Medium.OTHER
                    && DatastoreInlineCloudDisk.inlineDisk(data.volume()).isEmpty()) {
                context.report(data.at().workload().owner(), data.volumePath(), data.who() + " keeps its data in "
                        + data.dataPath() + " on inline " + data.backing() + ", which every replica shares, instead "
                        + "of a volumeClaimTemplate");
            }
        }
    }
}
