package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container asks for a {@code procMount} other than {@code Default} (baseline Pod Security Standard):
 * {@code Unmasked} shows it the node's {@code /proc} paths the runtime normally masks, such as kernel memory and
 * triggers.
 */
public final class ProcMount extends Rule {

    /** Creates the rule. */
    public ProcMount() {
        super(RuleInfo.id("proc-mount")
                .summary("A container unmasks /proc")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove securityContext.procMount, or set it to Default.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            String procMount = c.context() == null ? null : c.context().getProcMount();
            if (procMount != null && !procMount.equals("Default")) {
                context.report(c.workload().owner(), c.contextPath() + ".procMount", c.describe()
                        + " sets procMount: " + procMount + "; only Default keeps the node's /proc paths masked");
            }
        }
    }
}
