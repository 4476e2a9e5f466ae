package dev.berth.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.network.HttpRoutes;
import dev.berth.dsl.network.Ingresses;
import dev.berth.dsl.workload.StatelessService;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: "A network intent on a port the target does not listen on; an intent to an external(...) component",
 * and "Reach outside the cluster and be reached": egress to hosts outside the cluster, and public HTTP entry.
 */
class ReachOutsideTheClusterTest {

    private static StatelessService api() {
        return Berth.statelessService("api").image("ghcr.io/acme/api:1.0.0").expose(Ports.http(8080))
                .readiness(Probes.http("/ready", 8080)).liveness(Probes.http("/live", 8080));
    }

    private static List<NetworkPolicyEgressRule> egressOf(Manifest m, String name) {
        return m.find(NetworkPolicy.class, "a", name).orElseThrow().getSpec().getEgress();
    }

    @Test
    void an_intent_on_a_port_the_target_does_not_listen_on_is_refused() {
        var app = Berth.application("a").add(api(), Berth.statelessService("web").image("w:1"))
                .allow("web").to("api").on(9090);
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(web).to(api).on(9090): api does not listen on 9090 (its ports are [8080]): expose "
                        + "the port on api, or allow one it listens on");
    }

    @Test
    void an_intent_to_an_external_component_without_addresses_is_refused() {
        // GIVEN "an intent to an external(...) component (today it writes an egress rule that selects no pod, so the
        // caller silently cannot reach the host)"
        var app = Berth.application("a").add(api())
                .add(Berth.external("db", "billing.example.com").expose(Port.of("postgresql", 5432)))
                .allow("api").to("db").on(5432).defaultDeny();
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(api).to(db): db is external (billing.example.com), and a NetworkPolicy cannot select "
                        + "a DNS name: give the addresses it resolves to, such as Berth.external(\"db\", "
                        + "\"billing.example.com\").cidr(\"10.20.0.0/16\")");
    }

    @Test
    void egress_to_an_external_component_is_an_ip_block_on_its_ports_and_dns_stays_open() {
        // GIVEN "allow("api").toExternal("db") for an external(...) component with its CIDR or port given"
        Manifest m = Berth.application("a").add(api())
                .add(Berth.external("db", "billing.example.com").cidr("10.20.0.0/16")
                        .expose(Port.of("postgresql", 5432)))
                .allow("api").toExternal("db").defaultDeny().build().manifest();
        // THEN the api's egress reaches the CIDR on the external's port
        NetworkPolicyEgressRule rule = egressOf(m, "api-egress").get(0);
        assertThat(rule.getTo().get(0).getIpBlock().getCidr()).isEqualTo("10.20.0.0/16");
        assertThat(rule.getPorts().get(0).getPort().getIntVal()).isEqualTo(5432);
        // AND no ingress policy is written for a host that runs no pod of the cluster
        assertThat(m.find(NetworkPolicy.class, "a", "db-ingress")).isEmpty();
        // AND DNS stays open (the default deny admits kube-dns on port 53)
        assertThat(egressOf(m, "default-deny").get(0).getPorts()).extracting(p -> p.getPort().getIntVal())
                .containsExactly(53, 53);
    }

    @Test
    void egress_to_a_cidr_is_an_ip_block_on_the_port() {
        // GIVEN "allow("api").toCidr("10.20.0.0/16").on(5432)"
        Manifest m = Berth.application("a").add(api()).allow("api").toCidr("10.20.0.0/16").on(5432).defaultDeny()
                .build().manifest();
        NetworkPolicyEgressRule rule = egressOf(m, "api-egress").get(0);
        assertThat(rule.getTo().get(0).getIpBlock().getCidr()).isEqualTo("10.20.0.0/16");
        assertThat(rule.getPorts().get(0).getPort().getIntVal()).isEqualTo(5432);
    }

    @Test
    void a_cidr_that_is_not_one_is_refused() {
        assertThatThrownBy(() -> Berth.application("a").allow("api").toCidr("10.20.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CIDR of allow(api) must be an IPv4 or IPv6 address and a prefix length, such as "
                        + "10.20.0.0/16, was \"10.20.0.0/33\"");
    }

    @Test
    void an_ingress_routes_a_host_and_path_to_the_service_with_tls_from_a_secret() {
        // GIVEN "Public HTTP entry: an Ingress (class, host, path, TLS from a Secret)"
        StatelessService web = api();
        Manifest m = Berth.application("a").add(web)
                .add(Ingresses.to(web).host("shop.example.com").path("/api").className("nginx")
                        .tls(Secrets.existing("shop-tls")))
                .build().manifest();
        Ingress ingress = m.find(Ingress.class, "a", "api").orElseThrow();
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isEqualTo("shop-tls");
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("shop.example.com");
        var path = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0);
        assertThat(path.getPath()).isEqualTo("/api");
        assertThat(path.getPathType()).isEqualTo("Prefix");
        assertThat(path.getBackend().getService().getName()).isEqualTo("api");
        assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
        // AND the validator finds nothing above info
        var report = Validator.of(RuleSets.recommended()).evaluate(m);
        assertThat(report.atLeast(Severity.LOW).findings()).as(report.toText()).isEmpty();
    }

    @Test
    void an_ingress_without_tls_is_refused() {
        StatelessService web = api();
        var app = Berth.application("a").add(web).add(Ingresses.to(web).host("shop.example.com"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ingress api serves shop.example.com without TLS: give a certificate Secret with "
                        + "tls(Secrets.existing(\"api-tls\")), or say why plain HTTP is acceptable with "
                        + "plainHttp(\"reason\")");
    }

    @Test
    void a_reasoned_plain_http_ingress_carries_the_validator_suppression() {
        StatelessService web = api();
        Manifest m = Berth.application("a").add(web)
                .add(Ingresses.to(web).host("shop.example.com").plainHttp("TLS ends at the cloud load balancer"))
                .build().manifest();
        assertThat(m.find(Ingress.class, "a", "api").orElseThrow().getMetadata().getAnnotations())
                .containsExactlyEntriesOf(Map.of("ignore.berth.dev/ingress-tls", "TLS ends at the cloud load balancer"));
    }

    @Test
    void an_ingress_to_a_service_without_ports_is_refused() {
        StatelessService worker = Berth.statelessService("worker").image("w:1");
        assertThatThrownBy(() -> Ingresses.to(worker))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ingress worker needs a port of worker, which exposes none: call expose(Ports.http(8080)) "
                        + "on it");
    }

    @Test
    void an_http_route_attaches_the_service_to_a_named_gateway() {
        // GIVEN "the Gateway API (HTTPRoute to a named Gateway) for a stateless service or a static site"
        StatelessService web = api();
        Manifest m = Berth.application("a").add(web)
                .add(HttpRoutes.to(web).gateway("public", "gateway-system").host("shop.example.com").path("/"))
                .build().manifest();
        GenericKubernetesResource route = m.find(GenericKubernetesResource.class, "a", "api").orElseThrow();
        assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(route.getKind()).isEqualTo("HTTPRoute");
        assertThat(route.getAdditionalProperties().get("spec")).isEqualTo(Map.of(
                "parentRefs", List.of(Map.of("name", "public", "namespace", "gateway-system")),
                "hostnames", List.of("shop.example.com"),
                "rules", List.of(Map.of(
                        "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", "/"))),
                        "backendRefs", List.of(Map.of("name", "api", "port", 8080))))));
    }

    @Test
    void an_http_route_without_a_gateway_is_refused() {
        StatelessService web = api();
        var app = Berth.application("a").add(web).add(HttpRoutes.to(web).host("shop.example.com"));
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTPRoute api names no Gateway: call gateway(\"name\", \"namespace\") with the Gateway "
                        + "that serves the host");
    }

    @Test
    void to_external_on_a_component_of_the_cluster_is_refused() {
        var app = Berth.application("a").add(api(), Berth.statelessService("web").image("w:1"))
                .allow("web").toExternal("api");
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(web).toExternal(api): api is not an external(...) component: say "
                        + "allow(\"web\").to(\"api\").on(port)");
    }

    @Test
    void to_external_on_an_external_that_exposes_no_port_is_refused() {
        var app = Berth.application("a").add(api())
                .add(Berth.external("db", "billing.example.com").cidr("10.20.0.0/16"))
                .allow("api").toExternal("db");
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(api).toExternal(db): db exposes no port: give one with expose(Port.of(\"name\", "
                        + "number)), or say allow(\"api\").to(\"db\").on(port)");
    }

    @Test
    void an_intent_from_an_external_component_is_refused() {
        var app = Berth.application("a").add(api())
                .add(Berth.external("db", "billing.example.com").cidr("10.20.0.0/16"))
                .allow("db").to("api").on(8080);
        assertThatThrownBy(app::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allow(db).to(api): db is external, and traffic from outside the cluster is admitted with "
                        + "allowFromAnywhere().to(\"api\")");
    }

    @Test
    void an_ingress_path_that_is_not_absolute_is_refused() {
        assertThatThrownBy(() -> Ingresses.to(api()).path("api"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path of ingress api must start with /, was \"api\"");
    }

    @Test
    void a_plain_http_ingress_without_a_reason_is_refused() {
        assertThatThrownBy(() -> Ingresses.to(api()).plainHttp(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("plainHttp of ingress api needs a reason, was \"\"");
    }
}
