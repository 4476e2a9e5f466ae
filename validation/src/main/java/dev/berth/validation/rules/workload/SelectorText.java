package dev.berth.validation.rules.workload;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes label selectors and label sets the way {@code kubectl} does, so a message shows what a user would type.
 *
 * <pre>{@code
 * SelectorText.of(selector);              // "app in (zk), tier=db"
 * SelectorText.labels(Map.of("app", "zk")); // "app=zk"
 * }</pre>
 */
public final class SelectorText {

    private SelectorText() {
    }

    /**
     * @param selector a label selector, or null
     * @return its terms in {@code kubectl} syntax, {@code <none>} for null and {@code <everything>} for {@code {}}
     */
    public static String of(LabelSelector selector) {
        if (selector == null) {
            return "<none>";
        }
        List<String> terms = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            selector.getMatchLabels().forEach((k, v) -> terms.add(k + "=" + v));
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement e : selector.getMatchExpressions()) {
                terms.add(expression(e));
            }
        }
        return terms.isEmpty() ? "<everything>" : String.join(", ", terms);
    }

    /**
     * @param labels a label set, or null
     * @return the labels as {@code key=value} pairs, or {@code <none>}
     */
    public static String labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        List<String> pairs = new ArrayList<>();
        labels.forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join(", ", pairs);
    }

    private static String expression(LabelSelectorRequirement e) {
        String operator = e.getOperator() == null ? "" : e.getOperator();
        List<String> values = e.getValues() == null ? List.of() : e.getValues();
        return switch (operator) {
            case "In" -> e.getKey() + " in (" + String.join(", ", values) + ")";
            case "NotIn" -> e.getKey() + " notin (" + String.join(", ", values) + ")";
            case "Exists" -> e.getKey();
            case "DoesNotExist" -> "!" + e.getKey();
            default -> e.getKey() + " " + operator + " (" + String.join(", ", values) + ")";
        };
    }
}
