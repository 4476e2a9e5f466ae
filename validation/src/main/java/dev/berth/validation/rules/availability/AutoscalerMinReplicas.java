package dev.berth.validation.rules.availability;

import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A HorizontalPodAutoscaler may scale its workload down to a single pod (Polaris {@code hpaMinAvailability}): at
 * quiet times one restart or eviction then leaves no pod serving. {@code minReplicas} left out means 1, so it is
 * judged too (Polaris passes it).
 */
public final class AutoscalerMinReplicas extends Rule {

    /** The fewest replicas an autoscaler should keep. Default: 2. */
    public static final Parameter<Integer> MIN_REPLICAS = Parameter.of("minReplicas", Integer.class, 2,
            "Fewest replicas an autoscaler should keep");

    /** Creates the rule. */
    public AutoscalerMinReplicas() {
        super(RuleInfo.id("autoscaler-min-replicas")
                .summary("An autoscaler may scale down to too few replicas")
                .severity(Severity.LOW).category(Category.AVAILABILITY).kinds("HorizontalPodAutoscaler")
                .remediation("Set spec.minReplicas to at least 2.")
                .parameters(MIN_REPLICAS)
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        int min = context.parameter(MIN_REPLICAS);
        for (Autoscalers.Autoscaler hpa : Autoscalers.all(context)) {
            if (hpa.effectiveMin() < min) {
                String written = hpa.minReplicas() == null ? "unset (1)" : hpa.minReplicas().toString();
                context.report(hpa.object(), "spec.minReplicas", "spec.minReplicas is " + written + ", below "
                        + min + "; at quiet times one restart or eviction leaves no pod serving");
            }
        }
    }
}
