package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.List;

/**
 * A container adds a capability outside the baseline Pod Security Standard's list (AUDIT_WRITE, CHOWN, DAC_OVERRIDE,
 * FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Names are compared
 * exactly, as the admission controller compares them, so {@code chown} or {@code CAP_CHOWN} is a finding. The
 * capabilities that open a way out (SYS_ADMIN, NET_ADMIN, ALL...) are {@code dangerous-capabilities}' findings, not
 * this rule's: the baseline set holds both rules, and each added capability is reported once.
 */
public final class CapabilitiesBaseline extends Rule {

    /** Creates the rule. */
    public CapabilitiesBaseline() {
        super(RuleInfo.id("capabilities-baseline")
                .summary("A container adds a capability the baseline Pod Security Standard does not allow")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Add only capabilities of the baseline list, spelled in capitals without the CAP_ "
                        + "prefix, and only those the process needs.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            List<String> added = c.added();
            for (int i = 0; i < added.size(); i++) {
                if (Capabilities.outsideBaseline(added.get(i))) {
                    context.report(c.workload().owner(), c.contextPath() + ".capabilities.add[" + i + "]",
                            c.describe() + " adds capability " + added.get(i)
                                    + ", which is not on the baseline standard's list");
                }
            }
        }
    }
}
