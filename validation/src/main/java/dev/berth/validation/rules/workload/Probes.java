package dev.berth.validation.rules.workload;

import dev.berth.core.text.Patterns;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the ports of a container's probes. */
final class Probes {

    private static final Pattern PORT_NUMBER = Patterns.whole("[0-9]{1,5}");

    private Probes() {
    }

    /**
     * @param probe a probe
     * @return the handler's field name ({@code httpGet.port}...) mapped to the port it probes; empty for exec probes
     */
    static Map<String, IntOrString> ports(Probe probe) {
        Map<String, IntOrString> ports = new LinkedHashMap<>();
        if (probe.getHttpGet() != null && probe.getHttpGet().getPort() != null) {
            ports.put("httpGet.port", probe.getHttpGet().getPort());
        }
        if (probe.getTcpSocket() != null && probe.getTcpSocket().getPort() != null) {
            ports.put("tcpSocket.port", probe.getTcpSocket().getPort());
        }
        if (probe.getGrpc() != null && probe.getGrpc().getPort() != null) {
            ports.put("grpc.port", new IntOrString(probe.getGrpc().getPort()));
        }
        return ports;
    }

    /**
     * @param port a port number or name
     * @return the number, or null for a name
     */
    static Integer number(IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        String value = port.getStrVal();
        return value != null && PORT_NUMBER.matcher(value).matches() ? Integer.valueOf(value) : null;
    }

    /**
     * @param port a port number or name, or null
     * @return it as written
     */
    static String port(IntOrString port) {
        if (port == null) {
            return "<none>";
        }
        return port.getIntVal() != null ? port.getIntVal().toString() : String.valueOf(port.getStrVal());
    }
}
