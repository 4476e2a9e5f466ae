package dev.berth.validation.rules.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field names a fabric8 model class defines at a path, found through Jackson's introspection and cached per type,
 * and the known name closest to a misspelt one.
 *
 * <pre>{@code
 * FieldNames.knownAt(Deployment.class, "spec");            // [minReadySeconds, paused, ..., replicas, ...]
 * }</pre>
 */
final class FieldNames {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

    private FieldNames() {
    }

    /**
     * @param root the object's model class
     * @param path a path inside it, such as {@code spec.template.spec.containers[0]}
     * @return the field names the bean at that path defines; empty when the path leads to no bean
     */
    static Set<String> knownAt(Class<?> root, String path) {
        JavaType type = MAPPER.constructType(root);
        for (String segment : segments(path)) {
            if (type == null) {
                return Set.of();
            }
            if (segment.startsWith("[")) {
                type = type.isCollectionLikeType() || type.isArrayType() ? type.getContentType() : null;
            } else if (type.isMapLikeType()) {
                type = type.getContentType();
            } else {
                type = properties(type).get(segment);
            }
        }
        return type == null ? Set.of() : new TreeSet<>(properties(type).keySet());
    }

    private static Map<String, JavaType> properties(JavaType type) {
        if (!type.getRawClass().getName().startsWith("io.fabric8.") || type.isContainerType()) {
            return Map.of();
        }
        return PROPERTIES.computeIfAbsent(type, t -> {
            BeanDescription description = MAPPER.getDeserializationConfig().introspect(t);
            Map<String, JavaType> found = new TreeMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.hasSetter() || property.hasField() || property.hasConstructorParameter()) {
                    found.put(property.getName(), property.getPrimaryType());
                }
            }
            return Map.copyOf(found);
        });
    }

    /**
     * @param path a field path such as {@code metadata.labels['app.kubernetes.io/name']} or {@code a.b[0].c}
     * @return its steps: names, and indexes written as {@code [0]}
     */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                StringBuilder key = new StringBuilder();
                int j = i + 2;
                while (j < path.length() && path.charAt(j) != '\'') {
                    if (path.charAt(j) == '\\' && j + 1 < path.length()) {
                        j++;
                    }
                    key.append(path.charAt(j++));
                }
                segments.add(key.toString());
                i = j + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                segments.add(path.substring(i, end + 1));
                i = end + 1;
            } else {
                int j = i;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    j++;
                }
                segments.add(path.substring(i, j));
                i = j;
            }
        }
        return segments;
    }
}
