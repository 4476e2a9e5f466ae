package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;

/**
 * The pod or a container turns seccomp off with {@code seccompProfile.type: Unconfined} (baseline Pod Security
 * Standard): every system call of the kernel is open to it. Each explicit setting counts, as in the standard, even one
 * that a container overrides. A missing profile is {@code seccomp-profile}'s finding (restricted).
 */
public final class SeccompUnconfined extends Rule {

    /** Creates the rule. */
    public SeccompUnconfined() {
        super(RuleInfo.id("seccomp-unconfined")
                .summary("The pod or a container runs without a seccomp filter")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set seccompProfile.type to RuntimeDefault, or to Localhost with a profile of your own.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            if (pod != null && unconfined(pod.getSeccompProfile())) {
                context.report(w.owner(), w.podSpecPath() + ".securityContext.seccompProfile.type",
                        "the pod sets seccompProfile.type: Unconfined, which opens every system call of the kernel");
            }
        }
        for (SecuredContainer c : Pods.containers(context)) {
            if (c.context() != null && unconfined(c.context().getSeccompProfile())) {
                context.report(c.workload().owner(), c.contextPath() + ".seccompProfile.type", c.describe()
                        + " sets seccompProfile.type: Unconfined, which opens every system call of the kernel");
            }
        }
    }

    static boolean unconfined(SeccompProfile profile) {
        return profile != null && "Unconfined".equals(profile.getType());
    }
}
