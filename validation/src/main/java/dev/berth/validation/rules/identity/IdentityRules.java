package dev.berth.validation.rules.identity;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Identity rules: service accounts, tokens, RBAC.
 *
 * <p>{@value RuleSets#RECOMMENDED} holds the rules that point at a broken reference or a dangerous grant;
 * {@value RuleSets#STRICT} adds the default ServiceAccount, unused tokens, Secret readers and pod creators, which
 * many good manifests (operators, deployers) would trip.
 *
 * <pre>{@code
 * new IdentityRules().rules();
 * }</pre>
 */
public final class IdentityRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("service-account-missing",
            "deprecated-service-account-field", "rbac-wildcard", "rbac-cluster-admin-binding", "rbac-pod-exec",
            "rbac-escalation-verbs", "rbac-default-service-account");
    private static final Set<String> STRICT = Set.of("default-service-account", "token-automount",
            "rbac-secrets-access", "rbac-pod-create");

    @Override
    public List<Rule> rules() {
        return List.of(new DefaultServiceAccount(), new TokenAutomount(), new ServiceAccountMissing(),
                new DeprecatedServiceAccountField(), new RbacWildcard(), new RbacClusterAdminBinding(),
                new RbacSecretsAccess(), new RbacPodExec(), new RbacEscalationVerbs(), new RbacDefaultServiceAccount(),
                new RbacPodCreate());
    }

    @Override
    public Set<String> members(String ruleSet) {
        return switch (ruleSet) {
            case RuleSets.RECOMMENDED -> RECOMMENDED;
            case RuleSets.STRICT -> STRICT;
            default -> Set.of();
        };
    }
}
