package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.core.source.Echo;
import dev.berth.core.state.ImageReference;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Assertions on one container of a workload's pod template, with the pod-level settings it inherits: image pinned,
 * non-root, read-only root filesystem, probes, resources, environment from Secrets and mounts. Messages name the
 * workload and the container's field path, such as {@code spec.template.spec.containers[0].securityContext}.
 *
 * <pre>{@code
 * assertThat(shop).deployment("api").container("api")
 *         .hasPinnedImage()
 *         .runsAsNonRoot()
 *         .hasReadOnlyRootFilesystem()
 *         .hasReadinessProbe()
 *         .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password");
 * }</pre>
 */
public class ContainerAssert extends AbstractBerthAssert<ContainerAssert, Container> {

    /** The workload whose pod template holds the container. */
    Workload workload;
    /** The container's field path, such as {@code spec.template.spec.containers[0]}. */
    String path;

    /**
     * Use {@link AbstractWorkloadAssert#container(String)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the container
     */
    public ContainerAssert(Container actual) {
        super(actual, ContainerAssert.class);
    }

    /**
     * Checks that the image names one build: a digest, or a tag other than {@code latest}.
     *
     * <pre>{@code
     * assertThat(shop).deployment("web").container("web").hasPinnedImage(); // passes: ghcr.io/acme/shop-web:1.4.2
     * assertThat(manifest).deployment("web").container("web").hasPinnedImage(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].image to be pinned to a digest or a tag
     * // other than latest, but found "nginx" (no tag, so latest)
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasPinnedImage() {
        if (skipped()) {
            return myself;
        }
        String image = actual.getImage();
        String found = null;
        if (image == null || image.isEmpty()) {
            found = "none";
        } else {
            try {
                ImageReference reference = ImageReference.parse(image);
                if (!reference.isPinned()) {
                    found = "\"" + image + "\"" + (reference.hasTag() ? "" : " (no tag, so latest)");
                }
            } catch (IllegalArgumentException e) {
                found = "\"" + image + "\", which is not a valid image reference";
            }
        }
        if (found != null) {
            failWith(WorkloadMessages.expecting(owner(), path + ".image",
                    "be pinned to a digest or a tag other than latest", found));
        }
        return myself;
    }

    /**
     * Checks that the container cannot run as root: {@code runAsNonRoot: true} or a non-zero {@code runAsUser}, set
     * on the container or inherited from the pod's {@code securityContext}, and no {@code runAsUser: 0}.
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").container("api").runsAsNonRoot(); // passes: the DSL's default
     * assertThat(manifest).deployment("web").container("web").runsAsNonRoot(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].securityContext to run as non-root, but
     * // found neither runAsNonRoot: true nor a non-zero runAsUser, on the container or its pod
     * }</pre>
     *
     * @return this assertion
     * @see <a href="https://kubernetes.io/docs/tasks/configure-pod-container/security-context/">Security context</a>
     */
    public ContainerAssert runsAsNonRoot() {
        if (skipped()) {
            return myself;
        }
        Boolean nonRoot = effective(SecurityContext::getRunAsNonRoot, PodSecurityContext::getRunAsNonRoot);
        Long user = effective(SecurityContext::getRunAsUser, PodSecurityContext::getRunAsUser);
        String found = null;
        if (user != null && user == 0) {
            found = "runAsUser 0 (root)";
        } else if (!Boolean.TRUE.equals(nonRoot) && user == null) {
            found = Boolean.FALSE.equals(nonRoot) ? "runAsNonRoot: false and no runAsUser"
                    : "neither runAsNonRoot: true nor a non-zero runAsUser, on the container or its pod";
        }
        if (found != null) {
            failWith(WorkloadMessages.expecting(owner(), path + ".securityContext", "run as non-root", found));
        }
        return myself;
    }

