package dev.berth.validation.rules.availability;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A HorizontalPodAutoscaler's {@code maxReplicas} is not above its {@code minReplicas} (1 when unset), so it can
 * never add a pod (Polaris {@code hpaMaxAvailability}); below it, the API server rejects the object.
 */
public final class AutoscalerMaxReplicas extends Rule {

    /** Creates the rule. */
    public AutoscalerMaxReplicas() {
        super(RuleInfo.id("autoscaler-max-replicas")
                .summary("An autoscaler's maximum leaves it no room to scale")
                .severity(Severity.LOW).category(Category.AVAILABILITY).kinds("HorizontalPodAutoscaler")
                .remediation("Set spec.maxReplicas above spec.minReplicas, to the most pods the workload may need "
                        + "at peak.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Autoscalers.Autoscaler hpa : Autoscalers.all(context)) {
            if (hpa.maxReplicas() != null && hpa.maxReplicas() <= hpa.effectiveMin()) {
                String relation = hpa.maxReplicas() == hpa.effectiveMin() ? "equals" : "is below";
                context.report(hpa.object(), "spec.maxReplicas", "spec.maxReplicas " + hpa.maxReplicas() + " "
                        + relation + " spec.minReplicas " + hpa.effectiveMin() + ", so the autoscaler can never "
                        + "add a pod");
            }
        }
    }
}
