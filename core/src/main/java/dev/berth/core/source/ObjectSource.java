package dev.berth.core.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an object of a {@link dev.berth.core.Manifest} came from, kept beside the object rather than inside it.
 *
 * <p>Holds the origin (file path, {@code <stdin>} or {@code <string>}), which YAML document of it and, for an item of a
 * {@code kind: List}, which item; the position where the object starts; the positions of its fields, worked out on
 * demand; and what the reader noticed but kept: fields the kind does not define, and unquoted values that YAML 1.1
 * reads differently from how they were typed.
 *
 * <pre>{@code
 * ObjectSource source = manifest.sourceOf(statefulSet).orElseThrow();
 * source.positionOf("spec.serviceName");   // Optional[12:3]
 * source.describe();                       // "db.yaml:3:1"
 * }</pre>
 */
public final class ObjectSource {

    private final String origin;
    private final int documentIndex;
    private final int itemIndex;
    private final SourcePosition position;
    private final FieldPositions fields;
    private final String pathPrefix;
    private final List<String> unknownFields;
    private final List<AmbiguousScalar> ambiguousScalars;

    private ObjectSource(String origin, int documentIndex, int itemIndex, String pathPrefix, SourcePosition position,
            FieldPositions fields, List<String> unknownFields, List<AmbiguousScalar> ambiguousScalars) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.documentIndex = documentIndex;
        this.itemIndex = itemIndex;
        this.position = Objects.requireNonNull(position, "position");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.pathPrefix = Objects.requireNonNull(pathPrefix, "pathPrefix");
        this.unknownFields = List.copyOf(unknownFields);
        this.ambiguousScalars = List.copyOf(ambiguousScalars);
    }

    /**
     * @param origin the file path or stream name
     * @param documentIndex the 0-based index of the YAML document in its file
     * @param itemIndex the 0-based index inside a {@code kind: List} document or a JSON array (Lists inside it
     *        flattened, as kubectl flattens them), or -1
     * @param pathPrefix the path of the object inside its document: empty, {@code items[2]} or {@code [2]}
     * @param position where the object starts
     * @param fields the positions of the document's fields
     * @param unknownFields paths of fields the kind does not define, in document order
     * @param ambiguousScalars unquoted values YAML 1.1 reads differently, in document order
     * @return the source
     */
    public static ObjectSource of(String origin, int documentIndex, int itemIndex, String pathPrefix,
            SourcePosition position, FieldPositions fields, List<String> unknownFields,
            List<AmbiguousScalar> ambiguousScalars) {
        return new ObjectSource(origin, documentIndex, itemIndex, pathPrefix, position, fields, unknownFields,
                ambiguousScalars);
    }

    /** @return the file path as given to the reader, or a stream name such as {@code <stdin>} */
    public String origin() {
        return origin;
    }

    /** @return the 0-based index of the YAML document within its origin */
    public int documentIndex() {
        return documentIndex;
    }

    /** @return the 0-based item index when the object was an item of a {@code kind: List}, else empty */
    public Optional<Integer> itemIndex() {
        return itemIndex < 0 ? Optional.empty() : Optional.of(itemIndex);
    }

    /** @return where the object starts */
    public SourcePosition position() {
        return position;
    }

    /**
     * @param fieldPath a path inside the object, such as {@code spec.replicas}
     * @return where that field starts, when the text has it
     */
    public Optional<SourcePosition> positionOf(String fieldPath) {
        return fields.exact(inDocument(fieldPath));
    }

    /**
     * @param fieldPath a path inside the object; it need not exist (a missing field points at its parent)
     * @return the position of the field or of its nearest ancestor, else of the object
     */
    public SourcePosition locate(String fieldPath) {
        return fields.nearest(inDocument(fieldPath)).orElse(position);
    }

    /** @return paths of fields that the object's kind does not define (typos such as {@code spec.replica}) */
    public List<String> unknownFields() {
        return unknownFields;
    }

    /** @return unquoted values that YAML 1.1 reads differently from the text the user typed */
    public List<AmbiguousScalar> ambiguousScalars() {
        return ambiguousScalars;
    }

    /** @return {@code origin:line:column} of the object */
    public String describe() {
        return origin + ":" + position;
    }

    private String inDocument(String fieldPath) {
        if (pathPrefix.isEmpty()) {
            return fieldPath;
        }
        return fieldPath.isEmpty() ? pathPrefix : pathPrefix + (fieldPath.startsWith("[") ? "" : ".") + fieldPath;
    }

    @Override
    public String toString() {
        return describe();
    }
}
