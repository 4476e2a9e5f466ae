package dev.berth.core;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;

/**
 * Label-selector matching as the API server does it: {@code matchLabels} and {@code matchExpressions}
 * ({@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}), all terms ANDed.
 *
 * <pre>{@code
 * Selectors.matches(pdb.getSpec().getSelector(), pod.getMetadata().getLabels());
 * }</pre>
 *
 * <p>A selector with no terms ({@code {}}) selects everything; a {@code null} selector selects nothing, as for a
 * PodDisruptionBudget or a Service without one. An unknown operator, and a term without a key or a value, select
 * nothing.
 */
public final class Selectors {

    private Selectors() {
    }

    /**
     * @param selector a label selector, or null
     * @param labels the labels of the candidate, or null for none
     * @return true when every term of the selector holds for the labels
     */
    public static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> actual = labels == null ? Map.of() : labels;
        Map<String, String> required = selector.getMatchLabels();
        if (required != null) {
            for (Map.Entry<String, String> term : required.entrySet()) {
                if (!holds(term, actual)) {
                    return false;
                }
            }
        }
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions();
        if (expressions != null) {
            for (LabelSelectorRequirement expression : expressions) {
                if (!holds(expression, actual)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Matches an equality-only selector, the form Services and ReplicationControllers use.
     *
     * @param selector required labels, or null
     * @param labels the labels of the candidate
     * @return true when the selector is non-empty and every label matches
     */
    public static boolean matchesAll(Map<String, String> selector, Map<String, String> labels) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        Map<String, String> actual = labels == null ? Map.of() : labels;
        for (Map.Entry<String, String> term : selector.entrySet()) {
            if (!holds(term, actual)) {
                return false;
            }
        }
        return true;
    }

    /** A {@code key: value} term; one without a key or value (YAML {@code key:}) is invalid and matches nothing. */
    private static boolean holds(Map.Entry<String, String> term, Map<String, String> labels) {
        return term.getKey() != null && term.getValue() != null && term.getValue().equals(labels.get(term.getKey()));
    }

    /**
     * @param selector a label selector
     * @return true when it has no terms and so selects every pod of its namespace
     */
    public static boolean isEmpty(LabelSelector selector) {
        return selector != null
                && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static boolean holds(LabelSelectorRequirement expression, Map<String, String> labels) {
        if (expression == null || expression.getKey() == null) {
            // Invalid (an empty list item, or no key: Map.of() would throw on a null key), so it matches nothing.
            return false;
        }
        String key = expression.getKey();
        List<String> values = expression.getValues() == null ? List.of() : expression.getValues();
        String operator = expression.getOperator() == null ? "" : expression.getOperator();
        switch (operator) {
            case "In":
                return labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn":
                return !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists":
                return labels.containsKey(key);
            case "DoesNotExist":
                return !labels.containsKey(key);
            default:
                return false;
        }
    }
}
