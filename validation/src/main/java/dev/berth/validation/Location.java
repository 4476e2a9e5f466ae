package dev.berth.validation;

import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding points in the files the objects were read from: file, line and column. Worked out when first asked,
 * so that a validation run pays for positions only when a report prints them.
 */
public final class Location {

    private static final Location NONE = new Location(null, null, "", null);

    private final String origin;
    private final ObjectSource source;
    private final String fieldPath;
    private volatile SourcePosition position;

    private Location(String origin, ObjectSource source, String fieldPath, SourcePosition position) {
        this.origin = origin;
        this.source = source;
        this.fieldPath = fieldPath;
        this.position = position;
    }

    /**
     * @param source where the object came from, or null for objects built in code
     * @param fieldPath the field the finding is about
     * @return the location
     */
    public static Location of(ObjectSource source, String fieldPath) {
        return source == null ? NONE : new Location(source.origin(), source, fieldPath, null);
    }

    /**
     * Works the position out now and lets go of the object's source (and, through it, of the text it re-reads), so
     * that a finding can outlive the objects it was found on: a run that judges its input in parts keeps only the
     * findings of each part.
     *
     * <pre>{@code
     * Location kept = finding.location().resolved();   // same file, line and column; holds no ObjectSource
     * }</pre>
     *
     * @return a location with the same file, line and column that holds no source
     */
    public Location resolved() {
        if (source == null) {
            return this;
        }
        return new Location(origin, null, fieldPath, position());
    }

    /** @return the location of objects built in code */
    public static Location none() {
        return NONE;
    }

    /** @return the file, when the object came from one */
    public Optional<String> file() {
        return Optional.ofNullable(origin);
    }

    /** @return the 1-based line of the field or its nearest ancestor, 0 when the object came from no file */
    public int line() {
        SourcePosition at = position();
        return at == null ? 0 : at.line();
    }

    /** @return the 1-based column, 0 when the object came from no file */
    public int column() {
        SourcePosition at = position();
        return at == null ? 0 : at.column();
    }

    /** @return {@code file:line:column}, or empty for objects built in code */
    public String describe() {
        return origin == null ? "" : origin + ":" + line() + ":" + column();
    }

    private SourcePosition position() {
        SourcePosition known = position;
        if (known == null && source != null) {
            known = source.locate(fieldPath);
            position = known;
        }
        return known;
    }

    /**
     * Two locations are equal when they point at the same field of the same file, at the same line and column. The
     * position is worked out only for two locations of one file and one field path, so that putting findings in a set
     * does not re-read their files.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Location l && Objects.equals(origin, l.origin) && Objects.equals(fieldPath, l.fieldPath)
                && (source != null && source == l.source || line() == l.line() && column() == l.column());
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(origin) + Objects.hashCode(fieldPath);
    }

    @Override
    public String toString() {
        return describe();
    }
}
