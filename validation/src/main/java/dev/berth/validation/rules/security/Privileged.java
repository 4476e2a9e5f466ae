package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container runs privileged (baseline Pod Security Standard): it gets every capability and every host device, and
 * escaping to the node is one mount away. The pod's security context has no such field, so only containers count.
 */
public final class Privileged extends Rule {

    /** Creates the rule. */
    public Privileged() {
        super(RuleInfo.id("privileged")
                .summary("A container runs privileged")
                .severity(Severity.HIGH).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove privileged: true; add only the capabilities the process needs.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (c.privileged()) {
                context.report(c.workload().owner(), c.contextPath() + ".privileged", c.describe()
                        + " sets privileged: true, which gives it every capability and the host's devices");
            }
        }
    }
}
