package dev.berth.samples.kubectl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two multi-document YAML texts as sets of objects, the way a cluster sees them: each object is keyed by
 * {@code apiVersion}, {@code kind}, namespace and name; the order of objects and of keys does not matter, every
 * field and value (with its YAML type) does. Used to hold {@code kubectl kustomize} to Berth's own output.
 *
 * <pre>{@code
 * List<String> differences = SameObjects.differences(berthYaml, kustomizeYaml);
 * }</pre>
 */
final class SameObjects {

    private static final ObjectMapper YAML = new YAMLMapper(new YAMLFactory());

    private SameObjects() {
    }

    /**
     * @param expected the reference text (Berth's {@code all.yaml})
     * @param actual the text to hold to it
     * @return one line per object missing, extra or different (naming the first differing field); empty when the
     *     two texts hold the same objects
     */
    static List<String> differences(String expected, String actual) {
        Map<String, JsonNode> want = objects(expected, "expected");
        Map<String, JsonNode> got = objects(actual, "actual");
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : want.entrySet()) {
            JsonNode other = got.get(e.getKey());
            if (other == null) {
                out.add(e.getKey() + ": missing");
            } else {
                String field = firstDifference(e.getValue(), other, "");
                if (field != null) {
                    out.add(e.getKey() + ": differs at " + (field.isEmpty() ? "(root)" : field));
                }
            }
        }
        got.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> out.add(k + ": unexpected"));
        return out;
    }

    /**
     * @param yaml multi-document YAML
     * @param what which side, for messages
     * @return its objects by key, sorted
     * @throws IllegalArgumentException when two documents describe the same object
     */
    static Map<String, JsonNode> objects(String yaml, String what) {
        Map<String, JsonNode> objects = new TreeMap<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            Iterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                JsonNode doc = documents.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                String key = key(doc);
                if (objects.put(key, doc) != null) {
                    throw new IllegalArgumentException(what + " holds " + key + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " is not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    private static String key(JsonNode doc) {
        JsonNode meta = doc.path("metadata");
        return doc.path("apiVersion").asText() + " " + doc.path("kind").asText() + " "
                + (meta.hasNonNull("namespace") ? meta.get("namespace").asText() + "/" : "")
                + meta.path("name").asText();
    }

    /** @return the path of the first field whose value differs, or null when the trees are equal */
    private static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.isObject() && b.isObject()) {
            var names = new TreeSet<String>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path.isEmpty() ? name : path + "." + name;
                if (!a.has(name) || !b.has(name)) {
                    return at;
                }
                String deeper = firstDifference(a.get(name), b.get(name), at);
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return path;
            }
            for (int i = 0; i < a.size(); i++) {
                String deeper = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path;
    }
}
