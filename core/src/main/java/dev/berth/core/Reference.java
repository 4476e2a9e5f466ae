package dev.berth.core;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * One object naming another: a StatefulSet's {@code spec.serviceName}, a volume's {@code claimName}, a RoleBinding's
 * {@code roleRef}. The target is resolved against the manifest; an unresolved reference may point outside the set.
 *
 * @param from the object that holds the reference
 * @param fieldPath where, such as {@code spec.template.spec.volumes[0].persistentVolumeClaim.claimName}
 * @param to the object named
 * @param target the object found in the manifest, or null
 */
public record Reference(ObjectRef from, String fieldPath, ObjectRef to, HasMetadata target) {

    /** @return the object found in the manifest */
    public Optional<HasMetadata> resolved() {
        return Optional.ofNullable(target);
    }

    /** @return true when the manifest holds the object named */
    public boolean isResolved() {
        return target != null;
    }

    @Override
    public String toString() {
        return from + " " + fieldPath + " -> " + to + (target == null ? " (not in the set)" : "");
    }
}
