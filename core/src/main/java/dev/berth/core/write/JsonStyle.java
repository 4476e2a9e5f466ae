package dev.berth.core.write;

/**
 * How a manifest of several objects is shaped as one JSON document.
 *
 * <pre>{@code
 * String json = ManifestWriter.json().withJsonStyle(JsonStyle.ARRAY).write(manifest);   // [ {...}, {...} ]
 * }</pre>
 */
public enum JsonStyle {
    /**
     * The object itself when the manifest holds exactly one, else a {@link #LIST}, as {@code kubectl get -o json}
     * prints; the default.
     */
    OBJECT,
    /** Always a JSON array of the objects, {@code []} when there is none. */
    ARRAY,
    /** Always {@code {"apiVersion": "v1", "kind": "List", "items": [...]}}, which {@code kubectl apply} reads. */
    LIST
}
