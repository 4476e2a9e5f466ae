package dev.berth.validation.rules.schema;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * FieldNames.closest("replica", Set.of("replicas", "paused")); // Optional[replicas]
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

    /**
     * @param name a misspelt name
     * @param candidates the names it may have meant
     * @return the candidate closest by edit distance (case and a swap of two letters count little), when close enough
     *         to be a likely typo
     */
    static Optional<String> closest(String name, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, name.length() / 3));
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            int folded = distance(name.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (folded > limit) {
                continue;
            }
            int score = folded * 100 + distance(name, candidate);
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
