package dev.berth.validation.rules.storage;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A datastore's data directory sits on storage that dies with the pod: no volume at all (the container's writable
 * layer), an emptyDir, or a generic ephemeral volume. A restart, an eviction or a rollout empties the database. The data
 * directory is found as {@link DataPlacement} describes; a cache-capable datastore (Redis, Valkey) counts only when it
 * shows it keeps data: a volume for its data or {@code --appendonly yes}. A hostPath data directory survives the pod and
 * is reported by {@code storage-survives-node-failure}.
 */
public final class AuthoritativeDataEphemeral extends Rule {

    /** Creates the rule. */
    public AuthoritativeDataEphemeral() {
        super(RuleInfo.id("authoritative-data-ephemeral")
                .summary("A datastore keeps its data on storage that is deleted with the pod")
                .severity(Severity.HIGH).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("Mount a PersistentVolumeClaim at the data directory: a volumeClaimTemplate in a "
                        + "StatefulSet, with a StorageClass whose volumes survive node failure.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            if (data.medium() == DataPlacement.Medium.NONE) {
                context.report(data.at().workload().owner(), data.mountPath(), data.who() + " keeps its data in "
                        + data.dataPath() + ", which no volume covers: the data lives in the container's writable "
                        + "layer and is lost when the container restarts");
            } else if (data.medium().ephemeral()) {
                context.report(data.at().workload().owner(), data.volumePath(), data.who() + " keeps its data in "
                        + data.dataPath() + " on " + data.backing() + ", which is deleted with the pod");
            }
        }
    }
}
