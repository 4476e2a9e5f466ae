package dev.berth.validation.rules.network;

import dev.berth.core.ObjectRef;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the network rules share: NetworkPolicy semantics, workload counts per namespace and selector text. */
final class Network {

    private Network() {
    }

    /**
     * @param policy a NetworkPolicy
     * @return true when it isolates its pods for ingress: {@code Ingress} in {@code policyTypes}, or no
     *         {@code policyTypes} at all (Kubernetes then always implies Ingress)
     */
    static boolean isolatesIngress(NetworkPolicy policy) {
        List<String> types = policy.getSpec() == null ? null : policy.getSpec().getPolicyTypes();
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    /**
     * @param policy a NetworkPolicy
     * @return true when it isolates its pods for egress: {@code Egress} in {@code policyTypes}, or no
     *         {@code policyTypes} and some egress rule (Kubernetes then implies Egress)
     */
    static boolean isolatesEgress(NetworkPolicy policy) {
        if (policy.getSpec() == null) {
            return false;
        }
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty();
        }
        return types.contains("Egress");
    }

    /**
     * An egress rule lets DNS out when its ports include 53 (any protocol it names is UDP or TCP, or none) and its
     * peers can be outside the policy's namespace (no peers, an ipBlock or a namespaceSelector): a rule to pods of
     * its own namespace does not reach the cluster DNS.
     *
     * @param policy a NetworkPolicy
     * @return true when one of its egress rules allows DNS
     */
    static boolean allowsDns(NetworkPolicy policy) {
        List<NetworkPolicyEgressRule> rules = policy.getSpec() == null ? null : policy.getSpec().getEgress();
        for (NetworkPolicyEgressRule rule : rules == null ? List.<NetworkPolicyEgressRule>of() : rules) {
            if (portsAllowDns(rule.getPorts()) && peersReachDns(rule.getTo())) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsAllowDns(List<NetworkPolicyPort> ports) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort port : ports) {
            String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
            if (!protocol.equals("UDP") && !protocol.equals("TCP")) {
                continue;
            }
            IntOrString value = port.getPort();
            if (value == null || value.getStrVal() != null && value.getStrVal().startsWith("dns")) {
                return true;
            }
            Integer number = value.getIntVal();
            if (number != null && (number == 53 || number < 53 && port.getEndPort() != null
                    && port.getEndPort() >= 53)) {
                return true;
            }
        }
        return false;
    }

    private static boolean peersReachDns(List<NetworkPolicyPeer> peers) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null || peer.getNamespaceSelector() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param count a number of workloads
     * @param namespace their namespace
     * @return {@code "the pods the set runs in namespace shop (3 workloads)"}
     */
    static String workloads(int count, String namespace) {
        return "the pods the set runs in namespace " + namespace + " (" + count + (count == 1 ? " workload)"
                : " workloads)");
    }

    /**
     * @param workload a workload
     * @return the path of its pods' labels
     */
    static String podLabelsPath(Workload workload) {
        return workload.templatePath().isEmpty() ? "metadata.labels" : workload.templatePath() + ".metadata.labels";
    }

    /**
     * @param labels equality terms
     * @return them as YAML would show a flow mapping, sorted: {@code {app: web, tier: front}}
     */
    static String flow(Map<String, String> labels) {
        List<String> terms = new ArrayList<>();
        new TreeMap<>(labels == null ? Map.<String, String>of() : labels).forEach((k, v) -> terms.add(k + ": " + v));
        return "{" + String.join(", ", terms) + "}";
    }

    /**
     * @param selector a label selector
     * @return its terms as text: {@code {app: web}}, with expressions such as {@code tier In [a, b]}
     */
    static String flow(LabelSelector selector) {
        String labels = flow(selector.getMatchLabels());
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions();
        if (expressions == null || expressions.isEmpty()) {
            return labels;
        }
        List<String> terms = new ArrayList<>();
        for (LabelSelectorRequirement e : expressions) {
            terms.add(e.getKey() + " " + e.getOperator()
                    + (e.getValues() == null || e.getValues().isEmpty() ? "" : " " + e.getValues()));
        }
        return (labels.equals("{}") ? "" : labels + " and ") + String.join(", ", terms);
    }

    /**
     * @param workload a workload
     * @return {@code Deployment shop/web}
     */
    static String name(Workload workload) {
        return ObjectRef.of(workload.owner()).toString();
    }
}
