package dev.berth.validation.rules.schema;

import dev.berth.core.values.ObjectValues;
import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value problems of a block's objects, read once with core's value layer and shared by the rules that report them.
 */
final class Values {

    private Values() {
    }

    /**
     * @param context the rule's context
     * @return each object of the block with its value problems (objects without any are left out)
     */
    static Map<HasMetadata, List<ObjectValues.Problem>> of(RuleContext context) {
        return context.onceForBlock("schema:object-values", () -> {
            Map<HasMetadata, List<ObjectValues.Problem>> problems = new IdentityHashMap<>();
            for (HasMetadata object : context.objects()) {
                List<ObjectValues.Problem> found = ObjectValues.check(object);
                if (!found.isEmpty()) {
                    problems.put(object, found);
                }
            }
            return problems;
        });
    }

    /**
     * Reports the problems of one sort, in the order of the block's objects.
     *
     * @param context the rule's context
     * @param negative true for values below zero, false for values that do not parse
     */
    static void report(RuleContext context, boolean negative) {
        Map<HasMetadata, List<ObjectValues.Problem>> problems = of(context);
        if (problems.isEmpty()) {
            return;
        }
        for (HasMetadata object : context.objects()) {
            for (ObjectValues.Problem problem : problems.getOrDefault(object, List.of())) {
                if (problem.negative() == negative) {
                    context.report(object, problem.path(), problem.path() + ": " + problem.message());
                }
            }
        }
    }
}
