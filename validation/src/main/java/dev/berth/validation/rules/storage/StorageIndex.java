package dev.berth.validation.rules.storage;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.StorageClasses;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims, PersistentVolumes and StorageClasses of one manifest, indexed once per rule run: the class a claim asks for
 * and the volumes it can bind to. A claim binds to the volume its {@code spec.volumeName} names, else to a volume whose
 * {@code claimRef} names it, else (static provisioning) to any unclaimed volume of the same class.
 */
final class StorageIndex {

    /** The key of the run's one index ({@code RuleContext.once}). */
    static final String KEY = "storage-index";


    private final Manifest manifest;
    private final Map<String, PersistentVolume> volumesByName = new HashMap<>();
    private final Map<ObjectRef, PersistentVolume> volumesByClaim = new HashMap<>();
    private final Map<String, List<PersistentVolume>> unclaimedByClass = new HashMap<>();
    private final Set<String> classes = new HashSet<>();
    private final boolean definesClasses;

    StorageIndex(Manifest manifest) {
        this.manifest = manifest;
        for (PersistentVolume volume : manifest.all(PersistentVolume.class)) {
            String name = volume.getMetadata() == null ? null : volume.getMetadata().getName();
            volumesByName.putIfAbsent(name, volume);
            var spec = volume.getSpec();
            if (spec == null) {
                continue;
            }
            if (spec.getStorageClassName() != null && !spec.getStorageClassName().isEmpty()) {
                classes.add(spec.getStorageClassName());
            }
            if (spec.getClaimRef() != null && spec.getClaimRef().getName() != null) {
                String ns = spec.getClaimRef().getNamespace();
                volumesByClaim.putIfAbsent(ObjectRef.of("PersistentVolumeClaim",
                        ns == null || ns.isEmpty() ? ObjectRef.DEFAULT_NAMESPACE : ns, spec.getClaimRef().getName()),
                        volume);
            } else if (spec.getStorageClassName() != null && !spec.getStorageClassName().isEmpty()) {
                unclaimedByClass.computeIfAbsent(spec.getStorageClassName(), k -> new ArrayList<>()).add(volume);
            }
        }
        List<StorageClass> defined = manifest.all(StorageClass.class);
        definesClasses = !defined.isEmpty();
        for (StorageClass storageClass : defined) {
            classes.add(storageClass.getMetadata().getName());
        }
    }

    /**
     * @param claim a claim or claim template
     * @return the StorageClass of the set it asks for
     */
    Optional<StorageClass> storageClass(PersistentVolumeClaim claim) {
        String name = StorageClasses.requested(claim);
        return name == null || name.isEmpty() ? Optional.empty() : manifest.find(StorageClass.class, "", name);
    }

    /** @return true when the set defines at least one StorageClass */
    boolean definesClasses() {
        return definesClasses;
    }

    /** @return the names of the classes the set defines or its volumes carry, sorted */
    List<String> classNames() {
        return classes.stream().sorted().toList();
    }

    /**
     * @param name a class name
     * @return true when a StorageClass or a PersistentVolume of the set carries it
     */
    boolean knowsClass(String name) {
        return classes.contains(name);
    }

    /**
     * @param namespace the claim's namespace
     * @param claim a claim (for a claim template, the volumes of its class)
     * @return the PersistentVolumes of the set it can bind to
     */
    List<PersistentVolume> volumes(String namespace, PersistentVolumeClaim claim) {
        String volumeName = claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
        if (volumeName != null && !volumeName.isEmpty()) {
            return volumesByName.containsKey(volumeName) ? List.of(volumesByName.get(volumeName)) : List.of();
        }
        String name = claim.getMetadata() == null ? null : claim.getMetadata().getName();
        PersistentVolume reserved = name == null ? null
                : volumesByClaim.get(ObjectRef.of("PersistentVolumeClaim", namespace, name));
        if (reserved != null) {
            return List.of(reserved);
        }
        String className = StorageClasses.requested(claim);
        return className == null ? List.of() : unclaimedByClass.getOrDefault(className, List.of());
    }
}
