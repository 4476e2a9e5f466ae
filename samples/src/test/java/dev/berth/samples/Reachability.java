package dev.berth.samples;

import dev.berth.core.Manifest;
import dev.berth.core.Selectors;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the NetworkPolicies of a manifest let one workload's pods open a TCP connection to another's on a port, as
 * a cluster that enforces policies decides it: the source's egress side and the target's ingress side must both
 * allow it. A side no policy isolates allows everything. Peers match by pod selector in the policy's namespace, or
 * with a namespace selector against the {@code kubernetes.io/metadata.name} label; an {@code ipBlock} of
 * {@code 0.0.0.0/0} matches every address. Named ports resolve through the target's containers.
 *
 * <pre>{@code
 * Reachability.allows(manifest, "api", "db", 5432);
 * Reachability.allowsFromOutside(manifest, "web", 3000);
 * }</pre>
 */
final class Reachability {

    private Reachability() {
    }

    /** @return true when pods of workload {@code from} may connect to pods of workload {@code to} on the port */
    static boolean allows(Manifest m, String from, String to, int port) {
        Workload source = ManifestChecks.workload(m, from);
        Workload target = ManifestChecks.workload(m, to);
        return egressAllows(m, source, target, port) && ingressAllows(m, source, target, port);
    }

    /** @return true when a client outside the cluster's pods may connect to pods of workload {@code to} */
    static boolean allowsFromOutside(Manifest m, String to, int port) {
        return ingressAllows(m, null, ManifestChecks.workload(m, to), port);
    }

    private static boolean egressAllows(Manifest m, Workload source, Workload target, int port) {
        List<NetworkPolicy> isolating = policies(m, source, "Egress");
        return isolating.isEmpty() || isolating.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), source.namespace(), target)
                        && portsMatch(rule.getPorts(), target, port));
    }

    private static boolean ingressAllows(Manifest m, Workload source, Workload target, int port) {
        List<NetworkPolicy> isolating = policies(m, target, "Ingress");
        return isolating.isEmpty() || isolating.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), target.namespace(), source)
                        && portsMatch(rule.getPorts(), target, port));
    }

    /** The policies of the workload's namespace that select its pods and isolate them in that direction. */
    private static List<NetworkPolicy> policies(Manifest m, Workload w, String direction) {
        return m.all(NetworkPolicy.class).stream()
                .filter(p -> Objects.equals(p.getMetadata().getNamespace(), w.namespace()))
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), w.podLabels()))
                .filter(p -> types(p).contains(direction))
                .toList();
    }

    private static List<String> types(NetworkPolicy p) {
        List<String> declared = p.getSpec().getPolicyTypes();
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        return p.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    /** @param peer the pod at the other end, or null for a client outside the cluster's pods */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, String policyNamespace, Workload peer) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer p : peers) {
            if (p.getIpBlock() != null) {
                if ("0.0.0.0/0".equals(p.getIpBlock().getCidr())) {
                    return true;
                }
                continue;
            }
            if (peer == null) {
                continue;
            }
            boolean namespaceMatches = p.getNamespaceSelector() == null
                    ? Objects.equals(policyNamespace, peer.namespace())
                    : Selectors.matches(p.getNamespaceSelector(),
                            Map.of("kubernetes.io/metadata.name", peer.namespace()));
            boolean podMatches = p.getPodSelector() == null || Selectors.matches(p.getPodSelector(), peer.podLabels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Workload target, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            if (p.getProtocol() != null && !p.getProtocol().equals("TCP")) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int end = p.getEndPort() != null ? p.getEndPort() : value.getIntVal();
                if (port >= value.getIntVal() && port <= end) {
                    return true;
                }
            } else if (namedPort(target, value.getStrVal()) == port) {
                return true;
            }
        }
        return false;
    }

    private static int namedPort(Workload target, String name) {
        for (Container c : target.containers()) {
            for (ContainerPort p : c.getPorts()) {
                if (name.equals(p.getName())) {
                    return p.getContainerPort();
                }
            }
        }
        return -1;
    }
}
