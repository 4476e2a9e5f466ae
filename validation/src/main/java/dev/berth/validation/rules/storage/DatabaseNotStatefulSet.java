package dev.berth.validation.rules.storage;

import dev.berth.core.state.Datastores;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A datastore (an image core's {@link Datastores} catalogue recognises: PostgreSQL, MySQL, MongoDB, Redis, Kafka...)
 * runs in a Deployment, ReplicaSet, ReplicationController, DaemonSet or bare Pod. Those give pods no stable name, no
 * claim of their own and no ordered start, so replicas fight over one volume or lose their data. A datastore hosted
 * outside the cluster (an ExternalName Service) runs no pods here and is no finding. A cache-capable datastore (Redis,
 * Valkey, Memcached) is reported only when it keeps data: a volume for its data or {@code --appendonly yes}; a
 * Deployment is the right home for a cache that may start empty. Init containers and Jobs run datastore images as
 * clients and are not judged.
 */
public final class DatabaseNotStatefulSet extends Rule {

    /** Creates the rule. */
    public DatabaseNotStatefulSet() {
        super(RuleInfo.id("database-not-statefulset")
                .summary("A datastore runs in a workload that gives it no stable identity or storage")
                .severity(Severity.HIGH).category(Category.STORAGE)
                .kinds("Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("Run the datastore as a StatefulSet with volumeClaimTemplates and a headless "
                        + "governing Service, or host it outside the cluster behind an ExternalName Service.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            RuleContext.ContainerAt at = data.at();
            context.report(at.workload().owner(), at.path() + ".image", at.workload().kind() + " runs "
                    + data.datastore().displayName() + " (image " + at.container().getImage() + ") in container "
                    + at.name() + "; a " + at.workload().kind() + " gives its pods no stable identity and no "
                    + "storage of their own");
        }
    }
}
