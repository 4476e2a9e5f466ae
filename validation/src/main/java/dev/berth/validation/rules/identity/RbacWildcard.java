package dev.berth.validation.rules.identity;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A Role or ClusterRole rule with {@code *} in its {@code apiGroups}, {@code resources} or {@code verbs}. A wildcard
 * grants more than its author could list, including every resource and verb added to the API later (kube-linter's
 * {@code wildcard-in-rules}). Kubernetes' own roles ({@code system:} names, {@code cluster-admin}...) are not judged.
 */
public final class RbacWildcard extends Rule {

    private static final List<String> FIELDS = List.of("apiGroups", "resources", "verbs");

    /** Creates the rule. */
    public RbacWildcard() {
        super(RuleInfo.id("rbac-wildcard")
                .summary("An RBAC rule grants a wildcard API group, resource or verb")
                .severity(Severity.MEDIUM).category(Category.IDENTITY).kinds("Role", "ClusterRole")
                .remediation("List the API groups, resources and verbs the subject needs instead of \"*\".")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Rbac.RuleAt at : Rbac.rules(context)) {
            if (Rbac.isDefaultRole(at.role())) {
                continue;
            }
            List<String> wild = new ArrayList<>();
            for (String field : FIELDS) {
                List<String> values = switch (field) {
                    case "apiGroups" -> at.rule().getApiGroups();
                    case "resources" -> at.rule().getResources();
                    default -> at.rule().getVerbs();
                };
                if (Rbac.has(values, "*")) {
                    wild.add(field);
                }
            }
            if (!wild.isEmpty()) {
                context.report(at.role(), at.path() + "." + wild.get(0), at.path()
                        + " grants \"*\" in " + join(wild) + ", which also covers whatever the API adds later");
            }
        }
    }

    private static String join(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
    }
}
