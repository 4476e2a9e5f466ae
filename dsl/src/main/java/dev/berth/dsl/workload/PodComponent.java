package dev.berth.dsl.workload;

import dev.berth.core.state.StateProfile;
import dev.berth.core.text.Patterns;
import dev.berth.dsl.config.EnvValue;
import dev.berth.dsl.container.Container;
import dev.berth.dsl.container.Hooks;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.identity.Role;
import dev.berth.dsl.spi.Component;
import dev.berth.dsl.storage.Volume;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What every component that runs pods shares: its main container (to which the container methods delegate), mounts,
 * init containers and sidecars, identity, security overrides and the pod escape hatch. Subclasses decide the
 * workload kind.
 *
 * <pre>{@code
 * Berth.statelessService("api")
 *      .image("ghcr.io/acme/api:2.4.1")
 *      .expose(Ports.http(8080))
 *      .env("LOG_LEVEL", EnvValues.of("info"))
 *      .readiness(Probes.http("/ready", 8080))
 *      .mount("/var/cache/api", Volumes.emptyDir(Quantities.mi(200)))
 *      .bind(Role.named("config-reader").allowRead("configmaps"));
 * }</pre>
 *
 * @param <S> the component's own type, returned by every setter
 */
public abstract class PodComponent<S extends PodComponent<S>> implements Component {

