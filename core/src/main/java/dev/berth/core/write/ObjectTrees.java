package dev.berth.core.write;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.BerthException;
import dev.berth.core.ObjectRef;
import dev.berth.core.internal.Json;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Turns a fabric8 object into the JSON tree the emitters print, through the shared {@link Json#mapper()}.
 *
 * <p>What is left out, and why:
 * <ul>
 *   <li>null values: the mapper never writes them;</li>
 *   <li>empty lists and maps of the typed model: fabric8 initialises its collection fields to empty collections
 *       and marks them {@code @JsonInclude(NON_EMPTY)}, so Jackson already drops them and an empty list means "not
 *       set". Nothing is lost: for every such field Kubernetes reads "empty" and "absent" alike (an empty
 *       NetworkPolicy {@code ingress} list and no list both deny all ingress when {@code policyTypes} names it).
 *       The writer adds no rule of its own here, so it cannot drop a meaningful empty value fabric8 keeps;</li>
 *   <li>{@code status}, unless asked for: it is written by the cluster, not by the user.</li>
 * </ul>
 *
 * <p>What is kept: empty objects (beans), since their presence is the meaning: {@code emptyDir: {}},
 * {@code podSelector: {}}, the allow-all rule {@code ingress: [{}]}, {@code resources: {}}; and everything inside a
 * {@code GenericKubernetesResource}, empty or not, since only its CRD knows what emptiness means there.
 *
 * <pre>{@code
 * ObjectNode tree = ObjectTrees.toTree(statefulSet, false);
 * }</pre>
 */
final class ObjectTrees {

    private ObjectTrees() {
    }

    /**
     * @param object the object
     * @param includeStatus whether to keep {@code status}
     * @return its tree, owned by the caller
     * @throws BerthException naming the object when it has no kind or apiVersion, or cannot be serialized
     */
    static ObjectNode toTree(HasMetadata object, boolean includeStatus) {
        JsonNode tree;
        try {
            tree = Json.mapper().valueToTree(object);
        } catch (IllegalArgumentException | StackOverflowError e) {
            throw cannotSerialize(object, e);
        }
        if (!(tree instanceof ObjectNode)) {
            throw BerthException.problem(describe(object) + " does not serialize to a JSON object")
                    .fix("Give the object a Jackson serializer that writes an object.")
                    .build();
        }
        ObjectNode node = (ObjectNode) tree;
        requireText(object, node, "apiVersion", "apiVersion: v1");
        requireText(object, node, "kind", "kind: ConfigMap");
        if (!includeStatus) {
            node.remove("status");
        }
        return node;
    }

    private static void requireText(HasMetadata object, ObjectNode node, String field, String example) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw BerthException.problem(describe(object) + " has no " + field)
                    .field(field)
                    .fix("Set " + field + " on the object, e.g. " + example + ".")
                    .build();
        }
    }

    private static BerthException cannotSerialize(HasMetadata object, Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String path = cause instanceof JsonMappingException j ? fieldPath(j) : null;
        String reason = cause instanceof StackOverflowError ? "it nests too deeply or contains itself"
                : firstLine(cause instanceof JsonMappingException m ? m.getOriginalMessage() : cause.getMessage());
        return BerthException.problem(describe(object) + " cannot be serialized: " + reason)
                .field(path == null || path.isEmpty() ? null : path)
                .fix("Keep to values JSON can hold: strings, numbers, booleans, and lists and maps of them, or "
                        + "fabric8 model objects; a map must not contain itself.")
                .build(e);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            String field = ref.getFieldName();
            if (field != null && (field.equals("getAdditionalProperties") || field.equals("additionalProperties"))) {
                // fabric8's any-getter: its entries are fields of the object itself
                continue;
            }
            if (field != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(field);
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "Jackson could not write it";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /**
     * @param object an object
     * @return {@code StatefulSet shop/db}, or a description that still reads when kind or name is missing
     */
    static String describe(HasMetadata object) {
        ObjectRef ref = ObjectRef.of(object);
        String kind = ref.kind().isEmpty() ? "object" : ref.kind();
        String name = ref.name().isEmpty() ? "(unnamed)" : ref.name();
        return ref.namespace().isEmpty() ? kind + " " + name : kind + " " + ref.namespace() + "/" + name;
    }
}
