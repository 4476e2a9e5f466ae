package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.ContainerPort;

/**
 * A container binds a port of its node (baseline Pod Security Standard): the pod bypasses Services and
 * NetworkPolicies' usual view of it, two replicas cannot share a node, and the node's port is open to whoever reaches
 * the node.
 */
public final class HostPort extends Rule {

    /** Creates the rule. */
    public HostPort() {
        super(RuleInfo.id("host-port")
                .summary("A container binds a port on its node")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove hostPort and reach the pods through a Service.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            for (int i = 0; i < c.ports().size(); i++) {
                ContainerPort port = c.ports().get(i);
                if (port != null && port.getHostPort() != null && port.getHostPort() != 0) {
                    context.report(c.workload().owner(), c.path() + ".ports[" + i + "].hostPort", c.describe()
                            + " binds port " + port.getHostPort() + " on every node it runs on (hostPort)");
                }
            }
        }
    }
}
