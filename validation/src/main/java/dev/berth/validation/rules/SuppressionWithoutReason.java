package dev.berth.validation.rules;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;

/**
 * A suppression annotation ({@code ignore.berth.dev/<rule-id>}) must give a reason; without one it suppresses nothing
 * and is itself reported.
 */
public final class SuppressionWithoutReason extends Rule {

    /** Creates the rule. */
    public SuppressionWithoutReason() {
        super(RuleInfo.id("suppression-without-reason")
                .summary("A suppression annotation gives no reason")
                .severity(Severity.MEDIUM).category(Category.CONFIG)
                .remediation("Write why the rule does not apply as the annotation's value, e.g. "
                        + "ignore.berth.dev/data-retained: \"scratch data, rebuilt nightly\".")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (HasMetadata object : context.objects()) {
            Map<String, String> annotations = object.getMetadata() == null ? null
                    : object.getMetadata().getAnnotations();
            if (annotations == null) {
                continue;
            }
            annotations.forEach((key, value) -> {
                if (key.startsWith(RuleContext.SUPPRESSION_PREFIX) && (value == null || value.isBlank())) {
                    context.report(object, "metadata.annotations['" + key + "']", "the suppression of rule "
                            + key.substring(RuleContext.SUPPRESSION_PREFIX.length()) + " gives no reason, so it "
                            + "suppresses nothing");
                }
            });
        }
    }
}
