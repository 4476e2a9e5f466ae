package dev.berth.validation.rules.storage;

import dev.berth.core.state.StateProfile;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful workload has no persistent storage, so whatever it remembers is gone after a restart: a cache-capable
 * datastore (Redis, Valkey) that keeps everything in memory, or a StatefulSet that writes only to emptyDir or ephemeral volumes. This is
 * information: for a cache it is the intent. Authoritative datastores on ephemeral storage are
 * {@code authoritative-data-ephemeral}'s; identity-only StatefulSets (no datastore image, no volumes, such as sharded
 * controllers) are no finding, unless their author marked them stateful with {@code berth.dev/state-profile} (as the
 * DSL's {@code withoutStorage(reason)} does, the reason in {@code berth.dev/without-storage}).
 */
public final class StatefulWithoutStorage extends Rule {

    /** Creates the rule. */
    public StatefulWithoutStorage() {
        super(RuleInfo.id("stateful-without-storage")
                .summary("A stateful workload has no persistent storage and starts empty after a restart")
                .severity(Severity.INFO).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .remediation("If the state matters, mount a PersistentVolumeClaim (a volumeClaimTemplate in a "
                        + "StatefulSet); if it is a cache that may start empty, suppress this rule with the reason.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<HasMetadata, DataPlacement> datastores = new IdentityHashMap<>();
        for (DataPlacement data : DataPlacement.of(context)) {
            datastores.merge(data.at().workload().owner(), data, (a, b) -> a.authoritative() ? a : b);
        }
        for (Workload workload : context.workloads()) {
            DataPlacement data = datastores.get(workload.owner());
            if (data != null && data.authoritative() || persistent(workload)) {
                continue;
            }
            List<Volume> scratch = workload.podSpec().map(PodSpec::getVolumes).orElse(List.of()).stream()
                    .filter(v -> v.getEmptyDir() != null || v.getEphemeral() != null).toList();
            Optional<StateProfile> said = StateProfile.fromAnnotation(annotation(workload.owner(),
                    StateProfile.ANNOTATION));
            if (data != null) {
                context.report(workload.owner(), data.mountPath(), data.who() + " keeps its data in memory and on "
                        + "no persistent volume; it starts empty after every restart");
            } else if (said.isPresent() && said.get().state() == StateProfile.State.STATEFUL) {
                String reason = annotation(workload.owner(), StateProfile.WITHOUT_STORAGE_ANNOTATION);
                context.report(workload.owner(), "metadata.annotations['" + StateProfile.ANNOTATION + "']",
                        workload.owner().getKind() + " is stateful (" + StateProfile.ANNOTATION + " "
                        + said.get().annotationValue() + ") and has no persistent volume; what it remembers is lost on "
                        + "every restart" + (reason == null || reason.isBlank() ? ""
                                : " (" + StateProfile.WITHOUT_STORAGE_ANNOTATION + ": " + reason + ")"));
            } else if (workload.owner() instanceof StatefulSet && !scratch.isEmpty()) {
                context.report(workload.owner(), workload.podSpecPath() + ".volumes", "StatefulSet writes to "
                        + scratch.stream().map(Volume::getName).toList() + " but has no persistent volume and no "
                        + "volumeClaimTemplates; its pods lose what they write on restart");
            }
        }
    }

    private static String annotation(HasMetadata object, String key) {
        Map<String, String> annotations = object.getMetadata() == null ? null : object.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(key);
    }

    private static boolean persistent(Workload workload) {
        if (workload.owner() instanceof StatefulSet set && set.getSpec().getVolumeClaimTemplates() != null
                && !set.getSpec().getVolumeClaimTemplates().isEmpty()) {
            return true;
        }
        List<Volume> volumes = workload.podSpec().map(PodSpec::getVolumes).orElse(List.of());
        return volumes.stream().anyMatch(v -> v.getPersistentVolumeClaim() != null || v.getHostPath() != null
                || v.getNfs() != null || v.getGcePersistentDisk() != null || v.getAwsElasticBlockStore() != null
                || v.getAzureDisk() != null || v.getCsi() != null || v.getCinder() != null || v.getRbd() != null
                || v.getIscsi() != null || v.getCephfs() != null || v.getAzureFile() != null);
    }
}
