package dev.berth.dsl.network;

import dev.berth.core.values.DnsNames;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.workload.PodComponent;
import java.util.List;

/** What an Ingress and an HTTPRoute share: the service port they route to, and the host and path checks. */
final class Backends {

    private Backends() {
    }

    /** The service's {@code http} port, else its first. */
    static Port port(PodComponent<?> service, String what) {
        List<Port> ports = service.container().ports();
        if (ports.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a port of " + service.name() + ", which exposes none: "
                    + "call expose(Ports.http(8080)) on it");
        }
        return ports.stream().filter(p -> p.name().equals("http")).findFirst().orElse(ports.get(0));
    }

    static String requireHost(String what, String host) {
        String name = host != null && host.startsWith("*.") ? host.substring(2) : host;
        DnsNames.requireDns1123Subdomain("host of " + what, name);
        return host;
    }

    static String requirePath(String what, String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path of " + what + " must start with /, was "
                    + (path == null ? "null" : "\"" + path + "\""));
        }
        return path;
    }
}
