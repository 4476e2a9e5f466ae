package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A NetworkPolicy isolates egress but allows no traffic to port 53 (UDP or TCP) outside its namespace, so its pods
 * cannot resolve names, unless another policy of the set allows DNS for the same pods (policies add up): one that
 * selects the same workloads, or one with an empty podSelector in the namespace.
 */
public final class NetworkPolicyBlocksDns extends Rule {

    /** Creates the rule. */
    public NetworkPolicyBlocksDns() {
        super(RuleInfo.id("network-policy-blocks-dns")
                .summary("A NetworkPolicy isolates egress without allowing DNS")
                .severity(Severity.LOW).category(Category.NETWORK).kinds("NetworkPolicy")
                .remediation("Add an egress rule to port 53 over UDP and TCP (to the kube-system namespace, where "
                        + "the cluster DNS runs), in this policy or in a namespace-wide one.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<String, Boolean> namespaceAllowsDns = context.once("namespaces-allowing-dns", manifest -> {
            Map<String, Boolean> allows = new HashMap<>();
            for (NetworkPolicy policy : manifest.all(NetworkPolicy.class)) {
                if (Network.allowsDns(policy) && policy.getSpec() != null
                        && Selectors.isEmpty(policy.getSpec().getPodSelector())) {
                    allows.put(ObjectRef.of(policy).namespace(), true);
                }
            }
            return allows;
        });
        for (NetworkPolicy policy : context.all(NetworkPolicy.class)) {
            String namespace = ObjectRef.of(policy).namespace();
            if (!Network.isolatesEgress(policy) || Network.allowsDns(policy)
                    || namespaceAllowsDns.containsKey(namespace)) {
                continue;
            }
            List<Workload> selected = context.references().selected(policy);
            List<String> stranded = new ArrayList<>();
            for (Workload workload : selected) {
                if (context.references().networkPoliciesFor(workload).stream().noneMatch(Network::allowsDns)) {
                    stranded.add(Network.name(workload));
                }
            }
            if (selected.isEmpty() || !stranded.isEmpty()) {
                context.report(policy, policy.getSpec().getPolicyTypes() == null ? "spec.egress"
                        : "spec.policyTypes", "isolates egress but allows no DNS (port 53) outside the namespace, so "
                        + (stranded.isEmpty() ? "its pods" : String.join(", ", stranded)) + " cannot resolve names");
            }
        }
    }
}
