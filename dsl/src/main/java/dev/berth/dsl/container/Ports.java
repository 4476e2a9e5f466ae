package dev.berth.dsl.container;

/**
 * Common named ports.
 *
 * <pre>{@code
 * service.expose(Ports.http(8080), Ports.grpc(9090));
 * }</pre>
 */
public final class Ports {

    private Ports() {
    }

    /**
     * An HTTP port named {@code http}.
     *
     * <pre>{@code
     * Ports.http(8080);
     * }</pre>
     *
     * @param number the port number
     * @return {@code http/<number>/TCP}
     */
    public static Port http(int number) {
        return Port.of("http", number);
    }

    /**
     * A gRPC port named {@code grpc}.
     *
     * <pre>{@code
     * Ports.grpc(9090);
     * }</pre>
     *
     * @param number the port number
     * @return {@code grpc/<number>/TCP}
     */
    public static Port grpc(int number) {
        return Port.of("grpc", number);
    }

    /**
     * A TCP port with a name.
     *
     * <pre>{@code
     * Ports.tcp("postgresql", 5432);
     * }</pre>
     *
     * @param name the name
     * @param number the number
     * @return the port
     */
    public static Port tcp(String name, int number) {
        return Port.of(name, number);
    }

    /**
     * A UDP port with a name.
     *
     * <pre>{@code
     * Ports.udp("dns", 5353);
     * }</pre>
     *
     * @param name the name
     * @param number the number
     * @return the port
     */
    public static Port udp(String name, int number) {
        return new Port(name, number, "UDP");
    }
}
