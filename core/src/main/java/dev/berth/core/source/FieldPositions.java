package dev.berth.core.source;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each field of a YAML or JSON document starts, by field path ({@code spec.template.spec.containers[0].image}).
 *
 * <p>Positions are worked out the first time someone asks, by reading the document's text again, and then kept: a
 * reader that loads 100,000 objects pays nothing for the positions of fields nobody reports on.
 */
public final class FieldPositions {

    private static final FieldPositions NONE = new FieldPositions(Map::of);

    private final Supplier<Map<String, SourcePosition>> loader;
    private volatile Map<String, SourcePosition> positions;

    private FieldPositions(Supplier<Map<String, SourcePosition>> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * @param loader computes the positions of one document, called at most once in the common case
     * @return positions computed on first use
     */
    public static FieldPositions lazy(Supplier<Map<String, SourcePosition>> loader) {
        return new FieldPositions(loader);
    }

    /** @return positions for objects that came from no text */
    public static FieldPositions none() {
        return NONE;
    }

    /**
     * @param fieldPath a path such as {@code spec.replicas}; the empty path is the document itself
     * @return where that field's key (or that list item) starts, when the document has it
     */
    public Optional<SourcePosition> exact(String fieldPath) {
        return Optional.ofNullable(all().get(fieldPath));
    }

    /**
     * Finds the field, or else its nearest ancestor that the document has: a finding about a missing
     * {@code spec.template.spec.containers[0].resources} points at the container.
     *
     * @param fieldPath a path such as {@code spec.template.spec.containers[0].resources.limits}
     * @return the best position known, if any
     */
    public Optional<SourcePosition> nearest(String fieldPath) {
        Map<String, SourcePosition> all = all();
        String path = fieldPath;
        while (true) {
            SourcePosition found = all.get(path);
            if (found != null) {
                return Optional.of(found);
            }
            if (path.isEmpty()) {
                return Optional.empty();
            }
            path = FieldPaths.parent(path);
        }
    }

    private Map<String, SourcePosition> all() {
        Map<String, SourcePosition> known = positions;
        if (known == null) {
            synchronized (this) {
                known = positions;
                if (known == null) {
                    known = Map.copyOf(loader.get());
                    positions = known;
                }
            }
        }
        return known;
    }
}
