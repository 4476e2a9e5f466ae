package dev.berth.validation.rules.identity;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Role or ClusterRole grants {@code escalate}, {@code bind} or {@code impersonate}: the verbs that let a subject
 * create roles with permissions it does not hold, bind itself to any role, or act as another user, group or
 * ServiceAccount. A {@code *} verb grants them too and is reported by {@code rbac-wildcard}.
 */
public final class RbacEscalationVerbs extends Rule {

    private static final Set<String> VERBS = Set.of("escalate", "bind", "impersonate");

    /** Creates the rule. */
    public RbacEscalationVerbs() {
        super(RuleInfo.id("rbac-escalation-verbs")
                .summary("An RBAC rule grants escalate, bind or impersonate")
                .severity(Severity.HIGH).category(Category.IDENTITY).kinds("Role", "ClusterRole")
                .remediation("Remove the escalate, bind and impersonate verbs, or restrict them with resourceNames "
                        + "to the roles or identities the subject must manage.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.RuleAt at : Rbac.rules(context)) {
            List<String> verbs = at.rule().getVerbs();
            if (Rbac.isDefaultRole(at.role()) || verbs == null) {
                continue;
            }
            List<String> found = new ArrayList<>();
            verbs.stream().filter(VERBS::contains).distinct().forEach(found::add);
            if (!found.isEmpty()) {
                List<String> resources = at.rule().getResources() == null ? List.of() : at.rule().getResources();
                context.report(at.role(), at.path() + ".verbs", at.path() + " grants " + Rbac.flow(found) + " on " + Rbac.flow(resources)
                        + ", which lets its subjects gain permissions they were not given");
            }
        }
    }
}
