package dev.berth.validation.rules.schema;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A count, size, port or timeout is negative where the API server requires zero or more ({@code replicas: -1}, a
 * probe's {@code periodSeconds: -10}, {@code requests.memory: -1Gi}). The fields, and the Kubernetes validation each
 * follows, are core's {@code ValueFields} table.
 */
public final class NegativeValue extends Rule {

    /** Creates the rule. */
    public NegativeValue() {
        super(RuleInfo.id("negative-value")
                .summary("A count, size, port or timeout is negative where Kubernetes requires zero or more")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Write zero or a positive value; to turn a feature off, remove the field instead.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Values.report(context, true);
    }
}
