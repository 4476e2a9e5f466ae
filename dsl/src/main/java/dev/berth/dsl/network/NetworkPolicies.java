package dev.berth.dsl.network;

import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetworkPolicies from intents: {@code <to>-ingress} on each target of the cluster; with default deny, a
 * {@code default-deny} policy that keeps DNS open (to kube-dns in kube-system, port 53) and {@code <from>-egress} on
 * each source. An intent to addresses outside the cluster becomes an {@code ipBlock} egress rule: a NetworkPolicy
 * cannot select a DNS name, so an external host is reached by the CIDR it resolves to, and DNS stays open to find it.
 *
 * <pre>{@code
 * Component policies = NetworkPolicies.of(List.of(new NetworkIntent("api", "db", List.of(5432))), true);
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/services-networking/network-policies/">Network Policies</a>.
 *
 * @param intents the allowed connections
 * @param defaultDeny whether everything else is denied, in both directions
 */
public record NetworkPolicies(List<NetworkIntent> intents, boolean defaultDeny) implements Component {

    /**
     * Copies the intents.
     *
     * @param intents the intents
     * @param defaultDeny whether to deny the rest
     */
    public NetworkPolicies {
        intents = List.copyOf(intents);
    }

    /**
     * The policies for these intents.
     *
     * @param intents the intents
     * @param defaultDeny whether to deny the rest
     * @return the component
     */
    public static NetworkPolicies of(List<NetworkIntent> intents, boolean defaultDeny) {
        return new NetworkPolicies(intents, defaultDeny);
    }

    /**
     * Adds the policies.
     *
     * @param a the application's assembly
     */
    @Override
    public void contribute(Assembly a) {
        if (defaultDeny) {
            a.add(new NetworkPolicyBuilder().withMetadata(a.metadata("default-deny", a.application()).build())
                    .withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress", "Egress")
                    .addToEgress(dns()).endSpec().build());
        }
        Map<String, List<NetworkIntent>> byTarget = new LinkedHashMap<>();
        Map<String, List<NetworkIntent>> bySource = new LinkedHashMap<>();
        for (NetworkIntent i : intents) {
            if (!i.to().equals(NetworkIntent.ANYWHERE) && !i.outsideTheCluster()) {
                byTarget.computeIfAbsent(i.to(), k -> new ArrayList<>()).add(i);
            }
            if (!i.from().equals(NetworkIntent.ANYWHERE)) {
                bySource.computeIfAbsent(i.from(), k -> new ArrayList<>()).add(i);
            }
        }
        byTarget.forEach((to, list) -> {
            NetworkPolicyBuilder b = new NetworkPolicyBuilder().withMetadata(a.metadata(to + "-ingress", to).build())
                    .withNewSpec().withNewPodSelector().withMatchLabels(a.selector(to)).endPodSelector()
                    .withPolicyTypes("Ingress").endSpec();
            for (NetworkIntent i : list) {
                NetworkPolicyIngressRuleBuilder rule = new NetworkPolicyIngressRuleBuilder().withPorts(ports(i));
                if (!i.from().equals(NetworkIntent.ANYWHERE)) {
                    rule.withFrom(new NetworkPolicyPeerBuilder().withNewPodSelector()
                            .withMatchLabels(a.selector(i.from())).endPodSelector().build());
                }
                b.editSpec().addToIngress(rule.build()).endSpec();
            }
            a.add(b.build());
        });
        if (!defaultDeny) {
            return;
        }
        bySource.forEach((from, list) -> {
            NetworkPolicyBuilder b = new NetworkPolicyBuilder().withMetadata(a.metadata(from + "-egress", from).build())
                    .withNewSpec().withNewPodSelector().withMatchLabels(a.selector(from)).endPodSelector()
                    .withPolicyTypes("Egress").endSpec();
            for (NetworkIntent i : list) {
                List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer> peers = new ArrayList<>();
                if (i.to().equals(NetworkIntent.ANYWHERE)) {
                    peers.add(new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr("0.0.0.0/0").endIpBlock()
                            .build());
                } else if (i.outsideTheCluster()) {
                    i.cidrs().forEach(cidr -> peers.add(new NetworkPolicyPeerBuilder().withNewIpBlock().withCidr(cidr)
                            .endIpBlock().build()));
                } else {
                    peers.add(new NetworkPolicyPeerBuilder().withNewPodSelector().withMatchLabels(a.selector(i.to()))
                            .endPodSelector().build());
                }
                b.editSpec().addToEgress(new NetworkPolicyEgressRuleBuilder().withPorts(ports(i))
                        .withTo(peers).build()).endSpec();
            }
            a.add(b.build());
        });
    }

    private static List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort> ports(NetworkIntent i) {
        return i.ports().stream().map(p -> new NetworkPolicyPortBuilder().withProtocol("TCP")
                .withPort(new IntOrString(p)).build()).toList();
    }

    private static io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule dns() {
        return new NetworkPolicyEgressRuleBuilder()
                .withTo(new NetworkPolicyPeerBuilder()
                        .withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", "kube-system")
                        .endNamespaceSelector()
                        .withNewPodSelector().addToMatchLabels("k8s-app", "kube-dns").endPodSelector().build())
                .withPorts(new NetworkPolicyPortBuilder().withProtocol("UDP").withPort(new IntOrString(53)).build(),
                        new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(53)).build())
                .build();
    }
}
