package dev.berth.validation.rules.identity;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Identity rules: service accounts, tokens, RBAC.
 *
 * <pre>{@code
 * new IdentityRules().rules();
 * }</pre>
 */
public final class IdentityRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
