package dev.berth.dsl.storage;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Optional;

/**
 * Claims: per-replica claim templates for StatefulSets, and shared claims for Deployments.
 *
 * <pre>{@code
 * ClaimTemplate data = Claims.template("data", Quantities.gi(20));
 * SharedClaim uploads = Claims.shared("uploads", Quantities.gi(100)).readWriteMany();
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/storage/persistent-volumes/">Persistent Volumes</a>.
 */
public final class Claims {

    private Claims() {
    }

    /**
     * A claim template.
     *
     * <pre>{@code
     * Claims.template("data", Quantities.gi(20));
     * }</pre>
     *
     * @param name the template's name
     * @param size the size of each replica's claim
     * @return the template
     * @throws IllegalArgumentException when the size is missing
     */
    public static ClaimTemplate template(String name, Quantity size) {
        return new ClaimTemplate(name, size, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A shared claim, {@code ReadWriteOnce} until told otherwise.
     *
     * <pre>{@code
     * Claims.shared("uploads", Quantities.gi(100)).readWriteMany();
     * }</pre>
     *
     * @param name the claim's name
     * @param size its size
     * @return the claim
     */
    public static SharedClaim shared(String name, Quantity size) {
        return new SharedClaim(name, size, "ReadWriteOnce", Optional.empty());
    }
}
