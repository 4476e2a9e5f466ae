package dev.berth.validation.rules.network;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import java.util.List;
import java.util.Set;

/**
 * Network rules: NetworkPolicies, Services, ports, Ingress.
 *
 * <pre>{@code
 * new NetworkRules().rules();
 * }</pre>
 */
public final class NetworkRules implements RulePack {

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public Set<String> members(String ruleSet) {
        return Set.of();
    }
}
