package dev.berth.validation.rules.identity;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import java.util.List;
import java.util.Set;

/**
 * A Role or ClusterRole lets its subjects read Secrets: {@code get}, {@code list}, {@code watch} or {@code *} on
 * {@code secrets} (named, or through a resource wildcard) without {@code resourceNames}. Reading a Secret reads its
 * value, and {@code list} or {@code watch} reads all of them at once. A rule limited by {@code resourceNames} to the
 * Secrets the subject owns is least privilege and no finding.
 */
public final class RbacSecretsAccess extends Rule {

    private static final Set<String> READ = Set.of("get", "list", "watch");

    /** Creates the rule. */
    public RbacSecretsAccess() {
        super(RuleInfo.id("rbac-secrets-access")
                .summary("An RBAC rule lets its subjects read Secrets")
                .severity(Severity.LOW).category(Category.IDENTITY).kinds("Role", "ClusterRole")
                .remediation("Grant access to the Secrets the subject needs by resourceNames, or mount them into "
                        + "its pods instead of reading them through the API.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.RuleAt at : Rbac.rules(context)) {
            List<String> names = at.rule().getResourceNames();
            if (Rbac.isDefaultRole(at.role()) || names != null && !names.isEmpty()) {
                continue;
            }
            List<String> verbs = Rbac.allowedVerbs(at.rule(), "", "secrets", READ);
            if (!verbs.isEmpty()) {
                String where = at.role() instanceof ClusterRole ? "in every namespace it is bound for"
                        : "in namespace " + ObjectRef.of(at.role()).namespace();
                context.report(at.role(), at.path() + ".resources", at.path() + " grants " + Rbac.flow(verbs) + " on secrets, so its subjects can read every Secret "
                        + where);
            }
        }
    }
}
