package dev.berth.validation.rules.storage;

import dev.berth.core.Manifest;
import dev.berth.core.state.NodeLocalProvisioners;
import dev.berth.core.text.Patterns;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A datastore's data sits on one node's disk, so it is gone, or out of reach, when that node fails: a hostPath pod
 * volume; a claim that binds to a hostPath or local PersistentVolume of the set; a claim or claim template whose
 * StorageClass uses {@code kubernetes.io/no-provisioner} or a node-local provisioner ({@link #NODE_LOCAL}). Claims are
 * followed to volumes and classes through the set; where the class is not in the set, the cluster decides and the rule
 * says nothing. A hostPath PersistentVolume that no datastore of the set uses is reported on its own: without node
 * affinity, a pod scheduled on another node finds an empty directory.
 */
public final class StorageSurvivesNodeFailure extends Rule {

    /** A comma and the spaces around it; only the first of a run of spaces may start a match. */
    static final Pattern LIST_SEPARATOR = Patterns.compile("(?<!\\s)\\s*,\\s*");

    /** Provisioners whose volumes live on one node's disk; a comma-separated list, by default core's list. */
    public static final Parameter<String> NODE_LOCAL = Parameter.of("nodeLocalProvisioners", String.class,
            String.join(",", NodeLocalProvisioners.ALL),
            "Provisioners whose volumes live on one node's disk, comma-separated");

    /** Creates the rule. */
    public StorageSurvivesNodeFailure() {
        super(RuleInfo.id("storage-survives-node-failure")
                .summary("A datastore keeps its data on one node's disk")
                .severity(Severity.HIGH).category(Category.STORAGE)
                .kinds("StatefulSet", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Pod")
                .parameters(NODE_LOCAL)
                .objectByObject()
                .remediation("Keep the data on a claim whose StorageClass provisions network-attached or replicated "
                        + "volumes (a cloud disk, Ceph, Longhorn), or replicate the datastore across nodes.")
                .build());
    }

    @Override
    public void check(RuleContext context) {
        StorageIndex index = context.once(StorageIndex.KEY, StorageIndex::new);
        String provisioners = context.parameter(NODE_LOCAL);
        Set<String> nodeLocal = Set.of(LIST_SEPARATOR.split(provisioners));
        for (DataPlacement data : DataPlacement.authoritative(context)) {
            judge(data, index, nodeLocal, context.manifest(), (path, message) -> context.report(
                    data.at().workload().owner(), path, message));
        }
        List<PersistentVolume> unpinned = new ArrayList<>();
        for (PersistentVolume volume : context.all(PersistentVolume.class)) {
            if (volume.getSpec() != null && volume.getSpec().getHostPath() != null
                    && volume.getSpec().getNodeAffinity() == null) {
                unpinned.add(volume);
            }
        }
        if (unpinned.isEmpty()) {
            return;
        }
        // A volume some datastore of the set is already reported for is not reported again on its own.
        Set<PersistentVolume> reported = context.once(id() + ":reported-volumes:" + provisioners, manifest -> {
            Set<PersistentVolume> volumes = Collections.newSetFromMap(new IdentityHashMap<>());
            for (DataPlacement data : DataPlacement.authoritative(manifest, info())) {
                PersistentVolume volume = judge(data, index, nodeLocal, manifest, (path, message) -> { });
                if (volume != null) {
                    volumes.add(volume);
                }
            }
            return volumes;
        });
        for (PersistentVolume volume : unpinned) {
            if (!reported.contains(volume)) {
                List<String> modes = volume.getSpec().getAccessModes();
                context.report(volume, "spec.hostPath", "hostPath " + volume.getSpec().getHostPath().getPath()
                        + " is a directory on whichever node the pod runs on, and no nodeAffinity pins it: a pod on "
                        + "another node sees an empty directory"
                        + (modes != null && modes.contains("ReadWriteMany")
                                ? ", and ReadWriteMany does not share it across nodes" : ""));
            }
        }
    }

    /**
     * Reports a datastore's data on one node's disk.
     *
     * @return the node-local PersistentVolume its claim can bind to, when that is what was reported
     */
    private static PersistentVolume judge(DataPlacement data, StorageIndex index, Set<String> nodeLocal,
            Manifest manifest, BiConsumer<String, String> report) {
        String at = data.who() + " keeps its data in " + data.dataPath() + " on ";
        PersistentVolumeClaim claim = data.template();
        String claimPath = data.templatePath();
        if (data.medium() == DataPlacement.Medium.HOST_PATH) {
            report.accept(data.volumePath() + ".hostPath", at + data.backing());
        } else if (data.medium() == DataPlacement.Medium.CLAIM) {
            claim = manifest.find(PersistentVolumeClaim.class, data.at().workload().namespace(),
                    data.volume().getPersistentVolumeClaim().getClaimName()).orElse(null);
            claimPath = data.volumePath() + ".persistentVolumeClaim.claimName";
        }
        if (claim == null) {
            return null;
        }
        StorageClass storageClass = index.storageClass(claim).orElse(null);
        if (storageClass != null && nodeLocal.contains(storageClass.getProvisioner())) {
            report.accept(claimPath, at + data.backing() + " of StorageClass " + storageClass.getMetadata().getName()
                    + ", whose provisioner " + storageClass.getProvisioner() + " makes node-local volumes");
            return null;
        }
        for (PersistentVolume volume : index.volumes(data.at().workload().namespace(), claim)) {
            if (local(volume) != null) {
                report.accept(claimPath, at + data.backing() + ", which can bind to PersistentVolume "
                        + volume.getMetadata().getName() + " (" + local(volume) + ")");
                return volume;
            }
        }
        return null;
    }

    private static String local(PersistentVolume volume) {
        if (volume.getSpec() == null) {
            return null;
        }
        if (volume.getSpec().getHostPath() != null) {
            return "hostPath " + volume.getSpec().getHostPath().getPath();
        }
        if (volume.getSpec().getLocal() != null) {
            return "local " + volume.getSpec().getLocal().getPath();
        }
        return null;
    }
}
