package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;

/**
 * A Windows pod or container runs as a HostProcess (baseline Pod Security Standard): it runs directly on the node,
 * with the node's network and file system, as privileged as a Linux privileged container. Set on the pod, it applies
 * to every container.
 */
public final class HostProcess extends Rule {

    /** Creates the rule. */
    public HostProcess() {
        super(RuleInfo.id("host-process")
                .summary("A Windows pod or container runs as a HostProcess on the node")
                .severity(Severity.HIGH).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Remove windowsOptions.hostProcess, or set it to false.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            if (pod != null && pod.getWindowsOptions() != null
                    && Boolean.TRUE.equals(pod.getWindowsOptions().getHostProcess())) {
                context.report(w.owner(), w.podSpecPath() + ".securityContext.windowsOptions.hostProcess",
                        "the pod sets windowsOptions.hostProcess: true, so every container runs on the node itself");
            }
        }
        for (SecuredContainer c : Pods.containers(context)) {
            SecurityContext own = c.context();
            if (own != null && own.getWindowsOptions() != null
                    && Boolean.TRUE.equals(own.getWindowsOptions().getHostProcess())) {
                context.report(c.workload().owner(), c.contextPath() + ".windowsOptions.hostProcess",
                        c.describe() + " sets windowsOptions.hostProcess: true, so it runs on the node itself");
            }
        }
    }
}
