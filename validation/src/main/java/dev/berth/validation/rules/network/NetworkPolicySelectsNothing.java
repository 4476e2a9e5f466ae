package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.core.Selectors;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import dev.berth.validation.rules.SetTables;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.Map;

/**
 * A NetworkPolicy's {@code podSelector} matches none of the workloads the set runs in its namespace: usually a
 * mistyped label, which leaves the pods it was written for unprotected. A set that runs no workload in the namespace
 * (policies kept apart from the apps) is not judged; an empty selector selects every pod and is never a finding.
 *
 * <p>Pods an operator makes from a custom resource of the set, and the static control-plane pods of {@code kube-system},
 * are selected too: see {@link dev.berth.core.References#selectsOperatorPods}.
 */
public final class NetworkPolicySelectsNothing extends Rule {

    /** Creates the rule. */
    public NetworkPolicySelectsNothing() {
        super(RuleInfo.id("network-policy-selects-nothing")
                .summary("A NetworkPolicy selects none of the pods in its namespace")
                .severity(Severity.MEDIUM).category(Category.NETWORK).kinds("NetworkPolicy")
                .remediation("Make spec.podSelector match the labels of the pods the policy is meant for.")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        Map<String, Integer> counts = SetTables.workloadsPerNamespace(context);
        for (NetworkPolicy policy : context.all(NetworkPolicy.class)) {
            LabelSelector selector = policy.getSpec() == null ? null : policy.getSpec().getPodSelector();
            String namespace = ObjectRef.of(policy).namespace();
            int workloads = counts.getOrDefault(namespace, 0);
            if (selector == null || Selectors.isEmpty(selector) || workloads == 0
                    || !context.references().selected(policy).isEmpty()
                    || context.references().selectsOperatorPods(policy)) {
                continue;
            }
            context.report(policy, "spec.podSelector", "spec.podSelector " + Network.flow(selector)
                    + " matches none of " + Network.workloads(workloads, namespace));
        }
    }
}
