package dev.berth.assertj;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static dev.berth.assertj.Fixtures.routing;
import static dev.berth.assertj.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 13: "Typed assertions for what a user had to fetch with fabric8 getters: ... Ingress/HTTPRoute routing." */
class RoutingAssertTest {

    @Test
    void an_ingress_routes_its_host_and_path_to_a_service_port_by_number_or_by_name() {
        // GIVEN an Ingress that names the Service port "http", which Service site/site gives port 80
        assertThat(routing()).ingress("site")
                .routes("www.example.com", "/", "site", 80)
                .routes(IngressAssert.ANY_HOST, "/status", "status", 8081)
                .hasTls("www.example.com", "www-tls");
    }

    @Test
    void a_route_the_ingress_lacks_lists_the_routes_it_has() {
        assertThatThrownBy(() -> assertThat(routing()).ingress("site").routes("www.example.com", "/", "site", 443))
                .hasMessage("Expecting Ingress site/site at spec.rules to route \"www.example.com\" path \"/\" to "
                        + "Service \"site\" on port 443, but found \"www.example.com\" path \"/\" to Service \"site\" "
                        + "on port \"http\" (80); \"*\" path \"/status\" to Service \"status\" on port 8081");
    }

    @Test
    void tls_is_checked_by_host_and_secret() {
        assertThatThrownBy(() -> assertThat(routing()).ingress("site").hasTls("example.com", "www-tls"))
                .hasMessage("Expecting Ingress site/site at spec.tls to serve \"example.com\" with the certificate of "
                        + "Secret \"www-tls\", but found Secret \"www-tls\" for \"www.example.com\"");
    }

    @Test
    void an_unknown_ingress_is_named() {
        assertThatThrownBy(() -> assertThat(shop()).ingress("site"))
                .hasMessage("Expecting the manifest to contain Ingress site, but found no Ingress");
    }

    @Test
    void an_http_route_has_its_gateway_hostnames_and_backend() {
        assertThat(routing()).httpRoute("web")
                .hasParentGateway("public")
                .hasHostnames("shop.example.com")
                .routes("/", "web", 3000);
    }

    @Test
    void a_wrong_gateway_hostname_or_backend_names_what_the_route_holds() {
        assertThatThrownBy(() -> assertThat(routing()).httpRoute("web").hasParentGateway("internal"))
                .hasMessage("Expecting HTTPRoute shop/web at spec.parentRefs to name Gateway \"internal\", but found "
                        + "Gateway \"public\"");
        assertThatThrownBy(() -> assertThat(routing()).httpRoute("web").hasHostnames("www.example.com"))
                .hasMessage("Expecting HTTPRoute shop/web at spec.hostnames to be \"www.example.com\", but found "
                        + "\"shop.example.com\"");
        assertThatThrownBy(() -> assertThat(routing()).httpRoute("web").routes("/api", "api", 8080))
                .hasMessage("Expecting HTTPRoute shop/web at spec.rules to route path \"/api\" to Service \"api\" on "
                        + "port 8080, but found path \"/\" to Service \"web\" on port 3000");
        assertThatThrownBy(() -> assertThat(routing()).httpRoute("api"))
                .hasMessage("Expecting the manifest to contain HTTPRoute api, but found HTTPRoute shop/web");
    }
}
