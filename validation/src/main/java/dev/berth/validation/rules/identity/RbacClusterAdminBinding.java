package dev.berth.validation.rules.identity;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * A RoleBinding or ClusterRoleBinding grants {@code cluster-admin}: it names the ClusterRole {@code cluster-admin}, or a
 * Role or ClusterRole of the set with a rule that grants every verb on every resource of every API group (the same
 * power under another name). A RoleBinding limits that power to its namespace, which still includes its Secrets and
 * its RBAC. Bindings Kubernetes creates for itself ({@code system:} names) are not judged.
 */
public final class RbacClusterAdminBinding extends Rule {

    /** Creates the rule. */
    public RbacClusterAdminBinding() {
        super(RuleInfo.id("rbac-cluster-admin-binding")
                .summary("A binding grants cluster-admin or a role with every permission")
                .severity(Severity.HIGH).category(Category.IDENTITY).kinds("RoleBinding", "ClusterRoleBinding")
                .remediation("Bind a role that lists only the API groups, resources and verbs the subjects need.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.BindingAt at : Rbac.bindings(context)) {
            if (Rbac.isDefaultBinding(at.binding())) {
                continue;
            }
            String scope = at.binding() instanceof RoleBinding
                    ? " in namespace " + ObjectRef.of(at.binding()).namespace() : " in every namespace";
            if (at.roleKind().equals("ClusterRole") && at.roleName().equals(Rbac.CLUSTER_ADMIN)) {
                context.report(at.binding(), "roleRef.name", "grants ClusterRole cluster-admin to " + subjects(at.binding()) + scope);
                continue;
            }
            at.role().flatMap(role -> Rbac.rulesOf(role).stream().filter(r -> Rbac.grantsEverything(r.rule()))
                    .findFirst()).ifPresent(r -> context.report(at.binding(), "roleRef.name",
                            "grants " + at.roleLabel() + ", whose " + r.path()
                                    + " allows every verb on every resource like cluster-admin, to "
                                    + subjects(at.binding()) + scope));
        }
    }

    /**
     * @param binding a RoleBinding or ClusterRoleBinding
     * @return its subjects as a person would name them: {@code User alice, ServiceAccount shop/api}
     */
    static String subjects(HasMetadata binding) {
        List<Subject> subjects = binding instanceof RoleBinding b ? b.getSubjects()
                : ((ClusterRoleBinding) binding).getSubjects();
        if (subjects == null || subjects.isEmpty()) {
            return "no subject";
        }
        List<String> names = new ArrayList<>();
        for (Subject subject : subjects.subList(0, Math.min(3, subjects.size()))) {
            String ns = subject.getNamespace() == null || subject.getNamespace().isEmpty() ? ""
                    : subject.getNamespace() + "/";
            names.add(subject.getKind() + " " + ns + subject.getName());
        }
        return String.join(", ", names) + (subjects.size() > 3 ? " and " + (subjects.size() - 3) + " more" : "");
    }
}
