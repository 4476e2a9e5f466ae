package dev.berth.validation;

import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which StorageClass a claim or a claim template gets, as Kubernetes decides it: the beta annotation
 * {@code volume.beta.kubernetes.io/storage-class} when present (Kubernetes still reads it first:
 * {@code GetPersistentVolumeClaimClass} in {@code k8s.io/component-helpers/storage/volume}), else
 * {@code spec.storageClassName}, else, for a claim that names none, the default StorageClass (annotation
 * {@code storageclass.kubernetes.io/is-default-class: "true"}) that the admission controller fills in. Rules reach it
 * through {@link RuleContext#effectiveStorageClass} and {@link RuleContext#storageClassOf}.
 *
 * <pre>{@code
 * StorageClasses.requested(claim);                   // "fast", "" (no class) or null (names none)
 * StorageClasses.effective(claim, manifest);         // Optional.of("fast"), or the set's default class
 * }</pre>
 */
public final class StorageClasses {

    /** The deprecated annotation that named a claim's class before {@code spec.storageClassName}; it still wins. */
    public static final String BETA_CLASS = "volume.beta.kubernetes.io/storage-class";
    /** The annotation that makes a StorageClass the cluster's default. */
    public static final String IS_DEFAULT = "storageclass.kubernetes.io/is-default-class";
    /** The beta form of {@link #IS_DEFAULT}, still honoured. */
    public static final String IS_DEFAULT_BETA = "storageclass.beta.kubernetes.io/is-default-class";

    private StorageClasses() {
    }

    /**
     * @param claim a claim or claim template
     * @return the class it names: the beta annotation, else {@code spec.storageClassName}; empty for
     *         {@code storageClassName: ""} (no class: it binds only to volumes without one); null when it names none
     */
    public static String requested(PersistentVolumeClaim claim) {
        Map<String, String> annotations = claim.getMetadata() == null ? null : claim.getMetadata().getAnnotations();
        if (annotations != null && annotations.get(BETA_CLASS) != null) {
            return annotations.get(BETA_CLASS);
        }
        return claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
    }

    /**
     * @param claim a claim or claim template
     * @return the path of the field that names its class, inside the claim: the annotation when it has it, else
     *         {@code spec.storageClassName}
     */
    public static String requestedField(PersistentVolumeClaim claim) {
        Map<String, String> annotations = claim.getMetadata() == null ? null : claim.getMetadata().getAnnotations();
        return annotations != null && annotations.get(BETA_CLASS) != null
                ? "metadata.annotations['" + BETA_CLASS + "']" : "spec.storageClassName";
    }

    /**
     * @param storageClass a StorageClass
     * @return true when it is marked as the default ({@link #IS_DEFAULT} or {@link #IS_DEFAULT_BETA} {@code "true"})
     */
    public static boolean isDefault(StorageClass storageClass) {
        Map<String, String> annotations = storageClass.getMetadata() == null ? null
                : storageClass.getMetadata().getAnnotations();
        return annotations != null && ("true".equals(annotations.get(IS_DEFAULT))
                || "true".equals(annotations.get(IS_DEFAULT_BETA)));
    }

    /**
     * @param manifest a manifest
     * @return the name of its one default StorageClass; empty when it marks none, or several (which one the cluster
     *         picks then depends on creation times the manifest does not hold)
     */
    public static Optional<String> defaultClass(Manifest manifest) {
        List<String> defaults = new ArrayList<>();
        for (StorageClass storageClass : manifest.all(StorageClass.class)) {
            if (isDefault(storageClass) && storageClass.getMetadata().getName() != null) {
                defaults.add(storageClass.getMetadata().getName());
            }
        }
        return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
    }

    /**
     * @param claim a claim or claim template
     * @param manifest the manifest it belongs to
     * @return the class it gets: {@link #requested} when it names one (empty string for no class), else the
     *         manifest's {@link #defaultClass}; empty when neither says (the cluster's default decides)
     */
    public static Optional<String> effective(PersistentVolumeClaim claim, Manifest manifest) {
        String requested = requested(claim);
        return requested != null ? Optional.of(requested) : defaultClass(manifest);
    }
}
