package dev.berth.assertj;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assertions on a Gateway API HTTPRoute ({@code gateway.networking.k8s.io}), held as a generic custom resource: the
 * Gateway it attaches to, the hostnames it matches and the Service ports it sends traffic to. Messages name the route
 * and its field path.
 *
 * <pre>{@code
 * assertThat(shop).httpRoute("web")
 *         .hasParentGateway("public")
 *         .hasHostnames("shop.example.com")
 *         .routes("/", "web", 3000);
 * }</pre>
 */
public class HttpRouteAssert extends AbstractBerthAssert<HttpRouteAssert, HasMetadata> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Use {@link ManifestAssert#httpRoute(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the HTTPRoute
     */
    public HttpRouteAssert(HasMetadata actual) {
        super(actual, HttpRouteAssert.class);
    }

    /**
     * Checks that {@code spec.parentRefs} names the Gateway (a parent of kind {@code Gateway}, the default).
     *
     * <pre>{@code
     * assertThat(shop).httpRoute("web").hasParentGateway("public");   // passes
     * assertThat(shop).httpRoute("web").hasParentGateway("internal"); // fails:
     * // Expecting HTTPRoute shop/web at spec.parentRefs to name Gateway "internal", but found Gateway "public"
     * }</pre>
     *
     * @param gateway the Gateway's name
     * @return this assertion
     */
    public HttpRouteAssert hasParentGateway(String gateway) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        for (Map<?, ?> parent : maps(spec().get("parentRefs"))) {
            String kind = parent.get("kind") == null ? "Gateway" : String.valueOf(parent.get("kind"));
            String name = String.valueOf(parent.get("name"));
            if ("Gateway".equals(kind) && gateway.equals(name)) {
                return myself;
            }
            found.add(kind + " \"" + name + "\"");
        }
        failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.parentRefs", "name Gateway \"" + gateway
                + "\"", found.isEmpty() ? "none" : String.join(", ", found)));
        return myself;
    }

    /**
     * Checks that {@code spec.hostnames} holds exactly these hostnames, in this order; none for a route that takes
     * its Gateway listener's hostnames.
     *
     * <pre>{@code
     * assertThat(shop).httpRoute("web").hasHostnames("shop.example.com"); // passes
     * assertThat(shop).httpRoute("web").hasHostnames("www.example.com");  // fails:
     * // Expecting HTTPRoute shop/web at spec.hostnames to be "www.example.com", but found "shop.example.com"
     * }</pre>
     *
     * @param hostnames the hostnames
     * @return this assertion
     */
    public HttpRouteAssert hasHostnames(String... hostnames) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        if (spec().get("hostnames") instanceof List<?> names) {
            names.forEach(n -> found.add(String.valueOf(n)));
        }
        if (!found.equals(List.of(hostnames))) {
            failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.hostnames", hostnames.length == 0
                    ? "be empty" : "be " + WorkloadMessages.quoted(List.of(hostnames)),
                    found.isEmpty() ? "none (the Gateway listener's)" : WorkloadMessages.quoted(found)));
        }
        return myself;
    }

    /**
     * Checks that a rule matches the path and sends its traffic to the Service's port: a {@code matches[].path.value}
     * equal to the path ({@code /} for a rule without matches) and a {@code backendRefs[]} entry of that Service
     * (kind {@code Service}, the default) and port.
     *
     * <pre>{@code
     * assertThat(shop).httpRoute("web").routes("/", "web", 3000);    // passes
     * assertThat(shop).httpRoute("web").routes("/api", "api", 8080); // fails:
     * // Expecting HTTPRoute shop/web at spec.rules to route path "/api" to Service "api" on port 8080, but found
     * // path "/" to Service "web" on port 3000
     * }</pre>
     *
     * @param path the path, such as {@code /} or {@code /api}
     * @param service the backend Service's name
     * @param port the Service port
     * @return this assertion
     */
    public HttpRouteAssert routes(String path, String service, int port) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        List<Map<?, ?>> rules = maps(spec().get("rules"));
        for (Map<?, ?> rule : rules) {
            List<String> paths = new ArrayList<>();
            for (Map<?, ?> match : maps(rule.get("matches"))) {
                if (match.get("path") instanceof Map<?, ?> matchPath && matchPath.get("value") != null) {
                    paths.add(String.valueOf(matchPath.get("value")));
                }
            }
            if (paths.isEmpty()) {
                paths.add("/");
            }
            for (Map<?, ?> backend : maps(rule.get("backendRefs"))) {
                String kind = backend.get("kind") == null ? "Service" : String.valueOf(backend.get("kind"));
                String name = String.valueOf(backend.get("name"));
                Object backendPort = backend.get("port");
                for (String routePath : paths) {
                    if ("Service".equals(kind) && service.equals(name) && routePath.equals(path)
                            && backendPort instanceof Number n && n.intValue() == port) {
                        return myself;
                    }
                    found.add("path \"" + routePath + "\" to " + kind + " \"" + name + "\" on port "
                            + Objects.requireNonNullElse(backendPort, "none"));
                }
            }
        }
        failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.rules", "route path \"" + path
                + "\" to Service \"" + service + "\" on port " + port,
                found.isEmpty() ? "no backendRefs" : String.join("; ", found)));
        return myself;
    }

    private Map<?, ?> spec() {
        Map<?, ?> tree = JSON.convertValue(actual, Map.class);
        return tree.get("spec") instanceof Map<?, ?> spec ? spec : Map.of();
    }

    private static List<Map<?, ?>> maps(Object list) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    maps.add(map);
                }
            }
        }
        return maps;
    }
}
