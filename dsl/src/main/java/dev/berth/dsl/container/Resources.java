package dev.berth.dsl.container;

import dev.berth.dsl.storage.Quantities;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.Optional;

/**
 * Typed compute resources of a container: CPU, memory and ephemeral storage, requests and limits. Immutable; each
 * {@code with...} method returns a copy.
 *
 * <p>A memory limit is set by default and a CPU limit is not: memory is not compressible (a container over its limit
 * is killed), CPU is (a container over its request is throttled). See
 * <a href="https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/">Resource management for
 * pods and containers</a>.
 *
 * <pre>{@code
 * Resources r = Resources.requests("250m", "512Mi").withMemoryLimit("1Gi").withEphemeralStorage("1Gi", "2Gi");
 * }</pre>
 *
 * @param cpuRequest the CPU request, such as {@code 250m}, or empty
 * @param memoryRequest the memory request, such as {@code 512Mi}, or empty
 * @param cpuLimit the CPU limit, or empty (the default: no CPU throttling beyond the node's capacity)
 * @param memoryLimit the memory limit, or empty
 * @param ephemeralStorageRequest the ephemeral storage request, or empty
 * @param ephemeralStorageLimit the ephemeral storage limit, or empty
 */
public record Resources(Optional<Quantity> cpuRequest, Optional<Quantity> memoryRequest, Optional<Quantity> cpuLimit,
        Optional<Quantity> memoryLimit, Optional<Quantity> ephemeralStorageRequest,
        Optional<Quantity> ephemeralStorageLimit) {

    /**
     * Checks no value is null.
     *
     * @param cpuRequest the CPU request
     * @param memoryRequest the memory request
     * @param cpuLimit the CPU limit
     * @param memoryLimit the memory limit
     * @param ephemeralStorageRequest the ephemeral storage request
     * @param ephemeralStorageLimit the ephemeral storage limit
     */
    public Resources {
        for (Optional<Quantity> q : java.util.Arrays.asList(cpuRequest, memoryRequest, cpuLimit, memoryLimit,
                ephemeralStorageRequest, ephemeralStorageLimit)) {
            if (q == null) {
                throw new IllegalArgumentException("resource quantities must not be null; use Optional.empty()");
            }
        }
    }

    /**
     * Requests CPU and memory, and limits memory to the request (the Guaranteed-memory shape).
     *
     * <pre>{@code
     * Resources.requests("100m", "128Mi"); // requests cpu 100m, memory 128Mi; limits memory 128Mi
     * }</pre>
     *
     * @param cpu the CPU request, such as {@code 100m} or {@code 2}
     * @param memory the memory request and limit, such as {@code 128Mi}
     * @return the resources
     * @throws IllegalArgumentException when a value is not a valid quantity
     */
    public static Resources requests(String cpu, String memory) {
        Quantity mem = Quantities.of(memory);
        return new Resources(Optional.of(Quantities.of(cpu)), Optional.of(mem), Optional.empty(),
                Optional.of(mem), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with another memory limit.
     *
     * <pre>{@code
     * Resources.requests("100m", "128Mi").withMemoryLimit("256Mi");
     * }</pre>
     *
     * @param memory the limit, such as {@code 1Gi}
     * @return the copy
     */
    public Resources withMemoryLimit(String memory) {
        return new Resources(cpuRequest, memoryRequest, cpuLimit, Optional.of(Quantities.of(memory)),
                ephemeralStorageRequest, ephemeralStorageLimit);
    }

    /**
     * A copy with a CPU limit; none is set by default, because CPU limits throttle a container even when the node
     * is idle.
     *
     * <pre>{@code
     * Resources.requests("100m", "128Mi").withCpuLimit("1");
     * }</pre>
     *
     * @param cpu the limit, such as {@code 500m}
     * @return the copy
     */
    public Resources withCpuLimit(String cpu) {
        return new Resources(cpuRequest, memoryRequest, Optional.of(Quantities.of(cpu)), memoryLimit,
                ephemeralStorageRequest, ephemeralStorageLimit);
    }

    /**
     * A copy with an ephemeral storage request and limit (container logs, writable layer, emptyDir volumes).
     *
     * <pre>{@code
     * Resources.requests("100m", "128Mi").withEphemeralStorage("1Gi", "2Gi");
     * }</pre>
     *
     * @param request the request, such as {@code 1Gi}
     * @param limit the limit, such as {@code 2Gi}
     * @return the copy
     */
    public Resources withEphemeralStorage(String request, String limit) {
        return new Resources(cpuRequest, memoryRequest, cpuLimit, memoryLimit,
                Optional.of(Quantities.of(request)),
                Optional.of(Quantities.of(limit)));
    }

    /**
     * These resources as fabric8's {@code ResourceRequirements}.
     *
     * <pre>{@code
     * ResourceRequirements rr = Resources.requests("100m", "128Mi").toRequirements();
     * }</pre>
     *
     * @return a new fabric8 value
     */
    public ResourceRequirements toRequirements() {
        ResourceRequirementsBuilder b = new ResourceRequirementsBuilder();
        cpuRequest.ifPresent(q -> b.addToRequests("cpu", q));
        memoryRequest.ifPresent(q -> b.addToRequests("memory", q));
        ephemeralStorageRequest.ifPresent(q -> b.addToRequests("ephemeral-storage", q));
        cpuLimit.ifPresent(q -> b.addToLimits("cpu", q));
        memoryLimit.ifPresent(q -> b.addToLimits("memory", q));
        ephemeralStorageLimit.ifPresent(q -> b.addToLimits("ephemeral-storage", q));
        return b.build();
    }
}
