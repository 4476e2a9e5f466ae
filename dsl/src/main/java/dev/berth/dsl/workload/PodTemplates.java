package dev.berth.dsl.workload;

import dev.berth.core.ObjectRef;
import dev.berth.core.text.Patterns;
import dev.berth.dsl.config.Config;
import dev.berth.dsl.config.ConfigMapRef;
import dev.berth.dsl.config.EnvValue;
import dev.berth.dsl.config.SecretRef;
import dev.berth.dsl.container.Container;
import dev.berth.dsl.container.Hooks;
import dev.berth.dsl.container.Port;
import dev.berth.dsl.container.Resources;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.preset.Preset;
import dev.berth.dsl.spi.Assembly;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LifecycleBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a pod component into a pod template: containers, volumes, security, identity, spread, config checksum. */
final class PodTemplates {

    private static final Pattern NOT_NAME = Patterns.compile("[^a-z0-9]+");
    /** Dashes at either end; the look-behind lets only the first dash of a run start a search for the last run. */
    private static final Pattern OUTER_DASHES = Patterns.compile("^-+|(?<!-)-+$");
    private static final Pattern LEADING_DASHES = Patterns.compile("^-+");

    /**
     * What the workload kind adds to the pod.
     *
     * @param mounts extra mounts of the main container: volume name to path (claim templates)
     * @param env environment the pattern or datastore preset adds before the user's
     * @param uid the datastore preset's UID, or null
     * @param readOnlyRoot the datastore preset's read-only-root answer, or null
     * @param writable the datastore preset's writable paths
     * @param spreadWhenUnsatisfiable the spread constraint's {@code whenUnsatisfiable}, or null for no spread
     * @param restartPolicy the pod's restart policy, or null for the default
     * @param presetName the datastore preset's name, for explanations, or null
     * @param antiAffinity whether no two of the workload's pods may run on one node (hard pod anti-affinity)
     */
    record Extras(Map<String, String> mounts, Map<String, EnvValue> env, Long uid, Boolean readOnlyRoot,
            List<String> writable, String spreadWhenUnsatisfiable, String restartPolicy, String presetName,
            boolean antiAffinity) {

        Extras(Map<String, String> mounts, Map<String, EnvValue> env, Long uid, Boolean readOnlyRoot,
                List<String> writable, String spreadWhenUnsatisfiable, String restartPolicy, String presetName) {
            this(mounts, env, uid, readOnlyRoot, writable, spreadWhenUnsatisfiable, restartPolicy, presetName, false);
        }

        static Extras none() {
            return new Extras(Map.of(), Map.of(), null, null, List.of(), null, null, null);
        }

        Extras withSpread(String when) {
            return new Extras(mounts, env, uid, readOnlyRoot, writable, when, restartPolicy, presetName, antiAffinity);
        }

        Extras withRestartPolicy(String policy) {
            return new Extras(mounts, env, uid, readOnlyRoot, writable, spreadWhenUnsatisfiable, policy, presetName,
                    antiAffinity);
        }

        Extras withAntiAffinity(boolean value) {
            return new Extras(mounts, env, uid, readOnlyRoot, writable, spreadWhenUnsatisfiable, restartPolicy,
                    presetName, value);
        }
    }

    private PodTemplates() {
    }

