package dev.berth.validation.rules.storage;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ReadWriteOnce claim is mounted by pods that can run on several nodes at once: a Deployment, ReplicaSet or
 * ReplicationController with more than one replica or an autoscaler, a DaemonSet, or a Deployment that rolls out
 * (the default {@code RollingUpdate} starts the new pod before the old one stops). A ReadWriteOnce volume attaches to
 * one node, so the other pods hang in ContainerCreating with a Multi-Attach error. Only claims the set holds are
 * judged.
 */
public final class RwoClaimShared extends Rule {

    /** Creates the rule. */
    public RwoClaimShared() {
        super(RuleInfo.id("rwo-claim-shared")
                .summary("A ReadWriteOnce claim is mounted by pods that can run on several nodes")
                .severity(Severity.MEDIUM).category(Category.STORAGE)
                .kinds("Deployment", "ReplicaSet", "ReplicationController", "DaemonSet")
                .remediation("Give each replica its own claim (a StatefulSet with volumeClaimTemplates), use a "
                        + "ReadWriteMany class, or run one replica with strategy Recreate.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<HasMetadata, HasMetadata> autoscalers = context.once("rwo-claim-shared:autoscalers", manifest -> {
            Map<HasMetadata, HasMetadata> byTarget = new IdentityHashMap<>();
            for (HasMetadata autoscaler : manifest.ofKind("HorizontalPodAutoscaler")) {
                manifest.references().scaleTarget(autoscaler).ifPresent(w -> byTarget.put(w.owner(), autoscaler));
            }
            return byTarget;
        });
        for (RuleContext.VolumeAt at : context.volumes()) {
            if (at.volume().getPersistentVolumeClaim() == null) {
                continue;
            }
            Workload workload = at.workload();
            PersistentVolumeClaim claim = context.manifest().find(PersistentVolumeClaim.class, workload.namespace(),
                    at.volume().getPersistentVolumeClaim().getClaimName()).orElse(null);
            List<String> modes = claim == null || claim.getSpec() == null ? null : claim.getSpec().getAccessModes();
            if (modes == null || modes.contains("ReadWriteMany") || modes.contains("ReadOnlyMany")
                    || Boolean.TRUE.equals(at.volume().getPersistentVolumeClaim().getReadOnly())) {
                continue;
            }
            String why = why(workload, autoscalers.get(workload.owner()));
            if (why != null) {
                context.report(workload.owner(), at.path() + ".persistentVolumeClaim.claimName", "claim "
                        + claim.getMetadata().getName() + " is " + String.join(", ", modes) + ", which attaches to "
                        + "one node, but " + why);
            }
        }
    }

    private static String why(Workload workload, HasMetadata autoscaler) {
        if (workload.owner() instanceof DaemonSet) {
            return "a DaemonSet runs a pod on every node";
        }
        if (autoscaler != null) {
            return "HorizontalPodAutoscaler " + autoscaler.getMetadata().getName() + " scales it";
        }
        int replicas = workload.replicas().orElse(1);
        if (replicas > 1) {
            return "it runs " + replicas + " replicas";
        }
        if (workload.owner() instanceof Deployment d && (d.getSpec().getStrategy() == null
                || !"Recreate".equals(d.getSpec().getStrategy().getType()))) {
            return "a rolling update starts the new pod before the old one stops (strategy "
                    + (d.getSpec().getStrategy() == null || d.getSpec().getStrategy().getType() == null
                            ? "RollingUpdate by default" : d.getSpec().getStrategy().getType()) + ")";
        }
        return null;
    }
}
