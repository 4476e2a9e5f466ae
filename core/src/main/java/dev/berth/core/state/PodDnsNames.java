package dev.berth.core.state;

import dev.berth.core.values.DnsNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The stable DNS names of StatefulSet pods: {@code <set>-<ordinal>.<service>.<namespace>.svc.<cluster-domain>}, where
 * {@code <service>} is the headless Service the StatefulSet's {@code spec.serviceName} names.
 *
 * <p>The cluster domain defaults to {@value #DEFAULT_CLUSTER_DOMAIN}; clusters configured otherwise are served by
 * {@link #withClusterDomain(String)}. No namespace is assumed: it is always given. Names are checked as Kubernetes
 * checks them (a StatefulSet and a namespace are DNS-1123 labels, a Service a DNS-1035 label), and an invalid one
 * throws {@link IllegalArgumentException} naming it. See
 * <a href="https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id">Stable Network
 * ID</a>.
 *
 * <pre>{@code
 * PodDnsNames dns = PodDnsNames.clusterLocal();
 * dns.podName("db", 0);                 // "db-0"
 * dns.podFqdn("db", 0, "db", "shop");   // "db-0.db.shop.svc.cluster.local"
 * dns.serviceFqdn("db", "shop");        // "db.shop.svc.cluster.local"
 * dns.withClusterDomain("corp.local").podFqdn("db", 1, "db", "shop"); // "db-1.db.shop.svc.corp.local"
 * }</pre>
 *
 * @param clusterDomain the cluster's DNS domain, such as {@value #DEFAULT_CLUSTER_DOMAIN}
 */
public record PodDnsNames(String clusterDomain) {

    /** The cluster domain of a cluster that configures none. */
    public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

    private static final PodDnsNames CLUSTER_LOCAL = new PodDnsNames(DEFAULT_CLUSTER_DOMAIN);

    /**
     * Checks the cluster domain is a DNS-1123 subdomain.
     *
     * @param clusterDomain the cluster's DNS domain
     * @throws IllegalArgumentException naming the domain when it is not
     */
    public PodDnsNames {
        DnsNames.requireDns1123Subdomain("cluster domain", clusterDomain);
    }

    /**
     * The names in a cluster with the default domain.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().clusterDomain(); // "cluster.local"
     * }</pre>
     *
     * @return names under {@value #DEFAULT_CLUSTER_DOMAIN}
     */
    public static PodDnsNames clusterLocal() {
        return CLUSTER_LOCAL;
    }

    /**
     * The same names in a cluster with another domain.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().withClusterDomain("corp.local").serviceFqdn("db", "shop"); // "db.shop.svc.corp.local"
     * }</pre>
     *
     * @param domain the cluster domain, such as {@code corp.local}
     * @return names under that domain
     * @throws IllegalArgumentException when the domain is not a DNS-1123 subdomain
     */
    public PodDnsNames withClusterDomain(String domain) {
        return new PodDnsNames(domain);
    }

    /**
     * The name of a StatefulSet's pod, which is also its host name.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().podName("web", 2); // "web-2"
     * }</pre>
     *
     * @param statefulSet the StatefulSet's name
     * @param ordinal the pod's ordinal, from 0
     * @return {@code <set>-<ordinal>}
     * @throws IllegalArgumentException for a negative ordinal, a name that is not a DNS-1123 label, or a pod name
     *     longer than 63 characters
     */
    public String podName(String statefulSet, int ordinal) {
        DnsNames.requireDns1123Label("StatefulSet name", statefulSet);
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        return DnsNames.requireDns1123Label("pod name", statefulSet + "-" + ordinal);
    }

    /**
     * The fully qualified name of one pod, through the StatefulSet's headless Service.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().podFqdn("zk", 2, "zk-hs", "coordination"); // "zk-2.zk-hs.coordination.svc.cluster.local"
     * }</pre>
     *
     * @param statefulSet the StatefulSet's name
     * @param ordinal the pod's ordinal, from 0
     * @param service the headless Service named by the StatefulSet's {@code spec.serviceName}
     * @param namespace the namespace of the StatefulSet and the Service
     * @return {@code <set>-<ordinal>.<service>.<namespace>.svc.<cluster-domain>}
     * @throws IllegalArgumentException naming the first invalid input
     */
    public String podFqdn(String statefulSet, int ordinal, String service, String namespace) {
        return podName(statefulSet, ordinal) + "." + serviceFqdn(service, namespace);
    }

    /**
     * The fully qualified names of all pods of a StatefulSet, ordinal 0 first: a ZooKeeper server list, a Cassandra
     * seed list.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().allFqdns("db", 2, "db", "shop");
     * // [db-0.db.shop.svc.cluster.local, db-1.db.shop.svc.cluster.local]
     * }</pre>
     *
     * @param statefulSet the StatefulSet's name
     * @param replicas the number of replicas, 0 or more
     * @param service the headless Service named by the StatefulSet's {@code spec.serviceName}
     * @param namespace the namespace of the StatefulSet and the Service
     * @return one name per replica, in ordinal order; empty for 0 replicas
     * @throws IllegalArgumentException naming the first invalid input
     */
    public List<String> allFqdns(String statefulSet, int replicas, String service, String namespace) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must be >= 0, was " + replicas);
        }
        String suffix = "." + serviceFqdn(service, namespace);
        DnsNames.requireDns1123Label("StatefulSet name", statefulSet);
        List<String> names = new ArrayList<>(replicas);
        for (int ordinal = 0; ordinal < replicas; ordinal++) {
            names.add(podName(statefulSet, ordinal) + suffix);
        }
        return List.copyOf(names);
    }

    /**
     * The fully qualified name of a Service; for a headless Service it resolves to the addresses of its ready pods.
     *
     * <pre>{@code
     * PodDnsNames.clusterLocal().serviceFqdn("db", "shop"); // "db.shop.svc.cluster.local"
     * }</pre>
     *
     * @param service the Service's name
     * @param namespace the Service's namespace
     * @return {@code <service>.<namespace>.svc.<cluster-domain>}
     * @throws IllegalArgumentException when the Service name is not a DNS-1035 label or the namespace not a DNS-1123
     *     label
     */
    public String serviceFqdn(String service, String namespace) {
        DnsNames.requireDns1035Label("Service name", service);
        DnsNames.requireDns1123Label("namespace", namespace);
        return service + "." + namespace + ".svc." + clusterDomain;
    }
}