    static PodTemplateSpec render(PodComponent<?> c, Assembly a, ObjectRef owner, Map<String, String> podLabels,
            Extras extras) {
        Preset preset = a.preset();
        String t = "spec.template.spec.";
        long uid = extras.uid() != null && c.runAsUser == null
                ? explainPreset(a, owner, t + "securityContext.runAsUser", extras.uid(), extras)
                : a.choose(owner, t + "securityContext.runAsUser", c.runAsUser, preset.runAsUser(), "runAsUser");
        boolean readOnlyRoot = extras.readOnlyRoot() != null && c.readOnlyRootFilesystem == null
                ? explainPreset(a, owner, t + "containers[*].securityContext.readOnlyRootFilesystem",
                        extras.readOnlyRoot(), extras)
                : a.choose(owner, t + "containers[*].securityContext.readOnlyRootFilesystem",
                        c.readOnlyRootFilesystem, preset.readOnlyRootFilesystem(), "readOnlyRootFilesystem");

        List<Volume> volumes = new ArrayList<>();
        List<VolumeMount> mounts = new ArrayList<>();
        List<Config> configs = new ArrayList<>();
        for (PodComponent.Mount m : c.mounts) {
            String volumeName = m.volume().name().orElseGet(() -> volumeName(m.path()));
            volumes.add(new VolumeBuilder(m.volume().source()).withName(volumeName).build());
            mounts.add(new VolumeMountBuilder().withName(volumeName).withMountPath(m.path())
                    .withReadOnly(m.volume().readOnly() ? Boolean.TRUE : null).build());
            m.volume().companion().ifPresent(companion -> companion.contribute(a));
            m.volume().config().ifPresent(configs::add);
            m.volume().secrets().forEach(s -> requireAdded(a, s, owner));
            m.volume().configMaps().forEach(cm -> requireAdded(a, cm, owner));
        }
        extras.mounts().forEach((volumeName, path) -> mounts.add(new VolumeMountBuilder().withName(volumeName)
                .withMountPath(path).build()));
        List<String> writable = new ArrayList<>(extras.writable());
        writable.addAll(c.writablePaths);
        if (readOnlyRoot && preset.writableTmp() && mounts.stream().noneMatch(m -> m.getMountPath().equals("/tmp"))) {
            writable.add(0, "/tmp");
            a.explain(owner, t + "volumes[tmp]", "emptyDir " + preset.tmpSizeLimit(), Origin.PRESET,
                    preset.name() + ".writableTmp with a read-only root filesystem");
        }
        for (String path : writable) {
            String volumeName = volumeName(path);
            volumes.add(new VolumeBuilder().withName(volumeName).withNewEmptyDir()
                    .withSizeLimit(new Quantity(preset.tmpSizeLimit())).endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName(volumeName).withMountPath(path).build());
        }
        List<Container> all = new ArrayList<>(List.of(c.main));
        all.addAll(c.sidecars);
        all.addAll(c.initContainers);
        for (Container each : all) {
            for (EnvValue v : each.env().values()) {
                v.config().ifPresent(config -> {
                    config.contribute(a);
                    if (each == c.main || c.initContainers.contains(each)) {
                        configs.add(config);
                    }
                });
                v.secret().ifPresent(s -> requireAdded(a, s, owner));
                v.configMap().ifPresent(cm -> requireAdded(a, cm, owner));
            }
        }
        requireOneMountPerPath(c.main.name(), owner, mounts);

        Resources defaults = preset.defaultResources();
        List<io.fabric8.kubernetes.api.model.Container> containers = new ArrayList<>();
        containers.add(container(c.main, a, owner, extras.env(), mounts, readOnlyRoot, defaults, true));
        for (Container s : c.sidecars) {
            containers.add(container(s, a, owner, Map.of(), mounts, readOnlyRoot, defaults, false));
        }
        List<io.fabric8.kubernetes.api.model.Container> inits = new ArrayList<>();
        for (Container i : c.initContainers) {
            inits.add(container(i, a, owner, Map.of(), mounts, readOnlyRoot, defaults, false));
        }

        boolean token = c.needsApi || preset.automountServiceAccountToken();
        a.explain(owner, t + "automountServiceAccountToken", token, c.needsApi ? Origin.USER : Origin.PRESET,
                c.needsApi ? "the component needs the Kubernetes API" : preset.name() + ".automountServiceAccountToken");
        PodSpecBuilder pod = new PodSpecBuilder()
                .withServiceAccountName(c.name)
                .withAutomountServiceAccountToken(token)
                .withNewSecurityContext()
                .withRunAsNonRoot(preset.runAsNonRoot() ? Boolean.TRUE : null)
                .withRunAsUser(uid).withRunAsGroup(uid).withFsGroup(uid)
                .withSeccompProfile(preset.seccompRuntimeDefault()
                        ? new io.fabric8.kubernetes.api.model.SeccompProfileBuilder().withType("RuntimeDefault").build()
                        : null)
                .endSecurityContext()
                .withInitContainers(inits)
                .withContainers(containers)
                .withVolumes(volumes)
                .withRestartPolicy(extras.restartPolicy());
        if (extras.spreadWhenUnsatisfiable() != null) {
            pod.addToTopologySpreadConstraints(new TopologySpreadConstraintBuilder().withMaxSkew(1)
                    .withTopologyKey("kubernetes.io/hostname")
                    .withWhenUnsatisfiable(extras.spreadWhenUnsatisfiable())
                    .withNewLabelSelector().withMatchLabels(a.selector(owner.name())).endLabelSelector().build());
        }
        if (extras.antiAffinity()) {
            pod.withNewAffinity().withNewPodAntiAffinity().addNewRequiredDuringSchedulingIgnoredDuringExecution()
                    .withTopologyKey("kubernetes.io/hostname")
                    .withNewLabelSelector().withMatchLabels(a.selector(owner.name())).endLabelSelector()
                    .endRequiredDuringSchedulingIgnoredDuringExecution().endPodAntiAffinity().endAffinity();
        }
        c.podCustomizers.forEach(custom -> custom.accept(pod));

        Map<String, String> annotations = new LinkedHashMap<>();
        if (!configs.isEmpty()) {
            annotations.put(Assembly.CONFIG_CHECKSUM, Config.checksum(configs));
            a.explain(owner, "spec.template.metadata.annotations[" + Assembly.CONFIG_CHECKSUM + "]",
                    "sha-256 of " + configs.stream().map(Config::name).distinct().toList(), Origin.USER,
                    "the pods use these ConfigMaps; a change rolls them");
        }
        // Built with the constructor: the workload's builder copies the template once, as hand-written code does.
        return new PodTemplateSpec(new ObjectMetaBuilder().withLabels(podLabels).withAnnotations(annotations).build(),
                pod.build());
    }

