package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;

/**
 * The pod or a container sets {@code runAsUser: 0} (restricted Pod Security Standard): the process runs as root
 * whatever the image says. Each explicit setting counts, as in the standard.
 */
public final class RunAsUserNonZero extends Rule {

    /** Creates the rule. */
    public RunAsUserNonZero() {
        super(RuleInfo.id("run-as-user-nonzero")
                .summary("The pod or a container runs as user 0 (root)")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set runAsUser to a non-zero UID, or remove it and build the image with a non-root USER.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            if (pod != null && Long.valueOf(0).equals(pod.getRunAsUser())) {
                context.report(w.owner(), w.podSpecPath() + ".securityContext.runAsUser",
                        "the pod sets runAsUser: 0, so its containers run as root");
            }
        }
        for (SecuredContainer c : Pods.containers(context)) {
            if (c.context() != null && Long.valueOf(0).equals(c.context().getRunAsUser())) {
                context.report(c.workload().owner(), c.contextPath() + ".runAsUser",
                        c.describe() + " sets runAsUser: 0, so it runs as root");
            }
        }
    }
}
