package dev.berth.core.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * Sorts the entries of a mapping by {@link KeyOrder}, leaving out null values. Where a mapping sits (the object
 * itself, a {@code metadata}, a free-form map, anything else) is its context; see {@link KeyOrder} for the table.
 *
 * <pre>{@code
 * Map.Entry<String, JsonNode>[] entries = KeyOrdering.sorted(tree, KeyOrdering.TOP, KeyOrder.CONVENTIONAL);
 * int contextOfSpec = KeyOrdering.childContext(KeyOrdering.TOP, "spec");
 * }</pre>
 */
final class KeyOrdering {

    /** The object itself: {@code apiVersion}, {@code kind}, {@code metadata}... */
    static final int TOP = 0;
    /** A {@code metadata} mapping. */
    static final int METADATA = 1;
    /** Any other mapping of the model. */
    static final int NESTED = 2;
    /** User data keyed by arbitrary strings: labels, annotations, data... */
    static final int FREE_FORM = 3;

    private static final Set<String> FREE_FORM_KEYS = Set.of("labels", "annotations", "data", "stringData",
            "binaryData", "matchLabels", "nodeSelector", "selector", "parameters", "limits", "requests", "capacity",
            "hard", "overhead", "volumeAttributes");
    private static final int LAST = 1000;
    private static final int OTHER = 100;
    private static final int INSERTION_SORT_MAX = 24;
    private static final Map.Entry<?, ?>[] NONE = new Map.Entry<?, ?>[0];

    private KeyOrdering() {
    }

    /**
     * @param context the context of the mapping that holds the key
     * @param key a key whose value is a mapping or a list of mappings
     * @return the context of that value
     */
    static int childContext(int context, String key) {
        if (FREE_FORM_KEYS.contains(key)) {
            return FREE_FORM;
        }
        return context != FREE_FORM && key.equals("metadata") ? METADATA : NESTED;
    }

    /**
     * @param node a mapping
     * @param context where it sits
     * @param order the key order
     * @return its entries without null values, sorted
     */
    @SuppressWarnings("unchecked")
    static Map.Entry<String, JsonNode>[] sorted(ObjectNode node, int context, KeyOrder order) {
        int size = node.size();
        if (size == 0) {
            return (Map.Entry<String, JsonNode>[]) NONE;
        }
        int table = order == KeyOrder.ALPHABETICAL ? FREE_FORM : context;
        Map.Entry<String, JsonNode>[] entries = (Map.Entry<String, JsonNode>[]) new Map.Entry<?, ?>[size];
        int[] ranks = new int[size];
        int count = 0;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            String key = entry.getKey();
            int rank = rank(table, key);
            int j = count++;
            if (size <= INSERTION_SORT_MAX) {
                while (j > 0 && (ranks[j - 1] > rank || ranks[j - 1] == rank
                        && entries[j - 1].getKey().compareTo(key) > 0)) {
                    entries[j] = entries[j - 1];
                    ranks[j] = ranks[j - 1];
                    j--;
                }
            }
            entries[j] = entry;
            ranks[j] = rank;
        }
        if (count < size) {
            entries = Arrays.copyOf(entries, count);
        }
        if (size > INSERTION_SORT_MAX) {
            Arrays.sort(entries, Comparator.comparingInt((Map.Entry<String, JsonNode> e) -> rank(table, e.getKey()))
                    .thenComparing(Map.Entry::getKey));
        }
        return entries;
    }

    private static int rank(int table, String key) {
        switch (table) {
            case TOP:
                return topRank(key);
            case METADATA:
                return metadataRank(key);
            case NESTED:
                return nestedRank(key);
            default:
                return OTHER;
        }
    }

    private static int topRank(String key) {
        switch (key) {
            case "apiVersion": return 0;
            case "kind": return 1;
            case "metadata": return 2;
            case "spec": return 3;
            case "data": return 4;
            case "stringData": return 5;
            case "binaryData": return 6;
            case "type": return 7;
            case "rules": return 8;
            case "roleRef": return 9;
            case "subjects": return 10;
            case "status": return LAST;
            default: return OTHER;
        }
    }

    private static int metadataRank(String key) {
        switch (key) {
            case "name": return 0;
            case "generateName": return 1;
            case "namespace": return 2;
            case "labels": return 3;
            case "annotations": return 4;
            default: return OTHER;
        }
    }

    private static int nestedRank(String key) {
        switch (key) {
            case "apiVersion": return 0;
            case "apiGroup": return 1;
            case "kind": return 2;
            case "name": return 3;
            case "namespace": return 4;
            case "image": return 5;
            case "command": return 6;
            case "args": return 7;
            case "key": return 8;
            case "operator": return 9;
            case "value": return 10;
            case "values": return 11;
            default: return OTHER;
        }
    }
}
