package dev.berth.validation.rules.security;

import dev.berth.core.source.FieldPaths;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import java.util.Map;

/**
 * The pod or a container turns AppArmor off (baseline Pod Security Standard): {@code appArmorProfile.type: Unconfined}
 * on the pod or a container, or the older annotation {@code container.apparmor.security.beta.kubernetes.io/<name>}
 * with a value other than {@code runtime/default} or {@code localhost/<profile>}.
 */
public final class AppArmor extends Rule {

    /** The prefix of the per-container AppArmor annotation on the pod template. */
    static final String ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

    /** Creates the rule. */
    public AppArmor() {
        super(RuleInfo.id("apparmor-profile")
                .summary("The pod or a container runs without AppArmor confinement")
                .severity(Severity.MEDIUM).category(Category.SECURITY).kinds(Pods.KINDS)
                .podTemplatesByShape()
                .remediation("Set appArmorProfile.type to RuntimeDefault or Localhost, or remove the unconfined "
                        + "setting so the runtime's default applies.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload w : context.workloads()) {
            PodSecurityContext pod = w.podSpec().map(s -> s.getSecurityContext()).orElse(null);
            if (pod != null && pod.getAppArmorProfile() != null
                    && "Unconfined".equals(pod.getAppArmorProfile().getType())) {
                context.report(w.owner(), w.podSpecPath() + ".securityContext.appArmorProfile.type",
                        "the pod sets appArmorProfile.type: Unconfined");
            }
            String annotations = (w.templatePath().isEmpty() ? "" : w.templatePath() + ".") + "metadata.annotations";
            for (Map.Entry<String, String> a : w.podAnnotations().entrySet()) {
                if (a.getKey().startsWith(ANNOTATION) && !allowed(a.getValue())) {
                    context.report(w.owner(), FieldPaths.field(annotations, a.getKey()), "annotation " + a.getKey()
                            + " sets AppArmor profile " + a.getValue() + "; only runtime/default and localhost/<profile> "
                            + "confine the container");
                }
            }
        }
        for (SecuredContainer c : Pods.containers(context)) {
            if (c.context() != null && c.context().getAppArmorProfile() != null
                    && "Unconfined".equals(c.context().getAppArmorProfile().getType())) {
                context.report(c.workload().owner(), c.contextPath() + ".appArmorProfile.type",
                        c.describe() + " sets appArmorProfile.type: Unconfined");
            }
        }
    }

    private static boolean allowed(String value) {
        return value == null || value.isEmpty() || value.equals("runtime/default") || value.startsWith("localhost/");
    }
}
