package dev.berth.core;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.function.Function;

/**
 * Computes something for every object of a manifest, in parallel when the manifest is large, and hands the results
 * back in object order, so that whatever is built from them is the same as with a sequential loop.
 *
 * <pre>{@code
 * List<List<Reference>> found = PerObject.map(manifest.objects(), object -> collect(object));
 * }</pre>
 *
 * <p>The function must only read shared state: the objects and the manifest's index, built before.
 */
final class PerObject {

    /** Below this many objects the fork and join cost more than they save. */
    private static final int PARALLEL_FROM = 2_000;

    private PerObject() {
    }

    /**
     * @param objects the objects, in order
     * @param function what to compute for one object; it must be safe to call from several threads at once
     * @param <R> the result type
     * @return one result per object, in object order
     */
    static <R> List<R> map(List<HasMetadata> objects, Function<HasMetadata, R> function) {
        return (objects.size() < PARALLEL_FROM ? objects.stream() : objects.parallelStream()).map(function).toList();
    }
}
