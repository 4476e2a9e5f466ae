package dev.berth.validation.rules.security;

import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container may run as root (restricted Pod Security Standard): {@code runAsNonRoot} must be true for every
 * container, set on the pod or on the container, where the container's value overrides the pod's. A {@code runAsUser}
 * above 0 does not satisfy the standard without {@code runAsNonRoot}; an effective {@code runAsUser: 0} with
 * {@code runAsNonRoot: true} is a contradiction the kubelet refuses to start. When no container and not the pod set
 * it, one finding on the pod says so.
 */
public final class RunAsNonRoot extends Rule {

    /** Creates the rule. */
    public RunAsNonRoot() {
        super(RuleInfo.id("run-as-non-root")
                .summary("A container may run as root")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set spec.securityContext.runAsNonRoot: true on the pod (and do not set it to false on "
                        + "a container), with an image whose USER is a non-zero UID.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<Workload, List<SecuredContainer>> byWorkload = new LinkedHashMap<>();
        for (SecuredContainer c : Pods.containers(context)) {
            byWorkload.computeIfAbsent(c.workload(), w -> new ArrayList<>()).add(c);
        }
        byWorkload.forEach((w, containers) -> judge(context, w, containers));
    }

    private static void judge(RuleContext context, Workload w, List<SecuredContainer> containers) {
        PodSecurityContext pod = containers.get(0).pod();
        Boolean podValue = pod == null ? null : pod.getRunAsNonRoot();
        List<SecuredContainer> unset = new ArrayList<>();
        for (SecuredContainer c : containers) {
            Boolean own = c.context() == null ? null : c.context().getRunAsNonRoot();
            Boolean effective = own != null ? own : podValue;
            Long user = c.effective(SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser);
            if (Boolean.FALSE.equals(own)) {
                context.report(w.owner(), c.contextPath() + ".runAsNonRoot", c.describe() + " sets runAsNonRoot: false"
                        + (Boolean.TRUE.equals(podValue) ? ", overriding the pod's true" : ""));
            } else if (Boolean.TRUE.equals(effective) && Long.valueOf(0).equals(user)) {
                context.report(w.owner(), c.effectivePath(SecurityContext::getRunAsUser,
                        PodSecurityContext::getRunAsUser, "runAsUser"), c.describe()
                        + " must run as non-root but its runAsUser is 0, so the kubelet refuses to start it");
            } else if (effective == null) {
                unset.add(c);
            }
        }
        if (Boolean.FALSE.equals(podValue) && !unset.isEmpty()) {
            context.report(w.owner(), w.podSpecPath() + ".securityContext.runAsNonRoot", "the pod sets runAsNonRoot: "
                    + "false and " + names(unset) + " do not override it");
        } else if (!unset.isEmpty() && unset.size() == containers.size() && containers.size() > 1) {
            context.report(w.owner(), w.podSpecPath() + ".securityContext.runAsNonRoot", "neither the pod nor "
                    + names(unset) + " set runAsNonRoot: true, so they may run as root");
        } else {
            for (SecuredContainer c : unset) {
                Long user = c.effective(SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser);
                context.report(w.owner(), c.contextPath() + ".runAsNonRoot", "neither " + c.describe()
                        + " nor its pod sets runAsNonRoot: true, so it may run as root" + (user != null && user > 0
                                ? " (runAsUser " + user + " alone does not satisfy the restricted standard)" : ""));
            }
        }
    }

    private static String names(List<SecuredContainer> containers) {
        List<String> names = containers.stream().map(SecuredContainer::describe).toList();
        return String.join(", ", names);
    }
}
