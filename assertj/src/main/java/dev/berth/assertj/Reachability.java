package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether NetworkPolicies let traffic through, with the semantics of the Kubernetes API:
 *
 * <ul>
 *   <li>A pod is isolated for ingress when a policy of its namespace selects it ({@code podSelector}) and has
 *       {@code Ingress} in {@code policyTypes} (an unset {@code policyTypes} always means Ingress); for egress when
 *       one has {@code Egress} there (an unset {@code policyTypes} means Egress when the policy has egress rules).
 *       A pod isolated by no policy accepts (sends) everything.</li>
 *   <li>An isolated pod accepts a connection when a rule of one of those policies admits it: a rule without peers
 *       admits every source; a {@code podSelector} peer alone selects pods of the policy's namespace; a
 *       {@code namespaceSelector} peer selects namespaces by their labels (those of a Namespace object of the
 *       manifest, plus {@code kubernetes.io/metadata.name}); both together select those pods in those namespaces.
 *       An {@code ipBlock} peer is meant for addresses outside the cluster and admits no pod here.</li>
 *   <li>A rule without ports admits every port; a numeric port matches the port or the range up to
 *       {@code endPort}; a named port is resolved against the destination pod's container ports. The protocol
 *       defaults to TCP.</li>
 *   <li>Traffic between two pods flows when the source's egress side and the destination's ingress side both
 *       admit it.</li>
 * </ul>
 */
final class Reachability {

    /** The standard label every namespace carries since Kubernetes 1.21. */
    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    /**
     * One side's verdict.
     *
     * @param isolating the policies that isolate the pod on this side, by reference, sorted
     * @param admittedBy where the admitting rule is ({@code NetworkPolicy shop/db-ingress at spec.ingress[0]}),
     *     or empty when nothing admits the traffic; for a pod isolated by no policy, empty and irrelevant
     */
    record Side(List<ObjectRef> isolating, Optional<String> admittedBy) {
        boolean allows() {
            return isolating.isEmpty() || admittedBy.isPresent();
        }
    }

    private final Manifest manifest;

    Reachability(Manifest manifest) {
        this.manifest = manifest;
    }

    /** The ingress side of {@code target}, for traffic from {@code source} (null: from anywhere). */
    Side ingress(Workload source, Workload target, int port, String protocol) {
        List<ObjectRef> isolating = new ArrayList<>();
        Optional<String> admitted = Optional.empty();
        for (NetworkPolicy policy : isolatingPolicies(target, "Ingress")) {
            isolating.add(ObjectRef.of(policy));
            var rules = Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of());
            for (int i = 0; i < rules.size() && admitted.isEmpty(); i++) {
                if (peersAdmit(rules.get(i).getFrom(), ObjectRef.namespaceOf(policy), source)
                        && portsAdmit(rules.get(i).getPorts(), port, protocol, target)) {
                    admitted = Optional.of(ObjectRef.of(policy) + " at spec.ingress[" + i + "]");
                }
            }
        }
        return new Side(isolating.stream().sorted().toList(), admitted);
    }

    /** The egress side of {@code source}, for traffic to {@code target}. */
    Side egress(Workload source, Workload target, int port, String protocol) {
        List<ObjectRef> isolating = new ArrayList<>();
        Optional<String> admitted = Optional.empty();
        for (NetworkPolicy policy : isolatingPolicies(source, "Egress")) {
            isolating.add(ObjectRef.of(policy));
            var rules = Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of());
            for (int i = 0; i < rules.size() && admitted.isEmpty(); i++) {
                if (peersAdmit(rules.get(i).getTo(), ObjectRef.namespaceOf(policy), target)
                        && portsAdmit(rules.get(i).getPorts(), port, protocol, target)) {
                    admitted = Optional.of(ObjectRef.of(policy) + " at spec.egress[" + i + "]");
                }
            }
        }
        return new Side(isolating.stream().sorted().toList(), admitted);
    }

    /** The policies that select the workload's pods and have the type ({@code Ingress} or {@code Egress}). */
    List<NetworkPolicy> isolatingPolicies(Workload workload, String type) {
        List<NetworkPolicy> found = new ArrayList<>();
        for (NetworkPolicy policy : manifest.references().networkPoliciesFor(workload)) {
            if (policy.getSpec() != null && hasType(policy, type)) {
                found.add(policy);
            }
        }
        return found;
    }

    private static boolean hasType(NetworkPolicy policy, String type) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return type.equals("Ingress")
                    || policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty();
        }
        return types.contains(type);
    }

    /**
     * @param peers the rule's {@code from} or {@code to}
     * @param policyNamespace the namespace of the policy, where a lone podSelector looks
     * @param peer the pods at the other end, or null for "anywhere"
     */
    private boolean peersAdmit(List<NetworkPolicyPeer> peers, String policyNamespace, Workload peer) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer candidate : peers) {
            if (peer == null ? admitsAnywhere(candidate) : selects(candidate, policyNamespace, peer)) {
                return true;
            }
        }
        return false;
    }

    private boolean selects(NetworkPolicyPeer peer, String policyNamespace, Workload workload) {
        LabelSelector namespaces = peer.getNamespaceSelector();
        LabelSelector pods = peer.getPodSelector();
        if (peer.getIpBlock() != null || namespaces == null && pods == null) {
            return false;
        }
        boolean namespaceMatches = namespaces == null ? workload.namespace().equals(policyNamespace)
                : Selectors.matches(namespaces, namespaceLabels(workload.namespace()));
        return namespaceMatches && (pods == null || Selectors.matches(pods, workload.podLabels()));
    }

    /** Anywhere means every address, inside the cluster or not: only an ipBlock of the whole address space. */
    private static boolean admitsAnywhere(NetworkPolicyPeer peer) {
        IPBlock block = peer.getIpBlock();
        return block != null && ("0.0.0.0/0".equals(block.getCidr()) || "::/0".equals(block.getCidr()))
                && (block.getExcept() == null || block.getExcept().isEmpty());
    }

    private Map<String, String> namespaceLabels(String namespace) {
        Map<String, String> labels = new HashMap<>();
        manifest.find(Namespace.class, "", namespace)
                .map(n -> n.getMetadata().getLabels()).ifPresent(labels::putAll);
        labels.put(NAMESPACE_NAME_LABEL, namespace);
        return labels;
    }

    private static boolean portsAdmit(List<NetworkPolicyPort> ports, int port, String protocol, Workload destination) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort candidate : ports) {
            String candidateProtocol = candidate.getProtocol() == null ? "TCP" : candidate.getProtocol();
            if (!candidateProtocol.equalsIgnoreCase(protocol)) {
                continue;
            }
            IntOrString value = candidate.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int end = candidate.getEndPort() == null ? value.getIntVal() : candidate.getEndPort();
                if (port >= value.getIntVal() && port <= end) {
                    return true;
                }
            } else if (value.getStrVal() != null && namedPort(destination, value.getStrVal(), protocol) == port) {
                return true;
            }
        }
        return false;
    }

    /** @return the container port the name stands for on the destination's pods, or -1 */
    private static int namedPort(Workload destination, String name, String protocol) {
        if (destination == null) {
            return -1;
        }
        for (var container : destination.containers()) {
            for (ContainerPort port : Optional.ofNullable(container.getPorts()).orElse(List.of())) {
                String portProtocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
                if (name.equals(port.getName()) && portProtocol.equalsIgnoreCase(protocol)
                        && port.getContainerPort() != null) {
                    return port.getContainerPort();
                }
            }
        }
        return -1;
    }
}