    private static final Pattern DNS_LABEL = Patterns.whole("[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    /**
     * A mount of a volume into the main container, as recorded by {@link #mount(String, Volume)}.
     *
     * <pre>{@code
     * new PodComponent.Mount("/data", Volumes.emptyDir());
     * }</pre>
     *
     * @param path the mount path
     * @param volume the volume
     */
    public record Mount(String path, Volume volume) {
    }

    final String name;
    StateProfile profile;
    final Container main;
    Integer replicas;
    final List<Mount> mounts = new ArrayList<>();
    final List<Container> initContainers = new ArrayList<>();
    final List<Container> sidecars = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final List<String> writablePaths = new ArrayList<>();
    boolean needsApi;
    Long runAsUser;
    Boolean readOnlyRootFilesystem;
    String role;
    String ephemeralReason;
    final List<Consumer<PodSpecBuilder>> podCustomizers = new ArrayList<>();

    PodComponent(String name, StateProfile profile) {
        this.name = requireName(name);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.main = Container.named(name);
    }

    PodComponent(PodComponent<?> base) {
        this.name = base.name;
        this.profile = base.profile;
        this.main = base.main.copy();
        this.replicas = base.replicas;
        this.mounts.addAll(base.mounts);
        base.initContainers.forEach(c -> initContainers.add(c.copy()));
        base.sidecars.forEach(c -> sidecars.add(c.copy()));
        this.roles.addAll(base.roles);
        this.writablePaths.addAll(base.writablePaths);
        this.needsApi = base.needsApi;
        this.runAsUser = base.runAsUser;
        this.readOnlyRootFilesystem = base.readOnlyRootFilesystem;
        this.role = base.role;
        this.ephemeralReason = base.ephemeralReason;
        this.podCustomizers.addAll(base.podCustomizers);
    }

    static String requireName(String name) {
        if (name == null || name.length() > 52 || !DNS_LABEL.matcher(name).matches()) {
            throw new IllegalArgumentException("component name must be a DNS-1035 label of at most 52 characters "
                    + "(lowercase letters, digits, '-', starting with a letter), was "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }

    /** @return the component's name: of its workload, Service, ServiceAccount and main container */
    @Override
    public String name() {
        return name;
    }

    /** @return what the component remembers, does with a disk, and whose data it holds */
    public StateProfile profile() {
        return profile;
    }

    /** @return the main container, to read or to change directly */
    public Container container() {
        return main;
    }

    /**
     * The main container's image.
     *
     * <pre>{@code
     * service.image("ghcr.io/acme/api:2.4.1");
     * }</pre>
     *
     * @param reference the image reference
     * @return this component
     */
    public S image(String reference) {
        main.image(reference);
        return self();
    }

    /**
     * Ports the main container listens on; the component's Service exposes them under the same names.
     *
     * <pre>{@code
     * service.expose(Ports.http(8080), Port.of("metrics", 9090));
     * }</pre>
     *
     * @param ports the ports
     * @return this component
     * @throws IllegalArgumentException when two ports share a name or a number
     */
    public S expose(Port... ports) {
        main.ports(ports);
        return self();
    }

    /**
     * One environment variable of the main container.
     *
     * <pre>{@code
     * service.env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-credentials"), "password"));
     * }</pre>
     *
     * @param variable the name
     * @param value the value
     * @return this component
     */
    public S env(String variable, EnvValue value) {
        main.env(variable, value);
        return self();
    }

    /**
     * The readiness probe.
     *
     * @param probe such as {@code Probes.http("/ready", 8080)}
     * @return this component
     */
    public S readiness(Probe probe) {
        main.readiness(probe);
        return self();
    }

    /**
     * The liveness probe.
     *
     * @param probe such as {@code Probes.http("/healthz", 8080)}
     * @return this component
     */
    public S liveness(Probe probe) {
        main.liveness(probe);
        return self();
    }

    /**
     * The startup probe, for slow starters.
     *
     * @param probe such as {@code Probes.startup(Probes.tcp(8080), 300)}
     * @return this component
     */
    public S startup(Probe probe) {
        main.startup(probe);
        return self();
    }

    /**
     * The main container's resources. Default: the preset's {@code defaultResources}.
     *
     * @param value the resources
     * @return this component
     */
    public S resources(Resources value) {
        main.resources(value);
        return self();
    }

    /**
     * The main container's command.
     *
     * @param values the command and arguments
     * @return this component
     */
    public S command(String... values) {
        main.command(values);
        return self();
    }

    /**
     * The main container's arguments.
     *
     * @param values the arguments
     * @return this component
     */
    public S args(String... values) {
        main.args(values);
        return self();
    }

    /**
     * A lifecycle hook of the main container.
     *
     * @param hook such as {@code Hooks.sleepBeforeStop(5)}
     * @return this component
     */
    public S hook(Hooks.Hook hook) {
        main.hook(hook);
        return self();
    }

    /**
     * Mounts a volume into the main container (and the sidecars). ConfigMaps and Secrets are read-only; what the
     * volume refers to (a claim, a ConfigMap) is added with the component.
     *
     * <pre>{@code
     * service.mount("/etc/web", Volumes.fromConfigMap(config));
     * }</pre>
     *
     * @param path an absolute path
     * @param volume the volume
     * @return this component
     * @throws IllegalArgumentException when the path is relative or already mounted
     */
    public S mount(String path, Volume volume) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("mount path of " + name + " must be absolute, was " + path);
        }
        for (Mount m : mounts) {
            if (m.path().equals(path)) {
                throw new IllegalArgumentException(name + " mounts two volumes at " + path);
            }
        }
        mounts.add(new Mount(path, Objects.requireNonNull(volume, "volume")));
        return self();
    }

    /**
     * Storage at {@code /data} (or the datastore's data path), of the kind the profile calls for: a claim template
     * per replica on a StatefulSet; on a Deployment, a shared {@code ReadWriteMany} claim when the data is
     * authoritative, else node-local scratch space ({@code emptyDir} with this size limit).
     *
     * <pre>{@code
     * Berth.service("index", StateProfile.diskCache()).storage(Quantities.gi(10));
     * }</pre>
     *
     * @param size the size
     * @return this component
     */
    public abstract S storage(io.fabric8.kubernetes.api.model.Quantity size);

    /**
     * A path the process writes to while the root filesystem is read-only: an emptyDir is mounted there.
     *
     * <pre>{@code
     * service.writable("/var/cache/nginx", "/var/run");
     * }</pre>
     *
     * @param paths absolute paths
     * @return this component
     */
    public S writable(String... paths) {
        for (String p : paths) {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("writable path of " + name + " must be absolute, was " + p);
            }
            writablePaths.add(p);
        }
        return self();
    }

    /**
     * An init container, run to completion before the main container starts.
     *
     * @param container the container
     * @return this component
     */
    public S initContainer(Container container) {
        initContainers.add(Objects.requireNonNull(container, "container"));
        return self();
    }

    /**
     * A data migration that must finish before this version serves: an init container, so no pod of the new
     * version starts until it has run to completion (it must be idempotent: every new pod runs it). It gets the
     * component's environment; give it the same image to migrate with the code that needs the new schema.
     *
     * <pre>{@code
     * api.runBeforeServing(Container.named("migrate").image("ghcr.io/acme/api:2.4.1").command("/app/migrate", "up"));
     * }</pre>
     *
     * @param migration the migration's container
     * @return this component
     */
    public S runBeforeServing(Container migration) {
        Container m = migration.copy();
        main.env().forEach((k, v) -> {
            if (!m.env().containsKey(k)) {
                m.env(k, v);
            }
        });
        initContainers.add(m);
        return self();
    }

    /**
     * A sidecar container, beside the main one.
     *
     * @param container the container
     * @return this component
     */
    public S sidecar(Container container) {
        sidecars.add(Objects.requireNonNull(container, "container"));
        return self();
    }

    /**
     * Binds a Role to the component's ServiceAccount and mounts the API token in its pods.
     *
     * <pre>{@code
     * service.bind(Role.named("leader-election").allowRead("leases").allowWrite("leases"));
     * }</pre>
     *
     * @param value the role
     * @return this component
     */
    public S bind(Role value) {
        roles.add(Objects.requireNonNull(value, "role"));
        needsApi = true;
        return self();
    }

    /**
     * Says the component talks to the Kubernetes API, so its pods get a service-account token. Default: no token
     * (the preset's {@code automountServiceAccountToken}). See
     * <a href="https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting">Opt
     * out of API credential automounting</a>.
     *
     * @return this component
     */
    public S needsKubernetesApi() {
        needsApi = true;
        return self();
    }

    /**
     * The UID the pod runs as (also its group and fsGroup). Default: the datastore preset's, else the preset's
     * {@code runAsUser}. See
     * <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Configure a Security
     * Context</a>.
     *
     * @param uid the UID
     * @return this component
     */
    public S runAsUser(long uid) {
        runAsUser = uid;
        return self();
    }

    /**
     * Whether the containers' root filesystem is read-only. Default: the preset's {@code readOnlyRootFilesystem}.
     * See <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Configure a Security
     * Context</a>.
     *
     * @param value true for read-only
     * @return this component
     */
    public S readOnlyRootFilesystem(boolean value) {
        readOnlyRootFilesystem = value;
        return self();
    }

    /**
     * The {@code app.kubernetes.io/component} label, such as {@code frontend} or {@code database}.
     *
     * @param value the label's value
     * @return this component
     */
    public S role(String value) {
        role = value;
        return self();
    }

    /**
     * Accepts that this component's authoritative data may be lost, and says why. Without it, a component whose
     * profile holds authoritative data is refused when the data sits on storage that cannot keep it: an
     * {@code emptyDir} or a {@code hostPath} at its data path, a claim of a StorageClass whose provisioner makes
     * node-local volumes ({@link dev.berth.core.state.NodeLocalProvisioners}), a claim that can bind to a local or
     * hostPath PersistentVolume of the application, or claims deleted with the StatefulSet (a preset with
     * {@code retainClaims(false)}). With it, the build goes on and the workload carries, for each of those the
     * validator would report, the annotation {@code ignore.berth.dev/<rule>} with this reason
     * ({@code authoritative-data-ephemeral}, {@code storage-survives-node-failure}, {@code data-retained}). Default:
     * no opt-out.
     *
     * <pre>{@code
     * Berth.datastore("reports", DatastorePresets.postgresql()).ephemeralData("rebuilt nightly from the warehouse");
     * }</pre>
     *
     * @param reason why losing the data is acceptable, written into the annotations
     * @return this component
     * @throws IllegalArgumentException when the reason is blank
     */
    public S ephemeralData(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("ephemeralData of " + name + " needs a reason (why losing the data is "
                    + "acceptable), was " + (reason == null ? "null" : "\"" + reason + "\""));
        }
        ephemeralReason = reason;
        return self();
    }

