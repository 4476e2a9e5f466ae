package dev.berth.core.internal;

import dev.berth.core.text.Patterns;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps {@code apiVersion} and {@code kind} to the fabric8 model class, from the classes the model jars on the class path
 * declare. Internal: not part of the API.
 *
 * <p>Removed API versions of well-known kinds ({@code apps/v1beta1} StatefulSet, {@code extensions/v1beta1}
 * Deployment...) are read into the current class, keeping the {@code apiVersion} as written, so that the validator
 * can still judge them and report the removed version, and a round trip gives the same text back.
 */
public final class KindRegistry {

    /** An API version's version part: {@code v1}, {@code v2beta1}; read before {@link #INSTANCE} is built. */
    private static final Pattern VERSION = Patterns.whole("v(\\d+)(?:(alpha|beta)(\\d+))?");

    private static final KindRegistry INSTANCE = new KindRegistry();

    private final Map<String, Class<? extends HasMetadata>> byApiVersionAndKind;
    private final Map<String, Class<? extends HasMetadata>> preferredByKind;

    private KindRegistry() {
        Map<String, Class<? extends HasMetadata>> map = new HashMap<>();
        ServiceLoader.load(KubernetesResource.class, KindRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::type)
                .filter(HasMetadata.class::isAssignableFrom)
                .filter(type -> type != GenericKubernetesResource.class)
                .forEach(type -> register(map, type.asSubclass(HasMetadata.class)));
        legacy(map, "apps/v1", new String[] {"apps/v1beta1", "apps/v1beta2", "extensions/v1beta1"},
                "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet");
        legacy(map, "networking.k8s.io/v1", new String[] {"extensions/v1beta1"}, "NetworkPolicy");
        legacy(map, "networking.k8s.io/v1beta1", new String[] {"extensions/v1beta1"}, "Ingress");
        legacy(map, "policy/v1beta1", new String[] {"extensions/v1beta1"}, "PodSecurityPolicy");
        legacy(map, "rbac.authorization.k8s.io/v1", new String[] {"rbac.authorization.k8s.io/v1beta1",
            "rbac.authorization.k8s.io/v1alpha1"}, "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding");
        legacy(map, "scheduling.k8s.io/v1", new String[] {"scheduling.k8s.io/v1beta1",
            "scheduling.k8s.io/v1alpha1"}, "PriorityClass");
        this.byApiVersionAndKind = Collections.unmodifiableMap(map);
        this.preferredByKind = Collections.unmodifiableMap(preferred(map));
    }

    /** @return the registry of the model classes on the class path */
    public static KindRegistry instance() {
        return INSTANCE;
    }

    /**
     * @param apiVersion such as {@code apps/v1}
     * @param kind such as {@code StatefulSet}
     * @return the typed class, or {@code GenericKubernetesResource} for kinds no model jar defines
     */
    public Class<? extends HasMetadata> typeOf(String apiVersion, String kind) {
        Class<? extends HasMetadata> type = byApiVersionAndKind.get(key(apiVersion, kind));
        if (type == null && isBuiltInGroup(apiVersion)) {
            // A well-known kind under a wrong built-in apiVersion (apiVersion: v1 on a Deployment) is still judged as
            // that kind; the apiVersion stays as written, for the schema rules to report.
            type = preferredByKind.get(kind);
        }
        return type == null ? GenericKubernetesResource.class : type;
    }

    /**
     * @param apiVersion such as {@code apps/v1} or {@code serving.knative.dev/v1}
     * @return true for the groups Kubernetes itself defines: the core group, dot-less groups and {@code *.k8s.io}
     */
    static boolean isBuiltInGroup(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return group.isEmpty() || group.indexOf('.') < 0 || group.endsWith(".k8s.io");
    }

    private static Map<String, Class<? extends HasMetadata>> preferred(Map<String, Class<? extends HasMetadata>> map) {
        Map<String, Class<? extends HasMetadata>> byKind = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (Map.Entry<String, Class<? extends HasMetadata>> entry : new TreeMap<>(map).entrySet()) {
            String apiVersion = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String kind = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            if (!isBuiltInGroup(apiVersion)) {
                continue;
            }
            int rank = versionRank(apiVersion.substring(apiVersion.indexOf('/') + 1));
            if (rank > ranks.getOrDefault(kind, Integer.MIN_VALUE)) {
                ranks.put(kind, rank);
                byKind.put(kind, entry.getValue());
            }
        }
        return byKind;
    }

    /** Ranks versions as Kubernetes prefers them: v2 over v1, any GA over beta, beta over alpha. */
    private static int versionRank(String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            return -1;
        }
        int major = Integer.parseInt(m.group(1));
        int level = m.group(2) == null ? 2 : m.group(2).equals("beta") ? 1 : 0;
        int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return level * 10_000 + major * 100 + minor;
    }

    /**
     * @param apiVersion such as {@code apps/v1}
     * @param kind such as {@code StatefulSet}
     * @return true when a model class types it
     */
    public boolean isTyped(String apiVersion, String kind) {
        return byApiVersionAndKind.containsKey(key(apiVersion, kind));
    }

    /** @return every typed {@code apiVersion kind} pair, sorted, for documentation and tests */
    public Map<String, Class<? extends HasMetadata>> all() {
        return Collections.unmodifiableMap(new TreeMap<>(byApiVersionAndKind));
    }

    private static void register(Map<String, Class<? extends HasMetadata>> map, Class<? extends HasMetadata> type) {
        map.putIfAbsent(key(HasMetadata.getApiVersion(type), HasMetadata.getKind(type)), type);
    }

    private static void legacy(Map<String, Class<? extends HasMetadata>> map, String current, String[] removed,
            String... kinds) {
        for (String kind : kinds) {
            Class<? extends HasMetadata> type = map.get(key(current, kind));
            if (type == null) {
                continue;
            }
            for (String old : removed) {
                // put, not putIfAbsent: the result must not depend on which other model jars the user has.
                map.put(key(old, kind), type);
            }
        }
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
