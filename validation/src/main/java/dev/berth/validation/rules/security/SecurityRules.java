package dev.berth.validation.rules.security;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Security rules: the Pod Security Standards, baseline and restricted, and container hardening.
 *
 * <pre>{@code
 * new SecurityRules().rules();
 * }</pre>
 */
public final class SecurityRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
