package dev.berth.validation.rules.storage;

import dev.berth.core.Manifest;
import dev.berth.core.state.Datastore;
import dev.berth.core.state.Datastores;
import dev.berth.core.text.Patterns;
import dev.berth.core.workload.Workload;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a datastore container keeps its data: the mount that covers the datastore's data path, and what backs it.
 * The traversal the state and storage rules share.
 *
 * <p>The data mount is, in order: the mount that covers {@link Datastore#dataPath()} (the deepest one); else a
 * writable mount whose path the container's command or arguments name ({@code minio server /storage}); else a writable
 * mount whose path or name mentions {@code data} or the datastore's names ({@code /redis-master-data},
 * {@code /bitnami/postgresql}). A StatefulSet mount named like one of its claim templates is backed by that template,
 * whatever pod volume carries the same name, because the StatefulSet controller replaces such a volume.
 *
 * @param at the container and its workload
 * @param datastore the datastore its image runs
 * @param dataPath the directory holding the data: the mount's path, else the catalogue's data path
 * @param mount the data mount, or null when no volume covers the data
 * @param mountPath the mount's field path, or the container's {@code volumeMounts} path when there is none
 * @param medium what backs the data
 * @param volume the pod volume backing it, or null
 * @param volumePath the pod volume's field path, or null
 * @param template the claim template backing it, or null
 * @param templatePath the claim template's field path, or null
 * @param authoritative false for a cache-capable datastore (Redis, Valkey) that shows no sign of keeping data
 */