    /**
     * Checks {@code securityContext.readOnlyRootFilesystem: true} on the container (the pod cannot set it).
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").container("api").hasReadOnlyRootFilesystem(); // passes
     * assertThat(manifest).deployment("web").container("web").hasReadOnlyRootFilesystem(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem to
     * // be true, but found none
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasReadOnlyRootFilesystem() {
        if (skipped()) {
            return myself;
        }
        Boolean readOnly = actual.getSecurityContext() == null ? null
                : actual.getSecurityContext().getReadOnlyRootFilesystem();
        if (!Boolean.TRUE.equals(readOnly)) {
            failWith(WorkloadMessages.expecting(owner(), path + ".securityContext.readOnlyRootFilesystem", "be true",
                    readOnly == null ? "none" : "false"));
        }
        return myself;
    }

    /**
     * Checks that {@code readinessProbe} is set: the Service sends traffic only to pods that answer it.
     *
     * <pre>{@code
     * assertThat(shop).deployment("web").container("web").hasReadinessProbe(); // passes
     * assertThat(manifest).deployment("web").container("web").hasReadinessProbe(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].readinessProbe to be set, but found none
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasReadinessProbe() {
        return probe("readinessProbe", actual == null ? null : actual.getReadinessProbe());
    }

    /**
     * Checks that {@code livenessProbe} is set: the kubelet restarts a container that stops answering it.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").container("db").hasLivenessProbe(); // passes: the preset's pg_isready
     * assertThat(shop).deployment("web").container("web").hasLivenessProbe(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].livenessProbe to be set, but found none
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasLivenessProbe() {
        return probe("livenessProbe", actual == null ? null : actual.getLivenessProbe());
    }

    /**
     * Checks that {@code startupProbe} is set: the other probes wait until it succeeds, for slow starters.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").container("db").hasStartupProbe(); // passes
     * assertThat(shop).deployment("web").container("web").hasStartupProbe(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].startupProbe to be set, but found none
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasStartupProbe() {
        return probe("startupProbe", actual == null ? null : actual.getStartupProbe());
    }

    /**
     * Checks that {@code resources.requests} holds both {@code cpu} and {@code memory}, which the scheduler places
     * the pod by.
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").container("api").hasResourceRequests(); // passes: cpu 100m, memory 128Mi
     * assertThat(manifest).deployment("web").container("web").hasResourceRequests(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].resources.requests to hold cpu and
     * // memory, but found memory only
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasResourceRequests() {
        if (skipped()) {
            return myself;
        }
        Map<String, Quantity> requests = actual.getResources() == null || actual.getResources().getRequests() == null
                ? Map.of() : actual.getResources().getRequests();
        boolean cpu = requests.containsKey("cpu");
        boolean memory = requests.containsKey("memory");
        if (!cpu || !memory) {
            failWith(WorkloadMessages.expecting(owner(), path + ".resources.requests", "hold cpu and memory",
                    cpu ? "cpu only" : memory ? "memory only" : "none"));
        }
        return myself;
    }

    /**
     * Checks that {@code resources.limits.memory} is set: without it one leaking container can starve its node.
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").container("api").hasMemoryLimit(); // passes: 256Mi
     * assertThat(manifest).deployment("web").container("web").hasMemoryLimit(); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].resources.limits.memory to be set, but
     * // found none
     * }</pre>
     *
     * @return this assertion
     */
    public ContainerAssert hasMemoryLimit() {
        if (!skipped() && (actual.getResources() == null || actual.getResources().getLimits() == null
                || !actual.getResources().getLimits().containsKey("memory"))) {
            failWith(WorkloadMessages.expecting(owner(), path + ".resources.limits.memory", "be set", "none"));
        }
        return myself;
    }

