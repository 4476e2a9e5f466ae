package dev.berth.dsl.network;

import java.util.List;
import java.util.Objects;

/**
 * "Component {@code from} may reach component {@code to} on these ports": one allowed connection, said once. The
 * DSL writes the ingress side on {@code to}, and the egress side on {@code from} when egress is restricted (default
 * deny). {@code from} is {@link #ANYWHERE} for traffic from any source (an ingress controller, another namespace).
 *
 * <pre>{@code
 * Berth.application("shop").allow("api").to("db").on(5432);
 * }</pre>
 *
 * @param from the source component, or {@link #ANYWHERE}
 * @param to the target component
 * @param ports the target's container ports
 */
public record NetworkIntent(String from, String to, List<Integer> ports) {

    /** The source of an intent that admits traffic from anywhere. */
    public static final String ANYWHERE = "*";

    /**
     * Checks the intent.
     *
     * @param from the source
     * @param to the target
     * @param ports the ports
     * @throws IllegalArgumentException naming a port out of range or a missing port list
     */
    public NetworkIntent {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ports = List.copyOf(ports);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("allow(" + from + ").to(" + to + ") needs at least one port");
        }
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port of allow(" + from + ").to(" + to + ") must be in 1..65535, "
                        + "was " + p);
            }
        }
    }
}