record DataPlacement(RuleContext.ContainerAt at, Datastore datastore, String dataPath, VolumeMount mount,
        String mountPath, Medium medium, Volume volume, String volumePath, PersistentVolumeClaim template,
        String templatePath, boolean authoritative) {

    /** What backs a datastore's data directory. */
    enum Medium {
        /** No volume: the container's writable layer. */
        NONE,
        /** An emptyDir volume, deleted with the pod. */
        EMPTY_DIR,
        /** A generic ephemeral volume, whose claim is deleted with the pod. */
        EPHEMERAL,
        /** A hostPath volume, on one node's disk. */
        HOST_PATH,
        /** A persistentVolumeClaim pod volume. */
        CLAIM,
        /** A StatefulSet volumeClaimTemplate: one claim per pod. */
        CLAIM_TEMPLATE,
        /** Another persistent volume: an inline cloud disk, NFS, CSI. */
        OTHER,
        /** A mount naming a volume the pod does not declare. */
        UNDECLARED;

        /** @return true when the data is gone once the pod is */
        boolean ephemeral() {
            return this == NONE || this == EMPTY_DIR || this == EPHEMERAL;
        }
    }

    /** @return a name for the backing, such as {@code emptyDir volume data} */
    String backing() {
        return switch (medium) {
            case NONE -> "no volume";
            case EMPTY_DIR -> "emptyDir volume " + volume.getName();
            case EPHEMERAL -> "generic ephemeral volume " + volume.getName();
            case HOST_PATH -> "hostPath volume " + volume.getName() + " (" + volume.getHostPath().getPath() + ")";
            case CLAIM -> "claim " + volume.getPersistentVolumeClaim().getClaimName();
            case CLAIM_TEMPLATE -> "volumeClaimTemplate " + template.getMetadata().getName();
            case OTHER -> "volume " + volume.getName();
            case UNDECLARED -> "undeclared volume " + mount.getName();
        };
    }

    /** @return {@code MySQL (image mysql:8.0) in container mysql} */
    String who() {
        return datastore.displayName() + " (image " + at.container().getImage() + ") in container " + at.name();
    }

    /**
     * The data placements of every main (not init) container of the context's workloads that runs a datastore with
     * data on disk; Jobs and CronJobs are left out by the rules' kinds, since a backup job runs datastore images too.
     *
     * @param context the rule's context
     * @return the placements, authoritative or not, in container order
     */
    static List<DataPlacement> of(RuleContext context) {
        List<DataPlacement> everyKind = context.onceForBlock("data-placements",
                () -> of(context.containersOfEveryKind()));
        List<DataPlacement> judged = new ArrayList<>();
        for (DataPlacement placement : everyKind) {
            if (context.rule().appliesTo(placement.at().workload().kind())) {
                judged.add(placement);
            }
        }
        return judged;
    }

    /**
     * The authoritative placements of the whole manifest, whatever block a rule is judging: for lookup tables.
     *
     * @param manifest the whole manifest
     * @param rule the rule, whose kinds say which workloads count
     * @return the placements of authoritative data of every such workload, in container order
     */
    static List<DataPlacement> authoritative(Manifest manifest, RuleInfo rule) {
        List<Workload> judged = manifest.workloads().stream().filter(w -> rule.appliesTo(w.kind())).toList();
        return of(RuleContext.ContainerAt.allOf(judged)).stream().filter(DataPlacement::authoritative).toList();
    }

    private static List<DataPlacement> of(List<RuleContext.ContainerAt> containers) {
        List<DataPlacement> all = new ArrayList<>();
        for (RuleContext.ContainerAt at : containers) {
            if (at.init()) {
                continue;
            }
            Datastores.recognise(at.container().getImage()).flatMap(d -> place(at, d)).ifPresent(all::add);
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * @param context the rule's context
     * @return the placements of authoritative data only
     */
    static List<DataPlacement> authoritative(RuleContext context) {
        return of(context).stream().filter(DataPlacement::authoritative).toList();
    }

    private static Optional<DataPlacement> place(RuleContext.ContainerAt at, Datastore datastore) {
        Workload workload = at.workload();
        PodSpec spec = workload.podSpec().orElse(new PodSpec());
        List<VolumeMount> mounts = at.container().getVolumeMounts() == null ? List.of()
                : at.container().getVolumeMounts();
        int index = dataMount(at.container(), datastore, spec, mounts);
        if (index < 0 && datastore.dataPath().isEmpty()) {
            return Optional.empty();
        }
        boolean authoritative = !datastore.cacheCapable() || index >= 0 || persistenceFlags(at.container());
        if (index < 0) {
            return Optional.of(new DataPlacement(at, datastore, datastore.dataPath().get(), null,
                    at.path() + ".volumeMounts", Medium.NONE, null, null, null, null, authoritative));
        }
        VolumeMount mount = mounts.get(index);
        String mountPath = at.path() + ".volumeMounts[" + index + "]";
        if (workload.owner() instanceof StatefulSet set && set.getSpec().getVolumeClaimTemplates() != null) {
            List<PersistentVolumeClaim> templates = set.getSpec().getVolumeClaimTemplates();
            for (int i = 0; i < templates.size(); i++) {
                if (templates.get(i).getMetadata() != null
                        && mount.getName().equals(templates.get(i).getMetadata().getName())) {
                    return Optional.of(new DataPlacement(at, datastore, mount.getMountPath(), mount, mountPath,
                            Medium.CLAIM_TEMPLATE, null, null, templates.get(i),
                            "spec.volumeClaimTemplates[" + i + "]", authoritative));
                }
            }
        }
        List<Volume> volumes = spec.getVolumes() == null ? List.of() : spec.getVolumes();
        for (int i = 0; i < volumes.size(); i++) {
            if (mount.getName().equals(volumes.get(i).getName())) {
                return Optional.of(new DataPlacement(at, datastore, mount.getMountPath(), mount, mountPath,
                        medium(volumes.get(i)), volumes.get(i), workload.podSpecPath() + ".volumes[" + i + "]",
                        null, null, authoritative));
            }
        }
        return Optional.of(new DataPlacement(at, datastore, mount.getMountPath(), mount, mountPath,
                Medium.UNDECLARED, null, null, null, null, authoritative));
    }

    private static int dataMount(Container container, Datastore datastore, PodSpec spec, List<VolumeMount> mounts) {
        int best = -1;
        String dataPath = datastore.dataPath().orElse(null);
        for (int i = 0; dataPath != null && i < mounts.size(); i++) {
            String path = trim(mounts.get(i).getMountPath());
            if (!path.isEmpty() && (dataPath.equals(path) || dataPath.startsWith(path + "/"))
                    && (best < 0 || path.length() > trim(mounts.get(best).getMountPath()).length())) {
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        String commandLine = String.join(" ", words(container));
        for (int i = 0; i < mounts.size(); i++) {
            String path = trim(mounts.get(i).getMountPath());
            if (!path.isEmpty() && writable(mounts.get(i), spec) && commandLine.contains(path)) {
                return i;
            }
        }
        for (int i = 0; i < mounts.size(); i++) {
            String said = (mounts.get(i).getMountPath() + " " + mounts.get(i).getName()).toLowerCase(Locale.ROOT);
            boolean named = said.contains("data") || datastore.names().stream().anyMatch(said::contains);
            if (named && writable(mounts.get(i), spec)) {
                return i;
            }
        }
        return -1;
    }

    /** Redis and Valkey keep data on disk when told to: {@code --appendonly yes} or a non-empty {@code --save}. */
    private static boolean persistenceFlags(Container container) {
        List<String> words = words(container);
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i);
            String flag = word.startsWith("--") ? word.substring(2) : word;
            String value = words.get(i + 1).replace("\"", "").replace("'", "");
            if (flag.equals("appendonly") && value.equals("yes") || flag.equals("save") && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(Container container) {
        List<String> words = new ArrayList<>();
        for (List<String> part : Arrays.asList(container.getCommand(), container.getArgs())) {
            for (int i = 0; part != null && i < part.size(); i++) {
                if (part.get(i) != null) {
                    words.addAll(List.of(Patterns.WHITESPACE.split(part.get(i).trim())));
                }
            }
        }
        return words;
    }

    private static boolean writable(VolumeMount mount, PodSpec spec) {
        if (Boolean.TRUE.equals(mount.getReadOnly()) || mount.getMountPath() == null) {
            return false;
        }
        if (spec.getVolumes() == null) {
            return true;
        }
        return spec.getVolumes().stream().filter(v -> mount.getName().equals(v.getName()))
                .noneMatch(v -> v.getConfigMap() != null || v.getSecret() != null || v.getDownwardAPI() != null
                        || v.getProjected() != null || v.getImage() != null);
    }

    private static Medium medium(Volume volume) {
        if (volume.getEmptyDir() != null) {
            return Medium.EMPTY_DIR;
        }
        if (volume.getEphemeral() != null) {
            return Medium.EPHEMERAL;
        }
        if (volume.getHostPath() != null) {
            return Medium.HOST_PATH;
        }
        if (volume.getPersistentVolumeClaim() != null) {
            return Medium.CLAIM;
        }
        return Medium.OTHER;
    }

    private static String trim(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
