package dev.berth.validation.rules.security;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.Set;

/**
 * A container runs without a seccomp profile of RuntimeDefault or Localhost (restricted Pod Security Standard). The
 * container's {@code seccompProfile} overrides the pod's, so setting it once on the pod covers every container that
 * sets none. An explicit {@code Unconfined} is {@code seccomp-unconfined}'s finding (baseline), not this rule's.
 * Windows pods are exempt, as in the standard.
 */
public final class MissingSeccompProfile extends Rule {

    private static final Set<String> ALLOWED = Set.of("RuntimeDefault", "Localhost");

    /** Creates the rule. */
    public MissingSeccompProfile() {
        super(RuleInfo.id("seccomp-profile")
                .summary("A container runs without the RuntimeDefault or a Localhost seccomp profile")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod, or on each "
                        + "container.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (SecuredContainer c : Pods.containers(context)) {
            if (Pods.isWindows(c.workload())) {
                continue;
            }
            String type = c.effective(s -> s.getSeccompProfile() == null ? null : s.getSeccompProfile().getType(),
                    p -> p.getSeccompProfile() == null ? null : p.getSeccompProfile().getType());
            if (type == null) {
                context.report(c.workload().owner(), c.contextPath() + ".seccompProfile", "neither " + c.describe()
                        + " nor its pod sets a seccomp profile, so the container runtime may run it unconfined");
            } else if (!ALLOWED.contains(type) && !type.equals("Unconfined")) {
                context.report(c.workload().owner(), c.effectivePath(
                        s -> s.getSeccompProfile() == null ? null : s.getSeccompProfile().getType(),
                        p -> p.getSeccompProfile() == null ? null : p.getSeccompProfile().getType(),
                        "seccompProfile.type"), c.describe() + " has seccomp profile type " + type
                                + ", which is neither RuntimeDefault nor Localhost");
            }
        }
    }
}
