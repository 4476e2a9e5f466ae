package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.List;

/**
 * A container does not drop ALL capabilities, or adds back one other than NET_BIND_SERVICE (restricted Pod Security
 * Standard). {@code ALL} must be written as the admission controller compares it, in capitals: dropping each default
 * capability by name, or {@code all}, is rejected by a restricted namespace. Capabilities outside the baseline list
 * are left to {@code capabilities-baseline} and {@code dangerous-capabilities}, which the restricted set also holds.
 * Windows pods ({@code spec.os.name: windows}) are exempt, as in the standard.
 */
public final class CapabilitiesDropAll extends Rule {

    /** Creates the rule. */
    public CapabilitiesDropAll() {
        super(RuleInfo.id("capabilities-drop-all")
                .summary("A container does not drop ALL capabilities or adds back more than NET_BIND_SERVICE")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set securityContext.capabilities.drop: [ALL] and add back only NET_BIND_SERVICE, if "
                        + "the process binds a port below 1024.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (Pods.isWindows(c.workload())) {
                continue;
            }
            List<String> dropped = c.dropped();
            if (!dropped.contains("ALL")) {
                String spelled = dropped.stream().filter(d -> d.equalsIgnoreCase("ALL")).findFirst()
                        .map(d -> " (it drops \"" + d + "\", but the standard compares exactly: write ALL)")
                        .orElse(dropped.isEmpty() ? "" : " (it drops only " + String.join(", ", dropped) + ")");
                context.report(c.workload().owner(), c.contextPath() + ".capabilities.drop",
                        c.describe() + " does not drop ALL capabilities" + spelled);
            }
            List<String> added = c.added();
            for (int i = 0; i < added.size(); i++) {
                if (Capabilities.outsideRestricted(added.get(i))) {
                    context.report(c.workload().owner(), c.contextPath() + ".capabilities.add[" + i + "]",
                            c.describe() + " adds back capability " + added.get(i)
                                    + "; the restricted standard allows only NET_BIND_SERVICE");
                }
            }
        }
    }
}
