package dev.berth.validation.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The documents of a manifest file as trees, and what the mutation tests do to them: list every field path, change
 * the node at one path ({@link Mutation}), and print the documents back as a YAML stream.
 *
 * <pre>{@code
 * Documents file = Documents.parse(text);
 * for (Documents.Path path : file.paths()) {
 *     String mutated = file.print(path, Mutation.NULL);
 * }
 * }</pre>
 */
final class Documents {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final List<JsonNode> documents;

    private Documents(List<JsonNode> documents) {
        this.documents = documents;
    }

    /**
     * @param text a YAML stream (or JSON)
     * @return its non-empty documents
     * @throws UncheckedIOException when Jackson cannot read it
     */
    static Documents parse(String text) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Documents(documents);
    }

    /** @return how many documents the file holds */
    int size() {
        return documents.size();
    }

    /** @return every field path of every document, depth first, the document roots left out */
    List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            collect(d, documents.get(d), new ArrayList<>(), paths);
        }
        return paths;
    }

    private static void collect(int document, JsonNode node, List<Object> prefix, List<Path> into) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> path = append(prefix, name);
                into.add(new Path(document, path));
                collect(document, node.get(name), path, into);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> path = append(prefix, i);
                into.add(new Path(document, path));
                collect(document, node.get(i), path, into);
            }
        }
    }

    private static List<Object> append(List<Object> prefix, Object step) {
        List<Object> path = new ArrayList<>(prefix.size() + 1);
        path.addAll(prefix);
        path.add(step);
        return path;
    }

    /** @return the node at a path */
    JsonNode at(Path path) {
        JsonNode node = documents.get(path.document());
        for (Object step : path.steps()) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    /**
     * @param path where
     * @param mutation what to do there
     * @return the whole file as a YAML stream, that one node changed, every other document as it was
     */
    String print(Path path, Mutation mutation) {
        return with(path, mutation::apply).print();
    }

    /**
     * @param path where
     * @param change the node's replacement given the node, or null to remove it
     * @return the file with that one node changed, every other document as it was; this one is left as it is
     */
    Documents with(Path path, Function<JsonNode, JsonNode> change) {
        JsonNode copy = documents.get(path.document()).deepCopy();
        JsonNode parent = copy;
        List<Object> steps = path.steps();
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode old = last instanceof Integer i ? parent.get(i) : parent.get((String) last);
        JsonNode replacement = change.apply(old);
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, replacement);
            }
        }
        List<JsonNode> changed = new ArrayList<>(documents);
        changed.set(path.document(), copy);
        return new Documents(changed);
    }

    /** @return the file as a YAML stream */
    String print() {
        return print(documents);
    }

    private static String print(List<JsonNode> documents) {
        StringBuilder text = new StringBuilder();
        try {
            for (JsonNode document : documents) {
                text.append(YAML.writeValueAsString(document));
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * A field path in one document of a file.
     *
     * @param document the document's index among the non-empty ones
     * @param steps field names (String) and list indexes (Integer) from the document's root
     */
    record Path(int document, List<Object> steps) {

        /** @return {@code spec.template.spec.containers[0].name}, and the document's index when not the first */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(document == 0 ? "" : "#" + document + " ");
            for (Object step : steps) {
                if (step instanceof Integer i) {
                    text.append('[').append(i).append(']');
                } else {
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                        text.append('.');
                    }
                    text.append(step);
                }
            }
            return text.toString();
        }
    }

    /** What the sweep does at a path. */
    enum Mutation {
        /** The value becomes {@code null}. */
        NULL,
        /** The key (or the list item) is removed. */
        REMOVE,
        /** A map becomes {@code {}}, a list {@code []}, a scalar the empty string. */
        EMPTY;

        /**
         * @param node the node at the path
         * @return its replacement, or null to remove it
         */
        JsonNode apply(JsonNode node) {
            return switch (this) {
                case NULL -> JsonNodeFactory.instance.nullNode();
                case REMOVE -> null;
                case EMPTY -> node.isObject() ? JsonNodeFactory.instance.objectNode()
                        : node.isArray() ? JsonNodeFactory.instance.arrayNode()
                        : JsonNodeFactory.instance.textNode("");
            };
        }

        /**
         * @param node the node at the path
         * @return false when the mutation would leave it as it is (an empty map emptied, a null set to null)
         */
        boolean changes(JsonNode node) {
            return switch (this) {
                case NULL -> !node.isNull();
                case REMOVE -> true;
                case EMPTY -> node.isContainerNode() ? !node.isEmpty() : !(node.isTextual() && node.asText().isEmpty());
            };
        }
    }
}
