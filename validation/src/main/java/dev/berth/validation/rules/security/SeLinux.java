package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SELinuxOptions;
import java.util.Set;

/**
 * The pod or a container sets an SELinux type other than the container types, or a custom SELinux user or role
 * (baseline Pod Security Standard): a type such as {@code spc_t} runs the container unconfined by SELinux.
 */
public final class SeLinux extends Rule {

    private static final Set<String> TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    /** Creates the rule. */
    public SeLinux() {
        super(RuleInfo.id("selinux-options")
                .summary("The pod or a container sets an SELinux type, user or role the baseline standard forbids")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Use seLinuxOptions.type container_t, container_init_t, container_kvm_t or "
                        + "container_engine_t, and leave user and role unset.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            judge(context, w, pod == null ? null : pod.getSeLinuxOptions(),
                    w.podSpecPath() + ".securityContext.seLinuxOptions", "the pod");
        }
        for (SecuredContainer c : Pods.containers(context)) {
            judge(context, c.workload(), c.context() == null ? null : c.context().getSeLinuxOptions(),
                    c.contextPath() + ".seLinuxOptions", c.describe());
        }
    }

    private static void judge(RuleContext context, Workload w, SELinuxOptions options, String path, String who) {
        if (options == null) {
            return;
        }
        if (options.getType() != null && !TYPES.contains(options.getType())) {
            context.report(w.owner(), path + ".type", who + " sets SELinux type " + options.getType()
                    + "; the baseline standard allows container_t, container_init_t, container_kvm_t and "
                    + "container_engine_t");
        }
        if (options.getUser() != null && !options.getUser().isEmpty()) {
            context.report(w.owner(), path + ".user", who + " sets SELinux user " + options.getUser()
                    + "; the baseline standard forbids a custom user");
        }
        if (options.getRole() != null && !options.getRole().isEmpty()) {
            context.report(w.owner(), path + ".role", who + " sets SELinux role " + options.getRole()
                    + "; the baseline standard forbids a custom role");
        }
    }
}
