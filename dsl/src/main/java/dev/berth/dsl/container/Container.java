package dev.berth.dsl.container;

import dev.berth.core.state.ImageReference;
import dev.berth.dsl.config.EnvValue;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One container of a component: image, named ports, environment, probes, resources, command, hooks. Components
 * hold their main container and delegate to it; init containers and sidecars are made with {@link #named(String)}.
 * Mutable while it is described; {@link #copy()} gives an independent copy for variants.
 *
 * <pre>{@code
 * Container migrate = Container.named("migrate").image("ghcr.io/acme/api:2.4.1").command("/app/migrate", "up");
 * }</pre>
 */
public final class Container {

    private final String name;
    private ImageReference image;
    private final List<Port> ports = new ArrayList<>();
    private final Map<String, EnvValue> env = new LinkedHashMap<>();
    private Probe readiness;
    private Probe liveness;
    private Probe startup;
    private Resources resources;
    private List<String> command = List.of();
    private List<String> args = List.of();
    private final List<Hooks.Hook> hooks = new ArrayList<>();
    private final List<Consumer<ContainerBuilder>> customizers = new ArrayList<>();

    private Container(String name) {
        this.name = Objects.requireNonNull(name, "container name");
    }

    /**
     * A container with a name and nothing else yet.
     *
     * <pre>{@code
     * Container.named("migrate").image("ghcr.io/acme/api:2.4.1");
     * }</pre>
     *
     * @param name the container's name
     * @return the container
     */
    public static Container named(String name) {
        return new Container(name);
    }

    /**
     * An independent copy.
     *
     * <pre>{@code
     * Container variant = base.copy().args("--verbose");
     * }</pre>
     *
     * @return the copy
     */
    public Container copy() {
        Container c = new Container(name);
        c.image = image;
        c.ports.addAll(ports);
        c.env.putAll(env);
        c.readiness = readiness;
        c.liveness = liveness;
        c.startup = startup;
        c.resources = resources;
        c.command = command;
        c.args = args;
        c.hooks.addAll(hooks);
        c.customizers.addAll(customizers);
        return c;
    }

    /**
     * The image, parsed into registry, name, tag and digest.
     *
     * <pre>{@code
     * container.image("ghcr.io/acme/api:2.4.1");
     * }</pre>
     *
     * @param reference such as {@code postgres:16.4} or {@code ghcr.io/acme/api@sha256:...}
     * @return this container
     * @throws IllegalArgumentException when the reference cannot be parsed
     */
    public Container image(String reference) {
        return image(ImageReference.parse(reference));
    }

    /**
     * The image.
     *
     * @param reference the image
     * @return this container
     */
    public Container image(ImageReference reference) {
        image = Objects.requireNonNull(reference, "image");
        return this;
    }

    /**
     * Ports the container listens on.
     *
     * <pre>{@code
     * container.ports(Ports.http(8080), Port.of("metrics", 9090));
     * }</pre>
     *
     * @param more ports
     * @return this container
     * @throws IllegalArgumentException when two ports share a name or a number
     */
    public Container ports(Port... more) {
        for (Port p : more) {
            for (Port q : ports) {
                if (q.name().equals(p.name())) {
                    throw new IllegalArgumentException("container " + name + " has two ports named \"" + p.name()
                            + "\": " + q.number() + " and " + p.number());
                }
                if (q.number() == p.number() && q.protocol().equals(p.protocol())) {
                    throw new IllegalArgumentException("container " + name + " has port " + p.number() + "/"
                            + p.protocol() + " twice: \"" + q.name() + "\" and \"" + p.name() + "\"");
                }
            }
            ports.add(p);
        }
        return this;
    }

    /**
     * One environment variable; setting a name again replaces its value.
     *
     * <pre>{@code
     * container.env("LOG_LEVEL", EnvValues.of("info"));
     * }</pre>
     *
     * @param variable the variable's name
     * @param value its value
     * @return this container
     */
    public Container env(String variable, EnvValue value) {
        env.put(Objects.requireNonNull(variable, "variable"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * The readiness probe: when the container may receive traffic.
     *
     * @param probe the probe, such as {@code Probes.http("/ready", 8080)}
     * @return this container
     */
    public Container readiness(Probe probe) {
        readiness = probe;
        return this;
    }

    /**
     * The liveness probe: when the container must be restarted.
     *
     * @param probe the probe
     * @return this container
     */
    public Container liveness(Probe probe) {
        liveness = probe;
        return this;
    }

    /**
     * The startup probe: for slow starters; the other probes wait until it succeeds.
     *
     * @param probe the probe, such as {@code Probes.startup(Probes.tcp(5432), 300)}
     * @return this container
     */
    public Container startup(Probe probe) {
        startup = probe;
        return this;
    }

    /**
     * Resources; the preset's {@code defaultResources} when not set.
     *
     * @param value the resources
     * @return this container
     */
    public Container resources(Resources value) {
        resources = value;
        return this;
    }

    /**
     * The command, replacing the image's entrypoint.
     *
     * @param values the command and its arguments
     * @return this container
     */
    public Container command(String... values) {
        command = List.of(values);
        return this;
    }

    /**
     * Arguments to the entrypoint.
     *
     * @param values the arguments
     * @return this container
     */
    public Container args(String... values) {
        args = List.of(values);
        return this;
    }

    /**
     * A lifecycle hook; one per phase, the last one given wins.
     *
     * @param hook such as {@code Hooks.sleepBeforeStop(5)}
     * @return this container
     */
    public Container hook(Hooks.Hook hook) {
        hooks.removeIf(h -> h.phase() == hook.phase());
        hooks.add(hook);
        return this;
    }

    /**
     * Escape hatch: changes the fabric8 container after the DSL has filled it.
     *
     * <pre>{@code
     * container.customize(c -> c.withWorkingDir("/srv"));
     * }</pre>
     *
     * @param customizer what to change
     * @return this container
     */
    public Container customize(Consumer<ContainerBuilder> customizer) {
        customizers.add(Objects.requireNonNull(customizer, "customizer"));
        return this;
    }

    /** @return the container's name */
    public String name() {
        return name;
    }

    /** @return the image, if set */
    public Optional<ImageReference> image() {
        return Optional.ofNullable(image);
    }

    /** @return the ports, in order */
    public List<Port> ports() {
        return List.copyOf(ports);
    }

    /** @return the environment, in order */
    public Map<String, EnvValue> env() {
        return java.util.Collections.unmodifiableMap(env);
    }

    /** @return the readiness probe, if set */
    public Optional<Probe> readiness() {
        return Optional.ofNullable(readiness);
    }

    /** @return the liveness probe, if set */
    public Optional<Probe> liveness() {
        return Optional.ofNullable(liveness);
    }

    /** @return the startup probe, if set */
    public Optional<Probe> startup() {
        return Optional.ofNullable(startup);
    }

    /** @return the resources, if set */
    public Optional<Resources> resources() {
        return Optional.ofNullable(resources);
    }

    /** @return the command, empty for the image's */
    public List<String> command() {
        return command;
    }

    /** @return the arguments */
    public List<String> args() {
        return args;
    }

    /** @return the hooks */
    public List<Hooks.Hook> hooks() {
        return List.copyOf(hooks);
    }

    /** @return the customizers, in order */
    public List<Consumer<ContainerBuilder>> customizers() {
        return List.copyOf(customizers);
    }
}
