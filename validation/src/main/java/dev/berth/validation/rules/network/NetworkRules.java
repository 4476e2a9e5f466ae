package dev.berth.validation.rules.network;

import dev.berth.validation.Rule;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.util.List;
import java.util.Set;

/**
 * Network rules: NetworkPolicies, Services, ports, Ingress.
 *
 * <p>{@value RuleSets#RECOMMENDED} holds the rules that find broken wiring (selectors and ports that match nothing,
 * Ingress backends that do not exist); {@value RuleSets#STRICT} adds isolation by NetworkPolicy, DNS under egress
 * policies, TLS on Ingresses and the informational NodePort and LoadBalancer findings.
 *
 * <pre>{@code
 * new NetworkRules().rules();
 * }</pre>
 */
public final class NetworkRules implements RulePack {

    private static final Set<String> RECOMMENDED = Set.of("network-policy-selects-nothing", "service-selects-nothing",
            "service-target-port-undeclared", "ingress-backend-missing");
    private static final Set<String> STRICT = Set.of("pod-without-network-policy", "network-policy-blocks-dns",
            "ingress-tls", "service-node-port", "service-load-balancer");

    @Override
    public List<Rule> rules() {
        return List.of(new PodWithoutNetworkPolicy(), new NetworkPolicySelectsNothing(), new ServiceSelectsNothing(),
                new ServiceTargetPortUndeclared(), new ServiceNodePort(), new ServiceLoadBalancer(),
                new IngressBackendMissing(), new IngressTls(), new NetworkPolicyBlocksDns());
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
