package dev.berth.dsl.container;

import dev.berth.core.text.Patterns;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named container port. The name is what Services, probes and NetworkPolicies refer to, so it is required.
 *
 * <pre>{@code
 * Port web = Ports.http(8080);             // http/8080/TCP
 * Port db = Port.of("postgresql", 5432);   // postgresql/5432/TCP
 * }</pre>
 *
 * @param name an IANA service name: at most 15 lowercase letters, digits and hyphens, with a letter
 * @param number 1 to 65535
 * @param protocol {@code TCP}, {@code UDP} or {@code SCTP}
 */
public record Port(String name, int number, String protocol) {

    private static final Pattern IANA = Patterns.whole("[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?");

    /**
     * Checks the port.
     *
     * @param name the name
     * @param number the number
     * @param protocol the protocol
     * @throws IllegalArgumentException naming the value that is wrong
     */
    public Port {
        Objects.requireNonNull(name, "port name");
        if (!IANA.matcher(name).matches() || name.contains("--") || name.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("port name must be an IANA service name (at most 15 of a-z, 0-9, '-', "
                    + "with a letter), was \"" + name + "\"");
        }
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port " + name + " must be in 1..65535, was " + number);
        }
        if (!"TCP".equals(protocol) && !"UDP".equals(protocol) && !"SCTP".equals(protocol)) {
            throw new IllegalArgumentException("protocol of port " + name + " must be TCP, UDP or SCTP, was " + protocol);
        }
    }

    /**
     * A TCP port.
     *
     * <pre>{@code
     * Port.of("metrics", 9090);
     * }</pre>
     *
     * @param name the name
     * @param number the number
     * @return the port
     */
    public static Port of(String name, int number) {
        return new Port(name, number, "TCP");
    }
}
