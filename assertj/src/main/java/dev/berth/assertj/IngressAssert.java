package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on an Ingress ({@code networking.k8s.io/v1}): which host and path it routes to which Service port, and
 * which Secret holds the certificate of a host. Messages name the Ingress and its field path.
 *
 * <pre>{@code
 * assertThat(site).ingress("site")
 *         .routes("www.example.com", "/", "site", 80)
 *         .hasTls("www.example.com", "www-tls");
 * }</pre>
 */
public class IngressAssert extends AbstractBerthAssert<IngressAssert, Ingress> {

    /** The host of a rule that names none: it matches every host. */
    public static final String ANY_HOST = "*";

    /**
     * Use {@link ManifestAssert#ingress(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the Ingress
     */
    public IngressAssert(Ingress actual) {
        super(actual, IngressAssert.class);
    }

    /**
     * Checks that a rule routes the host and path to the Service's port. The host is the rule's {@code host}
     * ({@value #ANY_HOST} for a rule without one), the path is compared as written ({@code /} when unset), and the
     * port is the Service port ({@code spec.ports[].port}): a backend that names the port by name passes when the
     * manifest's Service gives that name this number.
     *
     * <pre>{@code
     * assertThat(site).ingress("site").routes("www.example.com", "/", "site", 80);  // passes: port "http" is 80
     * assertThat(site).ingress("site").routes("www.example.com", "/", "site", 443); // fails:
     * // Expecting Ingress site/site at spec.rules to route "www.example.com" path "/" to Service "site" on port 443,
     * // but found "www.example.com" path "/" to Service "site" on port "http" (80)
     * }</pre>
     *
     * @param host the host, or {@value #ANY_HOST}
     * @param path the path, such as {@code /} or {@code /api}
     * @param service the backend Service's name
     * @param port the Service port
     * @return this assertion
     */
    public IngressAssert routes(String host, String path, String service, int port) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        for (IngressRule rule : list(actual.getSpec() == null ? null : actual.getSpec().getRules())) {
            String ruleHost = rule.getHost() == null || rule.getHost().isEmpty() ? ANY_HOST : rule.getHost();
            for (HTTPIngressPath route : list(rule.getHttp() == null ? null : rule.getHttp().getPaths())) {
                String routePath = route.getPath() == null || route.getPath().isEmpty() ? "/" : route.getPath();
                IngressServiceBackend backend = route.getBackend() == null ? null : route.getBackend().getService();
                if (backend == null) {
                    found.add("\"" + ruleHost + "\" path \"" + routePath + "\" to a resource backend");
                    continue;
                }
                Optional<Integer> number = portNumber(backend);
                if (ruleHost.equals(host) && routePath.equals(path) && service.equals(backend.getName())
                        && number.isPresent() && number.get() == port) {
                    return myself;
                }
                found.add("\"" + ruleHost + "\" path \"" + routePath + "\" to Service \"" + backend.getName()
                        + "\" on port " + portText(backend, number));
            }
        }
        failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.rules", "route \"" + host + "\" path \""
                + path + "\" to Service \"" + service + "\" on port " + port,
                found.isEmpty() ? "none" : String.join("; ", found)));
        return myself;
    }

    /**
     * Checks that {@code spec.tls} serves the host with the certificate of the Secret: an entry whose {@code hosts}
     * hold the host and whose {@code secretName} names the Secret.
     *
     * <pre>{@code
     * assertThat(site).ingress("site").hasTls("www.example.com", "www-tls"); // passes
     * assertThat(site).ingress("site").hasTls("example.com", "www-tls");     // fails:
     * // Expecting Ingress site/site at spec.tls to serve "example.com" with the certificate of Secret "www-tls",
     * // but found Secret "www-tls" for "www.example.com"
     * }</pre>
     *
     * @param host the host
     * @param secret the name of the Secret of type {@code kubernetes.io/tls}
     * @return this assertion
     */
    public IngressAssert hasTls(String host, String secret) {
        if (skipped()) {
            return myself;
        }
        List<String> found = new ArrayList<>();
        for (IngressTLS tls : list(actual.getSpec() == null ? null : actual.getSpec().getTls())) {
            List<String> hosts = list(tls.getHosts());
            if (hosts.contains(host) && secret.equals(tls.getSecretName())) {
                return myself;
            }
            found.add("Secret \"" + tls.getSecretName() + "\" for " + (hosts.isEmpty() ? "every host"
                    : WorkloadMessages.quoted(hosts)));
        }
        failWith(WorkloadMessages.expecting(ObjectRef.of(actual), "spec.tls", "serve \"" + host
                + "\" with the certificate of Secret \"" + secret + "\"",
                found.isEmpty() ? "none (plain HTTP only)" : String.join("; ", found)));
        return myself;
    }

    /** The backend's port number, or the number the manifest's Service gives its port name. */
    private Optional<Integer> portNumber(IngressServiceBackend backend) {
        if (backend.getPort() == null) {
            return Optional.empty();
        }
        if (backend.getPort().getNumber() != null) {
            return Optional.of(backend.getPort().getNumber());
        }
        String name = backend.getPort().getName();
        Optional<Service> target = manifest.find(Service.class, ObjectRef.namespaceOf(actual), backend.getName());
        return target.map(Service::getSpec).map(spec -> list(spec.getPorts())).orElse(List.of()).stream()
                .filter(p -> name != null && name.equals(p.getName())).map(ServicePort::getPort).findFirst();
    }

    private static String portText(IngressServiceBackend backend, Optional<Integer> number) {
        if (backend.getPort() == null) {
            return "none";
        }
        if (backend.getPort().getNumber() != null) {
            return String.valueOf(backend.getPort().getNumber());
        }
        return "\"" + backend.getPort().getName() + "\"" + number.map(n -> " (" + n + ")")
                .orElse(" (no such port on the Service)");
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(i -> i != null).toList();
    }
}
