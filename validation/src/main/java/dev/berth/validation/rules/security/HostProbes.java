package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.TCPSocketAction;

/**
 * A probe or lifecycle hook names a {@code host} (baseline Pod Security Standard since Kubernetes 1.34): the kubelet
 * then sends requests from the node to any address, which turns the pod into a way to reach what only the node can
 * reach. Without a host, the kubelet probes the pod's own IP.
 */
public final class HostProbes extends Rule {

    /** Creates the rule. */
    public HostProbes() {
        super(RuleInfo.id("host-probes")
                .summary("A probe or lifecycle hook sends the kubelet's requests to another host")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove host from the probe or hook, so the kubelet checks the pod itself.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (RuleContext.ContainerAt at : context.containers()) {
            Container c = at.container();
            probe(context, at, c.getLivenessProbe(), "livenessProbe");
            probe(context, at, c.getReadinessProbe(), "readinessProbe");
            probe(context, at, c.getStartupProbe(), "startupProbe");
            if (c.getLifecycle() != null) {
                hook(context, at, c.getLifecycle().getPostStart(), "lifecycle.postStart");
                hook(context, at, c.getLifecycle().getPreStop(), "lifecycle.preStop");
            }
        }
    }

    private static void probe(RuleContext context, RuleContext.ContainerAt at, Probe probe, String field) {
        if (probe != null) {
            judge(context, at, probe.getHttpGet(), probe.getTcpSocket(), field);
        }
    }

    private static void hook(RuleContext context, RuleContext.ContainerAt at, LifecycleHandler hook, String field) {
        if (hook != null) {
            judge(context, at, hook.getHttpGet(), hook.getTcpSocket(), field);
        }
    }

    private static void judge(RuleContext context, RuleContext.ContainerAt at, HTTPGetAction http,
            TCPSocketAction tcp, String field) {
        String host = http != null ? http.getHost() : tcp != null ? tcp.getHost() : null;
        if (host != null && !host.isEmpty()) {
            context.report(at.workload().owner(), at.path() + "." + field + (http != null ? ".httpGet" : ".tcpSocket")
                    + ".host", "container " + at.name() + "'s " + field + " sends the kubelet's requests to host "
                            + host + " instead of the pod");
        }
    }
}
