package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SELinuxOptions;
import io.fabric8.kubernetes.api.model.SecurityContext;

/**
 * A container uses none of the Linux hardening mechanisms (Polaris' {@code linuxHardening}): no seccomp profile other
 * than Unconfined (the container's overrides the pod's), no SELinux options, no AppArmor profile for it (annotation or
 * field), and no dropped capabilities (or ALL added back). Any one of them passes: a low-severity nudge for the strict
 * set; the restricted standard's own controls are {@code seccomp-profile} and {@code capabilities-drop-all}.
 */
public final class LinuxHardening extends Rule {

    /** Creates the rule. */
    public LinuxHardening() {
        super(RuleInfo.id("linux-hardening")
                .summary("A container uses none of seccomp, SELinux, AppArmor or dropped capabilities")
                .severity(Severity.LOW).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set seccompProfile.type: RuntimeDefault on the pod, or drop ALL capabilities.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (!c.role().equals("ephemeral container") && !seccomp(c) && !seLinux(c) && !appArmor(c)
                    && !capabilities(c)) {
                context.report(c.workload().owner(), c.contextPath(), c.describe()
                        + " sets no seccomp profile, SELinux options, AppArmor profile or dropped capabilities");
            }
        }
    }

    private static boolean seccomp(SecuredContainer c) {
        String type = c.effective(s -> s.getSeccompProfile() == null ? null : s.getSeccompProfile().getType(),
                p -> p.getSeccompProfile() == null ? null : p.getSeccompProfile().getType());
        return type != null && !type.equals("Unconfined");
    }

    private static boolean seLinux(SecuredContainer c) {
        SELinuxOptions options = c.effective(SecurityContext::getSeLinuxOptions, PodSecurityContext::getSeLinuxOptions);
        return options != null && (present(options.getType()) || present(options.getLevel())
                || present(options.getUser()) || present(options.getRole()));
    }

    private static boolean appArmor(SecuredContainer c) {
        String annotation = c.workload().podAnnotations().get(AppArmor.ANNOTATION + c.name());
        String type = c.effective(s -> s.getAppArmorProfile() == null ? null : s.getAppArmorProfile().getType(),
                p -> p.getAppArmorProfile() == null ? null : p.getAppArmorProfile().getType());
        return annotation != null && !annotation.equals("unconfined") || type != null && !type.equals("Unconfined");
    }

    private static boolean capabilities(SecuredContainer c) {
        return !c.dropped().isEmpty() && c.added().stream().noneMatch(a -> Capabilities.normalise(a).equals("ALL"));
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