    /** A Secret referred to with {@code Secrets.ref(name)} must be added to the application; the build checks. */
    private static void requireAdded(Assembly a, SecretRef secret, ObjectRef owner) {
        if (!secret.existing()) {
            a.requireAdded(ObjectRef.of("Secret", a.namespace(), secret.name()), owner);
        }
    }

    /** A ConfigMap referred to with {@code ConfigMaps.ref(name)} must be added to the application; the build checks. */
    private static void requireAdded(Assembly a, ConfigMapRef configMap, ObjectRef owner) {
        if (!configMap.existing()) {
            a.requireAdded(ObjectRef.of("ConfigMap", a.namespace(), configMap.name()), owner);
        }
    }

    private static void requireOneMountPerPath(String container, ObjectRef owner, List<VolumeMount> mounts) {
        Map<String, String> byPath = new LinkedHashMap<>();
        for (VolumeMount m : mounts) {
            String before = byPath.putIfAbsent(m.getMountPath(), m.getName());
            if (before != null) {
                throw new IllegalArgumentException("container " + container + " of " + owner + " mounts two volumes at "
                        + m.getMountPath() + " (\"" + before + "\" and \"" + m.getName() + "\"): keep one mount per path");
            }
        }
    }

    private static <T> T explainPreset(Assembly a, ObjectRef owner, String field, T value, Extras extras) {
        a.explain(owner, field, value, Origin.PRESET, "datastore preset " + extras.presetName());
        return value;
    }

