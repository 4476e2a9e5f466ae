package dev.berth.dsl.container;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;

/**
 * Probes as plain fabric8 {@link Probe} values: HTTP, TCP, exec and gRPC, with periods that suit most services
 * (every 10 s, 3 failures), and a startup probe for slow starters. Change any field with {@code new
 * ProbeBuilder(probe)}.
 *
 * <pre>{@code
 * service.readiness(Probes.http("/ready", 8080))
 *        .liveness(Probes.http("/healthz", 8080))
 *        .startup(Probes.startup(Probes.tcp(8080), 300));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/">Configure
 * Liveness, Readiness and Startup Probes</a>.
 */
public final class Probes {

    private Probes() {
    }

    /**
     * An HTTP GET probe.
     *
     * <pre>{@code
     * Probes.http("/healthz", 8080);
     * }</pre>
     *
     * @param path the path, starting with {@code /}
     * @param port the port number
     * @return the probe
     * @throws IllegalArgumentException when the path does not start with {@code /}
     */
    public static Probe http(String path, int port) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("probe path must start with '/', was " + path);
        }
        return timed(new ProbeBuilder().withNewHttpGet().withPath(path).withPort(new IntOrString(port)).endHttpGet());
    }

    /**
     * A TCP connect probe.
     *
     * <pre>{@code
     * Probes.tcp(5432);
     * }</pre>
     *
     * @param port the port number
     * @return the probe
     */
    public static Probe tcp(int port) {
        return timed(new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket());
    }

    /**
     * A probe that runs a command in the container; exit code 0 is healthy.
     *
     * <pre>{@code
     * Probes.exec("pg_isready", "-U", "postgres");
     * }</pre>
     *
     * @param command the command and its arguments
     * @return the probe
     * @throws IllegalArgumentException when no command is given
     */
    public static Probe exec(String... command) {
        if (command.length == 0) {
            throw new IllegalArgumentException("exec probe needs a command, was empty");
        }
        return timed(new ProbeBuilder().withNewExec().withCommand(command).endExec());
    }

    /**
     * A gRPC health-checking-protocol probe.
     *
     * <pre>{@code
     * Probes.grpc(9090);
     * }</pre>
     *
     * @param port the port number
     * @return the probe
     */
    public static Probe grpc(int port) {
        return timed(new ProbeBuilder().withNewGrpc().withPort(port).endGrpc());
    }

    /**
     * A startup probe from another probe: checked every 5 s, for up to {@code maxStartSeconds}, before liveness and
     * readiness probes start. For slow starters: databases replaying a log, JVMs warming up.
     *
     * <pre>{@code
     * Probes.startup(Probes.tcp(9042), 600);
     * }</pre>
     *
     * @param probe the check
     * @param maxStartSeconds how long starting may take, 5 or more
     * @return a copy with {@code periodSeconds: 5} and enough {@code failureThreshold}
     * @throws IllegalArgumentException when maxStartSeconds is below 5
     */
    public static Probe startup(Probe probe, int maxStartSeconds) {
        if (maxStartSeconds < 5) {
            throw new IllegalArgumentException("maxStartSeconds must be >= 5, was " + maxStartSeconds);
        }
        return new ProbeBuilder(probe).withPeriodSeconds(5).withFailureThreshold((maxStartSeconds + 4) / 5).build();
    }

    private static Probe timed(ProbeBuilder b) {
        return b.withPeriodSeconds(10).withTimeoutSeconds(3).withFailureThreshold(3).build();
    }
}
