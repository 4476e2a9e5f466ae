package dev.berth.validation.rules.workload;

import dev.berth.core.values.Parsed;
import dev.berth.core.values.Quantities;
import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;

/**
 * A container's CPU or memory limit lies outside the range the platform team allows: so small that the container is
 * throttled or killed at start (a typo such as {@code memory: 100} for 100 bytes), or larger than any node. The
 * bounds are parameters; the defaults are Polaris's {@code resourceRange} ones (CPU 100m to 2, memory 100Mi to 6G).
 * Missing limits are the business of {@code cpu-limit} and {@code memory-limit}.
 */
public final class ResourceRange extends Rule {

    /** The smallest CPU limit. Default: 100m. */
    public static final Parameter<String> MIN_CPU = Parameter.of("minCpu", String.class, "100m", "Smallest CPU limit");
    /** The largest CPU limit. Default: 2. */
    public static final Parameter<String> MAX_CPU = Parameter.of("maxCpu", String.class, "2", "Largest CPU limit");
    /** The smallest memory limit. Default: 100Mi. */
    public static final Parameter<String> MIN_MEMORY = Parameter.of("minMemory", String.class, "100Mi",
            "Smallest memory limit");
    /** The largest memory limit. Default: 6G. */
    public static final Parameter<String> MAX_MEMORY = Parameter.of("maxMemory", String.class, "6G",
            "Largest memory limit");

    /** Creates the rule. */
    public ResourceRange() {
        super(RuleInfo.id("resource-range")
                .summary("A container's CPU or memory limit is outside the allowed range")
                .severity(Severity.LOW).category(Category.WORKLOAD).kinds(Containers.ALL_WORKLOADS)
                .remediation("Set the limit within the allowed range (by default CPU 100m to 2, memory 100Mi to "
                        + "6G), or change the rule's parameters to the range your nodes support.")
                .parameters(MIN_CPU, MAX_CPU, MIN_MEMORY, MAX_MEMORY)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : Containers.running(context)) {
            judge(context, at, "cpu", context.parameter(MIN_CPU), context.parameter(MAX_CPU));
            judge(context, at, "memory", context.parameter(MIN_MEMORY), context.parameter(MAX_MEMORY));
        }
    }

    private static void judge(RuleContext context, RuleContext.ContainerAt at, String resource, String min,
            String max) {
        Quantity limit = Containers.resource(at.container(), "limits", resource);
        BigDecimal value = limit == null ? null : Quantities.parse(limit).orElse(null);
        if (value == null) {
            return;
        }
        String bound = value.compareTo(bound(min)) < 0 ? "below the minimum " + min
                : value.compareTo(bound(max)) > 0 ? "above the maximum " + max : null;
        if (bound != null) {
            context.report(at.workload().owner(), at.path() + ".resources.limits." + resource, "container "
                    + at.name() + " limits " + resource + " to " + limit + ", " + bound);
        }
    }

    private static BigDecimal bound(String parameter) {
        Parsed<BigDecimal> bound = Quantities.parse(parameter);
        return bound.value().orElseThrow(() -> new IllegalArgumentException("resource-range parameter: "
                + bound.problem().orElse("")));
    }
}
