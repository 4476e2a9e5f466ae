package dev.berth.validation.rules.schema;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A value that does not read as what its field holds: a quantity ({@code storage: FILESTORE_CAPACITY}), a port, a
 * cron schedule, a count or percentage, a label selector's expression or an image reference. The API server refuses
 * the object (the kubelet, for an image); a value that looks like a template placeholder says so. The fields and
 * grammars are core's {@code dev.berth.core.values} table, so every rule reads these values the same way.
 */
public final class InvalidValue extends Rule {

    /** Creates the rule. */
    public InvalidValue() {
        super(RuleInfo.id("invalid-value")
                .summary("A quantity, port, schedule, count, selector or image is not written in its field's syntax")
                .severity(Severity.HIGH).category(Category.SCHEMA)
                .remediation("Write the value in the syntax the message names (such as 500m or 1Gi, a port from 1 to "
                        + "65535, five cron fields); if it is a template placeholder, render the file first (helm, "
                        + "kustomize, envsubst) or exclude it.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Values.report(context, false);
    }
}
