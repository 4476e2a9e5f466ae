package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a PersistentVolumeClaim, or on a StatefulSet's claim template: requested size, storage class and
 * access modes. Messages name the claim's owner and the field path, such as
 * {@code spec.volumeClaimTemplates[0].spec.resources.requests.storage}.
 *
 * <pre>{@code
 * assertThat(shop).statefulSet("db").claimTemplate("data")
 *         .hasSize("50Gi").hasAccessMode("ReadWriteOnce");
 * }</pre>
 */
public class ClaimAssert extends AbstractBerthAssert<ClaimAssert, PersistentVolumeClaim> {

    /** The object holding the claim: the claim itself, or the StatefulSet of a claim template. */
    ObjectRef owner;
    /** The claim's field path prefix within its owner: empty, or {@code spec.volumeClaimTemplates[i].}. */
    String path = "";

    /**
     * Use {@link ManifestAssert#claim(String)} or {@link StatefulSetAssert#claimTemplate(String)}; public for
     * AssertJ's soft-assertion proxies.
     *
     * @param actual the claim
     */
    public ClaimAssert(PersistentVolumeClaim actual) {
        super(actual, ClaimAssert.class);
    }

    /**
     * Checks the requested storage, {@code spec.resources.requests.storage}, comparing quantities by value:
     * {@code 1Gi} equals {@code 1024Mi}.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasSize("50Gi");  // passes
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasSize("100Gi"); // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.resources.requests.storage to be 100Gi,
     * // but found 50Gi
     * }</pre>
     *
     * @param quantity the expected size, such as {@code 50Gi}
     * @return this assertion
     */
    public ClaimAssert hasSize(String quantity) {
        if (skipped()) {
            return myself;
        }
        Quantity expected = new Quantity(quantity);
        Quantity found = Optional.ofNullable(spec().getResources())
                .map(r -> r.getRequests() == null ? null : r.getRequests().get("storage")).orElse(null);
        if (found == null || Quantity.getAmountInBytes(found).compareTo(Quantity.getAmountInBytes(expected)) != 0) {
            failWith(WorkloadMessages.expecting(owner(), path + "spec.resources.requests.storage", "be " + quantity,
                    found == null ? "none" : found.toString()));
        }
        return myself;
    }

    /**
     * Checks {@code spec.storageClassName}. An unset class means the cluster's default StorageClass, which this
     * assertion reports rather than guesses.
     *
     * <pre>{@code
     * assertThat(manifest).claim("uploads").hasStorageClass("fast-ssd"); // passes
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasStorageClass("fast-ssd"); // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.storageClassName to be "fast-ssd", but
     * // found none (the cluster's default StorageClass)
     * }</pre>
     *
     * @param storageClass the StorageClass name
     * @return this assertion
     */
    public ClaimAssert hasStorageClass(String storageClass) {
        if (skipped()) {
            return myself;
        }
        String found = spec().getStorageClassName();
        if (!storageClass.equals(found)) {
            failWith(WorkloadMessages.expecting(owner(), path + "spec.storageClassName", "be \"" + storageClass + "\"",
                    found == null ? "none (the cluster's default StorageClass)" : "\"" + found + "\""));
        }
        return myself;
    }

    /**
     * Checks that {@code spec.accessModes} holds the mode.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasAccessMode("ReadWriteOnce"); // passes
     * assertThat(shop).statefulSet("db").claimTemplate("data").hasAccessMode("ReadWriteMany"); // fails:
     * // Expecting StatefulSet shop/db at spec.volumeClaimTemplates[0].spec.accessModes to hold ReadWriteMany, but
     * // found [ReadWriteOnce]
     * }</pre>
     *
     * @param accessMode {@code ReadWriteOnce}, {@code ReadOnlyMany}, {@code ReadWriteMany} or
     *     {@code ReadWriteOncePod}
     * @return this assertion
     */
    public ClaimAssert hasAccessMode(String accessMode) {
        if (skipped()) {
            return myself;
        }
        List<String> modes = Optional.ofNullable(spec().getAccessModes()).orElse(List.of());
        if (!modes.contains(accessMode)) {
            failWith(WorkloadMessages.expecting(owner(), path + "spec.accessModes", "hold " + accessMode,
                    modes.isEmpty() ? "none" : modes.toString()));
        }
        return myself;
    }

    private ObjectRef owner() {
        return owner == null ? ObjectRef.of(actual) : owner;
    }

    private PersistentVolumeClaimSpec spec() {
        return actual.getSpec() == null ? new PersistentVolumeClaimSpec() : actual.getSpec();
    }
}
