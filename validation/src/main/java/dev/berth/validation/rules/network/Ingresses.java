package dev.berth.validation.rules.network;

import dev.berth.validation.RuleContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;

/**
 * The Ingresses of a set, {@code networking.k8s.io/v1} and the older {@code v1beta1} (read also from
 * {@code extensions/v1beta1}), seen through one shape: the Service backends with their field paths, the rule hosts
 * and the TLS entries.
 */
final class Ingresses {

    private Ingresses() {
    }

    /**
     * A Service an Ingress sends traffic to.
     *
     * @param ingress the Ingress
     * @param path the backend's path, such as {@code spec.rules[0].http.paths[1].backend}
     * @param service the Service's name
     * @param servicePath the path of the Service's name
     * @param portNumber the port by number, or null
     * @param portName the port by name, or null
     * @param portPath the path of the port
     */
    record Backend(HasMetadata ingress, String path, String service, String servicePath, Integer portNumber,
            String portName, String portPath) {
    }

    /**
     * An Ingress in one shape.
     *
     * @param ingress the object
     * @param hosts the hosts its rules name, in order, with their paths
     * @param tlsHosts the hosts of its TLS entries; a TLS entry without hosts adds {@code *}
     * @param hasTls true when {@code spec.tls} has an entry
     */
    record View(HasMetadata ingress, List<String[]> hosts, List<String> tlsHosts, boolean hasTls) {
    }

    /**
     * @param context the rule's context
     * @return every Service backend of every Ingress, in order
     */
    static List<Backend> backends(RuleContext context) {
        List<Backend> all = new ArrayList<>();
        for (Ingress ingress : context.all(Ingress.class)) {
            if (ingress.getSpec() == null) {
                continue;
            }
            v1(all, ingress, "spec.defaultBackend", ingress.getSpec().getDefaultBackend());
            List<IngressRule> rules = ingress.getSpec().getRules();
            for (int r = 0; rules != null && r < rules.size(); r++) {
                var http = rules.get(r).getHttp();
                for (int p = 0; http != null && http.getPaths() != null && p < http.getPaths().size(); p++) {
                    v1(all, ingress, "spec.rules[" + r + "].http.paths[" + p + "].backend",
                            http.getPaths().get(p).getBackend());
                }
            }
        }
        for (var ingress : context.all(io.fabric8.kubernetes.api.model.networking.v1beta1.Ingress.class)) {
            if (ingress.getSpec() == null) {
                continue;
            }
            v1beta1(all, ingress, "spec.backend", ingress.getSpec().getBackend());
            var rules = ingress.getSpec().getRules();
            for (int r = 0; rules != null && r < rules.size(); r++) {
                var http = rules.get(r).getHttp();
                for (int p = 0; http != null && http.getPaths() != null && p < http.getPaths().size(); p++) {
                    v1beta1(all, ingress, "spec.rules[" + r + "].http.paths[" + p + "].backend",
                            http.getPaths().get(p).getBackend());
                }
            }
        }
        return all;
    }

    /**
     * @param context the rule's context
     * @return every Ingress with its hosts and TLS entries, v1 first
     */
    static List<View> views(RuleContext context) {
        List<View> all = new ArrayList<>();
        for (Ingress ingress : context.all(Ingress.class)) {
            var spec = ingress.getSpec();
            List<String[]> hosts = new ArrayList<>();
            for (int r = 0; spec != null && spec.getRules() != null && r < spec.getRules().size(); r++) {
                addHost(hosts, spec.getRules().get(r).getHost(), r);
            }
            List<String> tls = new ArrayList<>();
            for (IngressTLS entry : spec == null || spec.getTls() == null ? List.<IngressTLS>of() : spec.getTls()) {
                addTls(tls, entry.getHosts());
            }
            all.add(new View(ingress, hosts, tls, !tls.isEmpty()));
        }
        for (var ingress : context.all(io.fabric8.kubernetes.api.model.networking.v1beta1.Ingress.class)) {
            var spec = ingress.getSpec();
            List<String[]> hosts = new ArrayList<>();
            for (int r = 0; spec != null && spec.getRules() != null && r < spec.getRules().size(); r++) {
                addHost(hosts, spec.getRules().get(r).getHost(), r);
            }
            List<String> tls = new ArrayList<>();
            if (spec != null && spec.getTls() != null) {
                spec.getTls().forEach(entry -> addTls(tls, entry.getHosts()));
            }
            all.add(new View(ingress, hosts, tls, !tls.isEmpty()));
        }
        return all;
    }

    private static void addHost(List<String[]> hosts, String host, int rule) {
        if (host != null && !host.isEmpty()) {
            hosts.add(new String[] {host, "spec.rules[" + rule + "].host"});
        }
    }

    private static void addTls(List<String> tls, List<String> hosts) {
        if (hosts == null || hosts.isEmpty()) {
            tls.add("*");
        } else {
            tls.addAll(hosts);
        }
    }

    private static void v1(List<Backend> all, HasMetadata ingress, String path, IngressBackend backend) {
        if (backend == null || backend.getService() == null || backend.getService().getName() == null) {
            return;
        }
        var port = backend.getService().getPort();
        String at = path + ".service.port";
        Integer number = port == null ? null : port.getNumber();
        String name = port == null || number != null ? null : port.getName();
        all.add(new Backend(ingress, path, backend.getService().getName(), path + ".service.name", number, name,
                number != null ? at + ".number" : name != null ? at + ".name" : at));
    }

    private static void v1beta1(List<Backend> all, HasMetadata ingress, String path,
            io.fabric8.kubernetes.api.model.networking.v1beta1.IngressBackend backend) {
        if (backend == null || backend.getServiceName() == null) {
            return;
        }
        IntOrString port = backend.getServicePort();
        all.add(new Backend(ingress, path, backend.getServiceName(), path + ".serviceName",
                port == null ? null : port.getIntVal(), port == null ? null : port.getStrVal(),
                path + ".servicePort"));
    }
}
