package dev.berth.dsl.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * A StatefulSet's {@code volumeClaimTemplate}: each replica gets its own claim, kept when the replica goes away.
 * Immutable; made by {@link Claims#template(String, Quantity)}.
 *
 * <pre>{@code
 * db.claimTemplate(Claims.template("wal", Quantities.gi(10)).mountedAt("/var/lib/postgresql/wal").storageClass("fast"));
 * }</pre>
 *
 * @param name the template's name, also the volume's name
 * @param size the requested size
 * @param mountPath where the main container mounts it, or empty for the datastore's data path
 * @param accessMode the access mode, or empty for the preset's
 * @param storageClass the storage class, or empty for the preset's
 */
public record ClaimTemplate(String name, Quantity size, Optional<String> mountPath, Optional<String> accessMode,
        Optional<String> storageClass) {

    /**
     * Checks the template has a name and a size.
     *
     * @param name the name
     * @param size the size
     * @param mountPath the mount path
     * @param accessMode the access mode
     * @param storageClass the storage class
     * @throws IllegalArgumentException naming the template when it has no size, or one of zero or less
     */
    public ClaimTemplate {
        Objects.requireNonNull(name, "claim template name");
        if (size == null || size.getAmount() == null || size.getAmount().isBlank()) {
            throw new IllegalArgumentException("claim template \"" + name + "\" needs a size, was " + size);
        }
        Quantities.requirePositive("claim template \"" + name + "\"", size);
        Objects.requireNonNull(mountPath, "mountPath");
        Objects.requireNonNull(accessMode, "accessMode");
        Objects.requireNonNull(storageClass, "storageClass");
    }

    /**
     * A copy mounted at a path.
     *
     * @param path an absolute path
     * @return the copy
     */
    public ClaimTemplate mountedAt(String path) {
        return new ClaimTemplate(name, size, Optional.of(path), accessMode, storageClass);
    }

    /**
     * A copy with an access mode.
     *
     * @param mode such as {@code ReadWriteOncePod}
     * @return the copy
     */
    public ClaimTemplate accessMode(String mode) {
        return new ClaimTemplate(name, size, mountPath, Optional.of(mode), storageClass);
    }

    /**
     * A copy with a storage class.
     *
     * @param className the class's name
     * @return the copy
     */
    public ClaimTemplate storageClass(String className) {
        return new ClaimTemplate(name, size, mountPath, accessMode, Optional.of(className));
    }
}
