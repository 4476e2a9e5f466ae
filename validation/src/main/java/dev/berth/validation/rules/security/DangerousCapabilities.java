package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.List;

/**
 * A container adds a capability that opens a way out of it: ALL, SYS_ADMIN (mount, namespaces, nearly root),
 * NET_ADMIN (the node's firewall and routes when on the host network), SYS_MODULE (kernel modules), SYS_PTRACE,
 * SYS_RAWIO, SYS_BOOT, DAC_READ_SEARCH (the "shocker" escape), BPF, MAC_ADMIN, MAC_OVERRIDE. Compared without case or
 * {@code CAP_} prefix, as container runtimes read them.
 */
public final class DangerousCapabilities extends Rule {

    /** Creates the rule. */
    public DangerousCapabilities() {
        super(RuleInfo.id("dangerous-capabilities")
                .summary("A container adds a capability that lets it escape to the node")
                .severity(Severity.HIGH).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove the capability from capabilities.add; if a node agent truly needs it, run it "
                        + "in a dedicated namespace and suppress the finding with the reason.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            List<String> added = c.added();
            for (int i = 0; i < added.size(); i++) {
                if (Capabilities.dangerous(added.get(i))) {
                    context.report(c.workload().owner(), c.contextPath() + ".capabilities.add[" + i + "]",
                            c.describe() + " adds capability " + added.get(i) + ", which lets it escape to the node");
                }
            }
        }
    }
}
