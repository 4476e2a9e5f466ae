package dev.berth.validation.rules.availability;

import dev.berth.core.values.CountsOrPercents;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads PodDisruptionBudgets of {@code policy/v1} and the removed {@code policy/v1beta1}, and those the reader could
 * not type (a wrong {@code apiVersion}), whose selector is then unknown.
 */
final class Budgets {


    /**
     * One budget.
     *
     * @param object the PodDisruptionBudget
     * @param minAvailable its minAvailable, or null
     * @param maxUnavailable its maxUnavailable, or null
     * @param selector its selector, or null
     */
    record Budget(HasMetadata object, IntOrString minAvailable, IntOrString maxUnavailable, LabelSelector selector) {
    }

    private Budgets() {
    }

    static List<Budget> all(RuleContext context) {
        List<Budget> all = new ArrayList<>();
        for (HasMetadata object : context.ofKind("PodDisruptionBudget")) {
            of(object).ifPresent(all::add);
        }
        return all;
    }

    static Optional<Budget> of(HasMetadata object) {
        if (object instanceof io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget p && p.getSpec() != null) {
            return Optional.of(new Budget(p, p.getSpec().getMinAvailable(),
                    p.getSpec().getMaxUnavailable(), p.getSpec().getSelector()));
        }
        if (object instanceof io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget p
                && p.getSpec() != null) {
            return Optional.of(new Budget(p, p.getSpec().getMinAvailable(),
                    p.getSpec().getMaxUnavailable(), p.getSpec().getSelector()));
        }
        if (object instanceof GenericKubernetesResource g && g.getAdditionalProperties().get("spec") instanceof Map<?,
                ?> spec) {
            return Optional.of(new Budget(g, intOrString(spec.get("minAvailable")),
                    intOrString(spec.get("maxUnavailable")), null));
        }
        return Optional.empty();
    }

    private static IntOrString intOrString(Object value) {
        if (value instanceof Number n) {
            return new IntOrString(n.intValue());
        }
        return value == null ? null : new IntOrString(value.toString());
    }

    /**
     * @param value a count or percentage
     * @return the percentage, or -1 for a count
     */
    static int percent(IntOrString value) {
        return CountsOrPercents.parse(value).value().filter(CountsOrPercents.Amount::percent)
                .map(a -> (int) Math.min(Integer.MAX_VALUE, a.amount())).orElse(-1);
    }

    /**
     * @param value a count or percentage
     * @return the count, or -1 for a percentage or something unreadable (a quoted "2", which the API server refuses)
     */
    static int count(IntOrString value) {
        return CountsOrPercents.parse(value).value().filter(a -> !a.percent())
                .map(a -> (int) a.amount()).orElse(-1);
    }

    /**
     * @param value a count or percentage
     * @return it as written
     */
    static String text(IntOrString value) {
        return value.getIntVal() != null ? value.getIntVal().toString() : value.getStrVal();
    }
}
