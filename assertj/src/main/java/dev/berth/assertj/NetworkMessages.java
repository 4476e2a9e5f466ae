package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import java.util.List;

/** The failure messages of the NetworkPolicy assertions: one small factory each. */
final class NetworkMessages {

    private NetworkMessages() {
    }

    static String shouldAllow(String traffic, String found) {
        return "Expecting traffic from " + traffic + " to be allowed, but " + found;
    }

    static String shouldDeny(String traffic, String found) {
        return "Expecting traffic from " + traffic + " to be denied, but " + found;
    }

    /** One side that isolates the pod and admits nothing: {@code ingress to X is isolated by NetworkPolicy a, b}. */
    static String isolated(String side, List<ObjectRef> policies) {
        return side + " is isolated by NetworkPolicy " + names(policies) + ", whose rules do not admit it";
    }

    /** One side that lets the traffic through: the admitting rule, or no isolation at all. */
    static String admitted(String side, Reachability.Side verdict) {
        return verdict.isolating().isEmpty() ? side + " is isolated by no NetworkPolicy"
                : side + " is admitted by " + verdict.admittedBy().orElseThrow();
    }

    static String noComponent(String component, List<String> workloads) {
        return "Expecting the manifest to hold a workload named \"" + component + "\", but found "
                + (workloads.isEmpty() ? "no workloads" : String.join(", ", workloads));
    }

    static String ambiguousComponent(String component, List<String> workloads) {
        return "Expecting one workload named \"" + component + "\", but found " + workloads.size() + ": "
                + String.join(", ", workloads) + "; write namespace/name";
    }

    static String shouldHoldPolicies() {
        return "Expecting the manifest to hold NetworkPolicies, but found none";
    }

    static String shouldIsolateEveryWorkload(List<String> open) {
        return "Expecting every workload to be isolated for ingress by a NetworkPolicy, but found " + open.size()
                + " selected by none with Ingress in policyTypes: " + String.join(", ", open);
    }

    private static String names(List<ObjectRef> policies) {
        return String.join(", ", policies.stream()
                .map(r -> r.clusterScoped() ? r.name() : r.namespace() + "/" + r.name()).toList());
    }
}