    /**
     * The container ports the component's pods listen on: the main container's, then the sidecars'. Network intents
     * to the component must use one of them.
     *
     * <pre>{@code
     * Berth.statelessService("api").expose(Ports.http(8080)).listensOn(); // [8080]
     * }</pre>
     *
     * @return the port numbers, in order, without repeats
     */
    public List<Integer> listensOn() {
        java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
        main.ports().forEach(p -> ports.add(p.number()));
        sidecars.forEach(s -> s.ports().forEach(p -> ports.add(p.number())));
        return List.copyOf(ports);
    }

    /**
     * The ports of {@link #listensOn()}, which intents to this component must use.
     *
     * @return the port numbers, in order
     */
    @Override
    public java.util.Optional<List<Integer>> listeningPorts() {
        return java.util.Optional.of(listensOn());
    }

    /** @return where the component keeps its data: {@code /data} unless a datastore preset says otherwise */
    String dataPath() {
        return "/data";
    }

    /**
     * Escape hatch: changes the fabric8 pod spec after the DSL has filled it.
     *
     * <pre>{@code
     * service.customizePod(pod -> pod.withPriorityClassName("critical"));
     * }</pre>
     *
     * @param customizer what to change
     * @return this component
     */
    public S customizePod(Consumer<PodSpecBuilder> customizer) {
        podCustomizers.add(Objects.requireNonNull(customizer, "customizer"));
        return self();
    }

    /**
     * Escape hatch: changes the fabric8 main container after the DSL has filled it.
     *
     * <pre>{@code
     * service.customizeContainer(c -> c.withWorkingDir("/srv"));
     * }</pre>
     *
     * @param customizer what to change
     * @return this component
     */
    public S customizeContainer(Consumer<ContainerBuilder> customizer) {
        main.customize(customizer);
        return self();
    }

    static int requireReplicas(String component, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("replicas of " + component + " must be >= 0, was " + value);
        }
        return value;
    }
}
