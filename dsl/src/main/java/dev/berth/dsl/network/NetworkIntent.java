package dev.berth.dsl.network;

import dev.berth.core.values.Cidrs;
import java.util.List;
import java.util.Objects;

/**
 * "Component {@code from} may reach component {@code to} on these ports": one allowed connection, said once. The
 * DSL writes the ingress side on {@code to}, and the egress side on {@code from} when egress is restricted (default
 * deny). {@code from} is {@link #ANYWHERE} for traffic from any source (an ingress controller, another namespace).
 * An intent to addresses outside the cluster ({@code cidrs} not empty: an {@code external(...)} component with its
 * CIDR, or {@code toCidr(...)}) has only the egress side, an {@code ipBlock}: a NetworkPolicy cannot select a DNS name.
 *
 * <pre>{@code
 * Berth.application("shop").allow("api").to("db").on(5432);
 * Berth.application("shop").allow("api").toCidr("10.20.0.0/16").on(5432);
 * }</pre>
 *
 * @param from the source component, or {@link #ANYWHERE}
 * @param to the target component, or the CIDR of an intent to addresses
 * @param ports the target's container ports
 * @param cidrs the addresses outside the cluster the intent reaches, or empty for a component of the cluster
 */
public record NetworkIntent(String from, String to, List<Integer> ports, List<String> cidrs) {

    /** The source of an intent that admits traffic from anywhere. */
    public static final String ANYWHERE = "*";

    /**
     * Checks the intent.
     *
     * @param from the source
     * @param to the target
     * @param ports the ports
     * @param cidrs the addresses outside the cluster, or empty
     * @throws IllegalArgumentException naming a port out of range or a missing port list
     */
    public NetworkIntent {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ports = List.copyOf(ports);
        cidrs = List.copyOf(cidrs);
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

    /**
     * An intent between components of the cluster.
     *
     * <pre>{@code
     * new NetworkIntent("api", "db", List.of(5432));
     * }</pre>
     *
     * @param from the source
     * @param to the target
     * @param ports the ports
     */
    public NetworkIntent(String from, String to, List<Integer> ports) {
        this(from, to, ports, List.of());
    }

    /**
     * Checks a CIDR block, as a NetworkPolicy's {@code ipBlock.cidr} takes it.
     *
     * <pre>{@code
     * NetworkIntent.requireCidr("CIDR of allow(api)", "10.20.0.0/16"); // "10.20.0.0/16"
     * }</pre>
     *
     * @param what what the block is, for the message
     * @param block the block
     * @return the block
     * @throws IllegalArgumentException naming the block when it is not an IPv4 or IPv6 CIDR
     */
    public static String requireCidr(String what, String block) {
        if (!Cidrs.isCidr(block)) {
            throw new IllegalArgumentException(what + " must be an IPv4 or IPv6 address and a prefix length, such as "
                    + "10.20.0.0/16, was " + (block == null ? "null" : "\"" + block + "\""));
        }
        return block;
    }

    /** @return whether the intent reaches addresses outside the cluster */
    public boolean outsideTheCluster() {
        return !cidrs.isEmpty();
    }
}
