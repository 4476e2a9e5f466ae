package dev.berth.dsl.network;

import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import dev.berth.dsl.workload.PodComponent;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Public HTTP entry through the Gateway API: an {@code HTTPRoute} ({@code gateway.networking.k8s.io/v1}) that
 * attaches a service to a named Gateway for a host and a path. The route is written as a plain
 * {@code GenericKubernetesResource}, so no Gateway API model is needed on the class path. TLS is the Gateway's: its
 * listener holds the certificate, the route only matches hosts and paths.
 *
 * <pre>{@code
 * Berth.application("shop").add(web)
 *      .add(HttpRoutes.to(web).gateway("public", "gateway-system").host("shop.example.com"));
 * }</pre>
 *
 * See <a href="https://gateway-api.sigs.k8s.io/api-types/httproute/">HTTPRoute</a>.
 */
public final class HttpRoutes {

    /** The Gateway API group and version of the route. */
    public static final String API_VERSION = "gateway.networking.k8s.io/v1";

    private HttpRoutes() {
    }

    /**
     * An HTTPRoute named like the service, to its {@code http} port (else its first), on every path ({@code /},
     * {@code PathPrefix}); name its Gateway with {@link Spec#gateway(String, String)}.
     *
     * <pre>{@code
     * HttpRoutes.to(web).gateway("public", "gateway-system");
     * }</pre>
     *
     * @param service a stateless or stateful service that exposes a port
     * @return the route, to refine
     * @throws IllegalArgumentException when the service exposes no port
     */
    public static Spec to(PodComponent<?> service) {
        return new Spec(service.name(), Backends.port(service, "HTTPRoute " + service.name()).number(),
                Optional.empty(), Optional.empty(), List.of(), "/");
    }

    /**
     * An HTTPRoute to add to an application. Immutable.
     *
     * <pre>{@code
     * HttpRoutes.to(web).gateway("public", "gateway-system").host("shop.example.com").path("/");
     * }</pre>
     *
     * @param service the service's name, also the route's
     * @param port the Service port's number
     * @param gateway the Gateway's name, or empty (refused when built)
     * @param gatewayNamespace the Gateway's namespace, or empty for the application's
     * @param hosts the hostnames, or empty for the Gateway's
     * @param path the path prefix. Default: {@code /}
     */
    public record Spec(String service, int port, Optional<String> gateway, Optional<String> gatewayNamespace,
            List<String> hosts, String path) implements Component {

        /**
         * Checks and copies.
         *
         * @param service the service
         * @param port the port
         * @param gateway the Gateway
         * @param gatewayNamespace its namespace
         * @param hosts the hostnames
         * @param path the path
         */
        public Spec {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(gatewayNamespace, "gatewayNamespace");
            hosts = List.copyOf(hosts);
            Backends.requirePath("HTTPRoute " + service, path);
        }

        /**
         * A copy attached to a Gateway in another namespace (its listener must allow routes from this one).
         *
         * @param name the Gateway's name
         * @param namespace the Gateway's namespace
         * @return the copy
         */
        public Spec gateway(String name, String namespace) {
            return new Spec(service, port, Optional.of(Objects.requireNonNull(name, "gateway")),
                    Optional.of(Objects.requireNonNull(namespace, "namespace")), hosts, path);
        }

        /**
         * A copy attached to a Gateway of the application's namespace.
         *
         * @param name the Gateway's name
         * @return the copy
         */
        public Spec gateway(String name) {
            return new Spec(service, port, Optional.of(Objects.requireNonNull(name, "gateway")), Optional.empty(),
                    hosts, path);
        }

        /**
         * A copy with one more hostname. Default: the Gateway listener's.
         *
         * @param value a DNS name, or a wildcard such as {@code *.example.com}
         * @return the copy
         */
        public Spec host(String value) {
            List<String> more = new ArrayList<>(hosts);
            more.add(Backends.requireHost("HTTPRoute " + service, value));
            return new Spec(service, port, gateway, gatewayNamespace, more, path);
        }

        /**
         * A copy on a path prefix. Default: {@code /}.
         *
         * @param value an absolute path
         * @return the copy
         */
        public Spec path(String value) {
            return new Spec(service, port, gateway, gatewayNamespace, hosts, value);
        }

        /**
         * Adds the HTTPRoute.
         *
         * @param a the application's assembly
         * @throws IllegalArgumentException when no Gateway is named
         */
        @Override
        public void contribute(Assembly a) {
            if (gateway.isEmpty()) {
                throw new IllegalArgumentException("HTTPRoute " + service + " names no Gateway: call gateway(\"name\", "
                        + "\"namespace\") with the Gateway that serves the host");
            }
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("name", gateway.get());
            gatewayNamespace.ifPresent(ns -> parent.put("namespace", ns));
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("parentRefs", List.of(parent));
            if (!hosts.isEmpty()) {
                spec.put("hostnames", hosts);
            }
            spec.put("rules", List.of(Map.of(
                    "matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", path))),
                    "backendRefs", List.of(Map.of("name", service, "port", port)))));
            a.add(new GenericKubernetesResourceBuilder().withApiVersion(API_VERSION).withKind("HTTPRoute")
                    .withMetadata(a.metadata(service, service).build()).addToAdditionalProperties("spec", spec).build());
        }
    }
}
