package dev.berth.validation.rules.identity;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.List;

/**
 * A RoleBinding or ClusterRoleBinding names the {@code default} ServiceAccount of a namespace as a subject. Every pod of
 * that namespace that names no ServiceAccount runs as {@code default}, so the grant reaches all of them, including pods
 * added later by anyone who may create pods there. A subject's namespace defaults to the binding's own. Bindings
 * Kubernetes creates for itself ({@code system:} names) are not judged.
 *
 * <pre>{@code
 * subjects: [{kind: ServiceAccount, name: default, namespace: shop}]   # reported
 * subjects: [{kind: ServiceAccount, name: orders, namespace: shop}]    # an account of its own: no finding
 * }</pre>
 */
public final class RbacDefaultServiceAccount extends Rule {

    /** Creates the rule. */
    public RbacDefaultServiceAccount() {
        super(RuleInfo.id("rbac-default-service-account")
                .summary("A binding grants a role to the default ServiceAccount of a namespace")
                .severity(Severity.MEDIUM).category(Category.IDENTITY).kinds("RoleBinding", "ClusterRoleBinding")
                .remediation("Create a ServiceAccount for the workload that needs the role, set serviceAccountName "
                        + "in its pod template, and bind the role to that account instead of default.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.BindingAt at : Rbac.bindings(context)) {
            if (Rbac.isDefaultBinding(at.binding())) {
                continue;
            }
            List<Subject> subjects = at.binding() instanceof RoleBinding b ? b.getSubjects()
                    : ((ClusterRoleBinding) at.binding()).getSubjects();
            for (int i = 0; subjects != null && i < subjects.size(); i++) {
                Subject subject = subjects.get(i);
                if (!"ServiceAccount".equals(subject.getKind()) || !"default".equals(subject.getName())) {
                    continue;
                }
                String ns = Rbac.subjectNamespace(at.binding(), subject);
                context.report(at.binding(), "subjects[" + i + "].name", "grants " + at.roleLabel()
                        + " to ServiceAccount " + ns + "/default, which every pod of namespace " + ns
                        + " that names no ServiceAccount runs as");
            }
        }
    }
}