    private static io.fabric8.kubernetes.api.model.Container container(Container spec, Assembly a, ObjectRef owner,
            Map<String, EnvValue> extraEnv, List<VolumeMount> mounts, boolean readOnlyRoot, Resources defaults,
            boolean main) {
        if (spec.image().isEmpty()) {
            throw new IllegalArgumentException("container " + spec.name() + " of " + owner + " has no image: call "
                    + "image(\"registry/name:tag\")");
        }
        Preset preset = a.preset();
        List<EnvVar> env = new ArrayList<>();
        Map<String, EnvValue> all = new LinkedHashMap<>(extraEnv);
        all.putAll(spec.env());
        all.forEach((k, v) -> env.add(new EnvVarBuilder().withName(k).withValue(v.literal().orElse(null))
                .withValueFrom(v.source().orElse(null)).build()));
        String field = "spec.template.spec.containers[" + spec.name() + "].resources";
        Resources resources = spec.resources().orElse(defaults);
        if (main || spec.resources().isEmpty()) {
            a.explain(owner, field, describe(resources), spec.resources().isPresent() ? Origin.USER : Origin.PRESET,
                    spec.resources().isPresent() ? "set on the component" : preset.name() + ".defaultResources");
        }
        ContainerBuilder b = new ContainerBuilder().withName(spec.name()).withImage(spec.image().get().toString())
                .withImagePullPolicy(preset.imagePullPolicy())
                .withCommand(spec.command())
                .withArgs(spec.args())
                .withEnv(env)
                .withResources(resources.toRequirements())
                .withVolumeMounts(mounts)
                .withSecurityContext(new SecurityContextBuilder()
                        .withAllowPrivilegeEscalation(preset.allowPrivilegeEscalation())
                        .withReadOnlyRootFilesystem(readOnlyRoot)
                        .withRunAsNonRoot(preset.runAsNonRoot() ? Boolean.TRUE : null)
                        .withNewCapabilities().withDrop(preset.dropAllCapabilities() ? List.of("ALL") : List.of())
                        .endCapabilities().build());
        for (Port p : spec.ports()) {
            b.addToPorts(new ContainerPortBuilder().withName(p.name()).withContainerPort(p.number())
                    .withProtocol(p.protocol()).build());
        }
        spec.readiness().ifPresent(b::withReadinessProbe);
        spec.liveness().ifPresent(b::withLivenessProbe);
        spec.startup().ifPresent(b::withStartupProbe);
        if (!spec.hooks().isEmpty()) {
            LifecycleBuilder lifecycle = new LifecycleBuilder();
            for (Hooks.Hook h : spec.hooks()) {
                if (h.phase() == Hooks.Phase.PRE_STOP) {
                    lifecycle.withPreStop(h.handler());
                } else {
                    lifecycle.withPostStart(h.handler());
                }
            }
            b.withLifecycle(lifecycle.build());
        }
        spec.customizers().forEach(custom -> custom.accept(b));
        return b.build();
    }

    private static String describe(Resources r) {
        StringBuilder s = new StringBuilder("requests");
        r.cpuRequest().ifPresent(q -> s.append(" cpu ").append(q));
        r.memoryRequest().ifPresent(q -> s.append(" memory ").append(q));
        s.append(", limits");
        r.cpuLimit().ifPresent(q -> s.append(" cpu ").append(q));
        r.memoryLimit().ifPresent(q -> s.append(" memory ").append(q));
        return s.toString();
    }

    /** A volume name from a mount path: {@code /var/cache/nginx} gives {@code var-cache-nginx}. */
    static String volumeName(String path) {
        String n = OUTER_DASHES.matcher(NOT_NAME.matcher(path).replaceAll("-")).replaceAll("");
        if (n.isEmpty()) {
            n = "root";
        }
        return n.length() > 63 ? LEADING_DASHES.matcher(n.substring(n.length() - 63)).replaceAll("") : n;
    }

    static void addIdentity(PodComponent<?> c, Assembly a) {
        boolean token = c.needsApi || a.preset().automountServiceAccountToken();
        a.add(new io.fabric8.kubernetes.api.model.ServiceAccountBuilder()
                .withMetadata(a.metadata(c.name, a.labels(c.name, c.role)).build())
                .withAutomountServiceAccountToken(token).build());
        c.roles.forEach(r -> r.bindTo(a, c.name, c.name));
    }

}
