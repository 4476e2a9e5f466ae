package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;

/**
 * A workload's pods are not isolated by a NetworkPolicy of the set for both directions: no policy selects them, or
 * the policies that do isolate only ingress or only egress. Kubernetes lets every pod talk to every other pod until
 * a policy selects it. A policy that isolates a direction with no rule for it denies that direction, which counts as
 * isolation. Pods on the host network are out of reach of NetworkPolicies and not judged.
 */
public final class PodWithoutNetworkPolicy extends Rule {

    /** Creates the rule. */
    public PodWithoutNetworkPolicy() {
        super(RuleInfo.id("pod-without-network-policy")
                .summary("Pods are not isolated by a NetworkPolicy for ingress and egress")
                .severity(Severity.MEDIUM).category(Category.NETWORK)
                .kinds("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
                        "CronJob", "Pod")
                .remediation("Add a NetworkPolicy whose podSelector matches the pods, with Ingress and Egress in "
                        + "policyTypes and rules for the traffic they need (a default-deny policy per namespace "
                        + "plus allow rules is the usual pattern).")
                .objectByObject()
                .build());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload workload : context.workloads()) {
            if (workload.podSpec().isEmpty() || Boolean.TRUE.equals(workload.podSpec().get().getHostNetwork())) {
                continue;
            }
            List<NetworkPolicy> policies = context.references().networkPoliciesFor(workload);
            boolean ingress = policies.stream().anyMatch(Network::isolatesIngress);
            boolean egress = policies.stream().anyMatch(Network::isolatesEgress);
            String labels = "its pods (labels " + Network.flow(workload.podLabels()) + ")";
            String message;
            if (policies.isEmpty()) {
                message = "no NetworkPolicy selects " + labels + ", so any pod can reach them and they can reach "
                        + "anything";
            } else if (ingress && egress) {
                continue;
            } else {
                String names = String.join(", ", policies.stream().map(p -> ObjectRef.of(p).name()).toList());
                message = "the NetworkPolicies selecting " + labels + " (" + names + ") isolate only "
                        + (ingress ? "ingress; their egress is open" : "egress; their ingress is open");
            }
            context.report(workload.owner(), Network.podLabelsPath(workload), message);
        }
    }
}
