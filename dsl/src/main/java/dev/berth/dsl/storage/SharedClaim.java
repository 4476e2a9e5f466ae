package dev.berth.dsl.storage;

import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * A PersistentVolumeClaim that pods share, such as the upload folder of interchangeable replicas. Immutable; made by
 * {@link Claims#shared(String, Quantity)}; mount it with {@code Volumes.fromClaim(claim)} and it is added with the
 * component.
 *
 * <pre>{@code
 * SharedClaim uploads = Claims.shared("uploads", Quantities.gi(100)).readWriteMany().storageClass("nfs");
 * }</pre>
 *
 * @param name the claim's name
 * @param size the requested size
 * @param accessMode the access mode
 * @param storageClass the storage class, or empty for the preset's
 */
public record SharedClaim(String name, Quantity size, String accessMode, Optional<String> storageClass)
        implements Component {

    /**
     * Checks the claim has a size.
     *
     * @param name the name
     * @param size the size
     * @param accessMode the access mode
     * @param storageClass the storage class
     * @throws IllegalArgumentException naming the claim when it has no size, or one of zero or less
     */
    public SharedClaim {
        Objects.requireNonNull(name, "claim name");
        if (size == null) {
            throw new IllegalArgumentException("claim \"" + name + "\" needs a size, was null");
        }
        Quantities.requirePositive("claim \"" + name + "\"", size);
        Objects.requireNonNull(accessMode, "accessMode");
        Objects.requireNonNull(storageClass, "storageClass");
    }

    /**
     * A copy that many nodes can mount read-write ({@code ReadWriteMany}), for replicas spread across nodes.
     *
     * @return the copy
     */
    public SharedClaim readWriteMany() {
        return new SharedClaim(name, size, "ReadWriteMany", storageClass);
    }

    /**
     * A copy with a storage class.
     *
     * @param className the class's name
     * @return the copy
     */
    public SharedClaim storageClass(String className) {
        return new SharedClaim(name, size, accessMode, Optional.of(className));
    }

    /**
     * Adds the claim.
     *
     * @param assembly the application's assembly
     */
    @Override
    public void contribute(Assembly assembly) {
        Optional<String> cls = storageClass.or(() -> assembly.preset().storageClass());
        assembly.add(new PersistentVolumeClaimBuilder().withMetadata(assembly.metadata(name, name).build())
                .withNewSpec().withAccessModes(accessMode).withStorageClassName(cls.orElse(null))
                .withNewResources().addToRequests("storage", size).endResources().endSpec().build());
    }
}