    /**
     * Checks that an environment variable takes its value from a Secret's key through
     * {@code valueFrom.secretKeyRef}, never from a literal. A literal value is reported as such and never printed.
     *
     * <pre>{@code
     * assertThat(shop).deployment("api").container("api")
     *         .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password"); // passes
     * assertThat(manifest).deployment("api").container("api")
     *         .hasEnvFromSecret("DB_PASSWORD", "db-credentials", "password"); // fails:
     * // Expecting Deployment shop/api at spec.template.spec.containers[0].env[0] to take DB_PASSWORD from key
     * // "password" of Secret "db-credentials", but found a literal value
     * }</pre>
     *
     * @param variable the variable's name
     * @param secret the Secret's name
     * @param key the key within the Secret
     * @return this assertion
     */
    public ContainerAssert hasEnvFromSecret(String variable, String secret, String key) {
        return envFromKey(variable, "Secret", secret, key, from -> from.getSecretKeyRef() == null ? null
                : new String[] {from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey()});
    }

    /**
     * Checks that an environment variable takes its value from a ConfigMap's key through
     * {@code valueFrom.configMapKeyRef}.
     *
     * <pre>{@code
     * assertThat(manifest).deployment("api").container("api")
     *         .hasEnvFromConfigMap("DB_USER", "db-settings", "user");  // passes
     * assertThat(manifest).deployment("api").container("api")
     *         .hasEnvFromConfigMap("DB_USER", "db-settings", "login"); // fails:
     * // Expecting Deployment shop/api at spec.template.spec.containers[0].env[1] to take DB_USER from key "login" of
     * // ConfigMap "db-settings", but found key "user" of ConfigMap "db-settings"
     * }</pre>
     *
     * @param variable the variable's name
     * @param configMap the ConfigMap's name
     * @param key the key within the ConfigMap
     * @return this assertion
     */
    public ContainerAssert hasEnvFromConfigMap(String variable, String configMap, String key) {
        return envFromKey(variable, "ConfigMap", configMap, key, from -> from.getConfigMapKeyRef() == null ? null
                : new String[] {from.getConfigMapKeyRef().getName(), from.getConfigMapKeyRef().getKey()});
    }

    /**
     * Checks that an environment variable holds this literal {@code value}, as a peer list or a host name does.
     * Neither value is ever printed, since an environment variable may hold a secret: a failure names their lengths,
     * or where the variable takes its value from instead.
     *
     * <pre>{@code
     * assertThat(replicas).statefulSet("db-replica").container("postgresql")
     *         .hasEnv("PRIMARY_HOST", "db-0.db-headless.reports.svc.cluster.local"); // passes
     * assertThat(shop).deployment("web").container("web").hasEnv("API_URL", "http://api:80"); // fails:
     * // Expecting Deployment shop/web at spec.template.spec.containers[0].env[0] to set API_URL to a text of 13
     * // characters (not shown), but found a different text of 15 characters
     * }</pre>
     *
     * @param variable the variable's name
     * @param value the literal value
     * @return this assertion
     */
    public ContainerAssert hasEnv(String variable, String value) {
        String expected = "set " + variable + " to " + described(value, "") + " (not shown)";
        return env(variable, expected, (variableAt, at) -> {
            if (variableAt.getValueFrom() != null) {
                return other(variableAt);
            }
            String found = variableAt.getValue() == null ? "" : variableAt.getValue();
            return value.equals(found) ? null : described(found, "different ");
        });
    }

    /** An environment check on a key reference: {@code reference} gives its name and key, or null for another source. */
    private ContainerAssert envFromKey(String variable, String kind, String name, String key,
            Function<EnvVarSource, String[]> reference) {
        return env(variable, "take " + variable + " from key \"" + key + "\" of " + kind + " \"" + name + "\"",
                (variableAt, at) -> {
                    String[] found = variableAt.getValueFrom() == null ? null
                            : reference.apply(variableAt.getValueFrom());
                    if (found == null) {
                        return other(variableAt);
                    }
                    return name.equals(found[0]) && key.equals(found[1]) ? null
                            : "key \"" + found[1] + "\" of " + kind + " \"" + found[0] + "\"";
                });
    }

