package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;

/**
 * A container does not set {@code allowPrivilegeEscalation: false} (restricted Pod Security Standard): unset, the
 * kernel lets a setuid binary or file capability raise the process above the privileges it started with. A privileged
 * container or one that adds SYS_ADMIN can always escalate, so {@code false} there is a contradiction the API server
 * rejects: it is reported, and such a container that leaves the field unset or {@code true} is left to
 * {@code privileged} and {@code dangerous-capabilities}, which name the real problem. The pod has no such field;
 * Windows pods are exempt, as in the standard.
 */
public final class PrivilegeEscalation extends Rule {

    /** Creates the rule. */
    public PrivilegeEscalation() {
        super(RuleInfo.id("privilege-escalation")
                .summary("A container may gain more privileges than its process started with")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set securityContext.allowPrivilegeEscalation: false on every container.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (Pods.isWindows(c.workload())) {
                continue;
            }
            Boolean allow = c.context() == null ? null : c.context().getAllowPrivilegeEscalation();
            String path = c.contextPath() + ".allowPrivilegeEscalation";
            boolean sysAdmin = c.added().stream().anyMatch(a -> Capabilities.normalise(a).equals("SYS_ADMIN"));
            boolean alwaysEscalates = c.privileged() || sysAdmin;
            if (alwaysEscalates && !Boolean.FALSE.equals(allow)) {
                continue;
            }
            if (allow == null) {
                context.report(c.workload().owner(), path, c.describe()
                        + " does not set allowPrivilegeEscalation: false, so setuid binaries can raise its privileges");
            } else if (allow) {
                context.report(c.workload().owner(), path, c.describe() + " sets allowPrivilegeEscalation: true");
            } else if (alwaysEscalates) {
                context.report(c.workload().owner(), path, c.describe() + " sets allowPrivilegeEscalation: false, "
                        + "but " + (c.privileged() ? "privileged: true" : "capability SYS_ADMIN")
                        + " always allows escalation (the API server rejects the pair)");
            }
        }
    }
}
