package dev.berth.core.values;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Set;

/**
 * Checks the structure of a label selector as the API server does ({@code ValidateLabelSelector}): each
 * {@code matchExpressions} entry has a key, an operator among {@code In}, {@code NotIn}, {@code Exists} and
 * {@code DoesNotExist}, values for {@code In} and {@code NotIn}, and none for the other two. The syntax of keys and
 * values is the {@code invalid-label} rule's concern.
 *
 * <pre>{@code
 * LabelSelectors.parse(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
 *         .withOperator("In").endMatchExpression().build()).problem();
 *     // Optional["matchExpressions[0]: operator In needs at least one value"]
 * }</pre>
 */
public final class LabelSelectors {

    private static final Set<String> WITH_VALUES = Set.of("In", "NotIn");
    private static final Set<String> WITHOUT_VALUES = Set.of("Exists", "DoesNotExist");

    private LabelSelectors() {
    }

    /**
     * @param selector a selector, or null (which selects nothing and is valid)
     * @return the selector, or the first problem, prefixed with the path of the entry inside the selector
     */
    public static Parsed<LabelSelector> parse(LabelSelector selector) {
        if (selector == null || selector.getMatchExpressions() == null) {
            return selector == null ? Parsed.problem("no selector is written") : Parsed.of(selector);
        }
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            String problem = problem(expressions.get(i));
            if (problem != null) {
                return Parsed.problem("matchExpressions[" + i + "]" + problem);
            }
        }
        return Parsed.of(selector);
    }

    private static String problem(LabelSelectorRequirement expression) {
        if (expression == null) {
            return " is empty";
        }
        if (expression.getKey() == null || expression.getKey().isEmpty()) {
            return ".key is missing";
        }
        String operator = expression.getOperator();
        boolean hasValues = expression.getValues() != null && !expression.getValues().isEmpty();
        if (WITH_VALUES.contains(operator)) {
            return hasValues ? null : ".values: operator " + operator + " needs at least one value";
        }
        if (WITHOUT_VALUES.contains(operator)) {
            return hasValues ? ".values: operator " + operator + " takes no values" : null;
        }
        return ".operator: " + (operator == null ? "no operator is written" : Placeholders.shown(operator)
                + " is not an operator") + " (expected In, NotIn, Exists or DoesNotExist)";
    }
}