    /**
     * Runs an environment check on the first variable of that name: {@code verdict} gets the variable and its field
     * path and returns null when it passes, else what was found.
     */
    private ContainerAssert env(String variable, String expected, BiFunction<EnvVar, String, String> verdict) {
        if (skipped()) {
            return myself;
        }
        List<EnvVar> env = Optional.ofNullable(actual.getEnv()).orElse(List.of());
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i) == null || !variable.equals(env.get(i).getName())) {
                continue;
            }
            String at = path + ".env[" + i + "]";
            String found = verdict.apply(env.get(i), at);
            if (found != null) {
                failWith(WorkloadMessages.expecting(owner(), at, expected, found));
            }
            return myself;
        }
        failWith(WorkloadMessages.expecting(owner(), path + ".env", expected, "no variable " + variable));
        return myself;
    }

    /** Describes a literal value without showing it, by the one rule for quoting: {@link Echo}. */
    private String described(String value, String adjective) {
        String text = Echo.text(owner().kind(), path + ".env[*].value", value);
        return text.startsWith("a text") ? "a " + adjective + text.substring(2) : text;
    }

    /**
     * Checks that a volume is mounted at the path.
     *
     * <pre>{@code
     * assertThat(shop).statefulSet("db").container("db").mounts("/var/lib/postgresql/data"); // passes
     * assertThat(shop).statefulSet("db").container("db").mounts("/data");                   // fails:
     * // Expecting StatefulSet shop/db at spec.template.spec.containers[0].volumeMounts to mount a volume at
     * // "/data", but found "/var/lib/postgresql/data" (data), "/tmp" (tmp), "/var/run/postgresql"
     * // (var-run-postgresql)
     * }</pre>
     *
     * @param mountPath the path inside the container
     * @return this assertion
     */
    public ContainerAssert mounts(String mountPath) {
        if (skipped()) {
            return myself;
        }
        List<VolumeMount> mounts = Optional.ofNullable(actual.getVolumeMounts()).orElse(List.of());
        if (mounts.stream().noneMatch(m -> mountPath.equals(m.getMountPath()))) {
            List<String> found = mounts.stream().map(m -> "\"" + m.getMountPath() + "\" (" + m.getName() + ")")
                    .toList();
            failWith(WorkloadMessages.expecting(owner(), path + ".volumeMounts",
                    "mount a volume at \"" + mountPath + "\"", found.isEmpty() ? "none" : String.join(", ", found)));
        }
        return myself;
    }

    private ContainerAssert probe(String field, Probe probe) {
        if (!skipped() && probe == null) {
            failWith(WorkloadMessages.expecting(owner(), path + "." + field, "be set", "none"));
        }
        return myself;
    }

    /** Describes where a variable takes its value from, never printing a literal value. */
    private static String other(EnvVar variable) {
        EnvVarSource from = variable.getValueFrom();
        if (from == null) {
            return variable.getValue() == null || variable.getValue().isEmpty() ? "an empty value"
                    : "a literal value";
        }
        if (from.getSecretKeyRef() != null) {
            return "key \"" + from.getSecretKeyRef().getKey() + "\" of Secret \"" + from.getSecretKeyRef().getName()
                    + "\"";
        }
        if (from.getConfigMapKeyRef() != null) {
            return "key \"" + from.getConfigMapKeyRef().getKey() + "\" of ConfigMap \""
                    + from.getConfigMapKeyRef().getName() + "\"";
        }
        if (from.getFieldRef() != null) {
            return "the pod field " + from.getFieldRef().getFieldPath();
        }
        return "a resource field reference";
    }

    private <T> T effective(Function<SecurityContext, T> container, Function<PodSecurityContext, T> pod) {
        T own = actual.getSecurityContext() == null ? null : container.apply(actual.getSecurityContext());
        if (own != null) {
            return own;
        }
        PodSecurityContext podContext = workload.podSpec().map(PodSpec::getSecurityContext).orElse(null);
        return podContext == null ? null : pod.apply(podContext);
    }

    private ObjectRef owner() {
        return workload.ref();
    }
}
