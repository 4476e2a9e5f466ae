package dev.berth.validation.rules.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact messages of the network rules. */
class NetworkMessagesTest {

    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: shop}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: "nginx:1.27"
                    ports: [{name: http, containerPort: 80}]
            """;

    private static final String WEB_SERVICE = """
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80}]
            """;

    private static List<String> headlines(String ruleId, String yaml) {
        RuleSet set = RuleSet.of("one", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        Manifest manifest = new ManifestReader().readString(yaml);
        return Validator.of(set).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    @Test
    void a_pod_no_policy_selects_is_named_with_its_labels() {
        // GIVEN a Deployment and no NetworkPolicy
        // WHEN pod-without-network-policy judges it
        List<String> found = headlines("pod-without-network-policy", WEB);
        // THEN the message names the labels a policy would have to select
        assertThat(found).containsExactly("Deployment shop/web: no NetworkPolicy selects its pods (labels {app: web}),"
                + " so any pod can reach them and they can reach anything");
    }

    @Test
    void a_pod_isolated_for_one_direction_is_told_which_is_open() {
        String yaml = WEB + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny-in, namespace: shop}
                spec: {podSelector: {}, policyTypes: [Ingress]}
                """;
        assertThat(headlines("pod-without-network-policy", yaml)).containsExactly("Deployment shop/web: the "
                + "NetworkPolicies selecting its pods (labels {app: web}) (deny-in) isolate only ingress; their "
                + "egress is open");
    }

    @Test
    void a_policy_selecting_nothing_counts_the_workloads_it_missed() {
        String yaml = WEB + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web, namespace: shop}
                spec:
                  podSelector:
                    matchLabels: {app: wbe}
                    matchExpressions: [{key: tier, operator: Exists}]
                """;
        assertThat(headlines("network-policy-selects-nothing", yaml)).containsExactly("NetworkPolicy shop/web: "
                + "spec.podSelector {app: wbe} and tier Exists matches none of the pods the set runs in namespace shop "
                + "(1 workload)");
    }

    @Test
    void a_service_selecting_nothing_says_it_has_no_endpoints() {
        String yaml = WEB + WEB_SERVICE.replace("selector: {app: web}", "selector: {app: web, tier: front}");
        assertThat(headlines("service-selects-nothing", yaml)).containsExactly("Service shop/web: spec.selector "
                + "{app: web, tier: front} matches none of the pods the set runs in namespace shop (1 workload), so "
                + "the Service has no endpoints");
    }

    @Test
    void a_service_whose_pods_run_only_in_another_namespace_selects_nothing() {
        // GIVEN a Service in namespace shop whose selector matches only the pods of a Deployment in namespace web
        String yaml = WEB.replace("namespace: shop", "namespace: web") + WEB_SERVICE;
        // WHEN service-selects-nothing judges the set (no workload runs in shop)
        List<String> found = headlines("service-selects-nothing", yaml);
        // THEN it is reported, naming the workload whose pods match and why they do not count
        assertThat(found).containsExactly("Service shop/web: spec.selector {app: web} matches no pod of namespace "
                + "shop: the pods of Deployment web/web match it, but a Service selects pods of its own namespace "
                + "only, so the Service has no endpoints");
    }

    @Test
    void a_service_missing_its_own_namespace_pods_is_told_where_matching_pods_run() {
        // GIVEN a Service in shop whose selector matches a Deployment of namespace web, not the Deployment of shop
        String yaml = WEB.replace("namespace: shop", "namespace: web").replace("{app: web}", "{app: web, tier: a}")
                + "---\n" + WEB.replace("name: web, namespace", "name: api, namespace").replace("app: web", "app: api")
                + WEB_SERVICE.replace("selector: {app: web}", "selector: {tier: a}");
        // WHEN service-selects-nothing judges the set
        // THEN the finding counts shop's workloads and names the one elsewhere
        assertThat(headlines("service-selects-nothing", yaml)).containsExactly("Service shop/web: spec.selector "
                + "{tier: a} matches none of the pods the set runs in namespace shop (1 workload), so the Service "
                + "has no endpoints; the pods of Deployment web/web match it, but a Service selects pods of its own "
                + "namespace only");
    }

    @Test
    void a_service_in_a_namespace_without_workloads_and_without_matching_pods_is_not_judged() {
        // GIVEN a Service in shop and a Deployment in web whose pods it does not match
        String yaml = WEB.replace("namespace: shop", "namespace: web") + WEB_SERVICE.replace("{app: web}",
                "{app: shop}");
        // WHEN service-selects-nothing judges the set
        // THEN nothing is reported: its pods may run outside the set
        assertThat(headlines("service-selects-nothing", yaml)).isEmpty();
    }

    @Test
    void an_undeclared_named_target_port_lists_the_declared_ones() {
        String yaml = WEB + WEB_SERVICE.replace("{name: http, port: 80}", "{name: http, port: 80, targetPort: web}");
        assertThat(headlines("service-target-port-undeclared", yaml)).containsExactly("Service shop/web: targetPort "
                + "web names no port of Deployment shop/web, which declares [80 (http)], so the Service gets no "
                + "endpoints from it");
    }

    @Test
    void an_undeclared_numeric_port_lists_the_declared_ones() {
        String yaml = WEB + WEB_SERVICE.replace("{name: http, port: 80}", "{name: http, port: 8080}");
        assertThat(headlines("service-target-port-undeclared", yaml)).containsExactly("Service shop/web: port 8080 "
                + "is not a containerPort of Deployment shop/web, which declares [80 (http)]");
    }

    @Test
    void a_node_port_service_lists_its_node_ports() {
        String yaml = WEB_SERVICE.replace("spec:\n", "spec:\n  type: NodePort\n")
                .replace("{name: http, port: 80}", "{name: http, port: 80, nodePort: 30080}");
        assertThat(headlines("service-node-port", yaml)).containsExactly("Service shop/web: type NodePort exposes "
                + "port 80 as node port 30080 on every node");
    }

    @Test
    void a_load_balancer_says_who_may_connect() {
        String yaml = WEB_SERVICE.replace("spec:\n", "spec:\n  type: LoadBalancer\n"
                + "  loadBalancerSourceRanges: [10.0.0.0/8]\n");
        assertThat(headlines("service-load-balancer", yaml)).containsExactly("Service shop/web: type LoadBalancer "
                + "provisions an external load balancer, limited to [10.0.0.0/8]");
    }

    @Test
    void an_ingress_to_a_port_the_service_lacks_lists_its_ports() {
        String yaml = WEB_SERVICE + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  defaultBackend: {service: {name: web, port: {number: 8080}}}
                """;
        assertThat(headlines("ingress-backend-missing", yaml)).containsExactly("Ingress shop/shop: backend names "
                + "port 8080 of Service shop/web, which exposes [80 (http)]");
    }

    @Test
    void an_ingress_to_a_missing_service_names_it() {
        String yaml = WEB_SERVICE + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  defaultBackend: {service: {name: api, port: {number: 80}}}
                """;
        assertThat(headlines("ingress-backend-missing", yaml)).containsExactly("Ingress shop/shop: backend Service "
                + "shop/api is not in the set");
    }

    @Test
    void an_ingress_without_tls_names_its_hosts() {
        String yaml = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: shop, namespace: shop}
                spec:
                  rules:
                  - {host: shop.example.com}
                  - {host: www.example.com}
                """;
        assertThat(headlines("ingress-tls", yaml)).containsExactly("Ingress shop/shop: has no spec.tls, so "
                + "[shop.example.com, www.example.com] is served over plain HTTP");
    }

    @Test
    void a_policy_blocking_dns_names_the_stranded_workloads() {
        String yaml = WEB + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  egress:
                  - to: [{podSelector: {matchLabels: {app: db}}}]
                """;
        assertThat(headlines("network-policy-blocks-dns", yaml)).containsExactly("NetworkPolicy shop/web: isolates "
                + "egress but allows no DNS (port 53) outside the namespace, so Deployment shop/web cannot resolve "
                + "names");
    }
}
