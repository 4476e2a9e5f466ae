package dev.berth.dsl.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * ConfigMaps defined by the application, and references to ConfigMaps read by name.
 *
 * <pre>{@code
 * Config web = ConfigMaps.named("web").with("LOG_LEVEL", "info");
 * Config same = ConfigMaps.of("web", Map.of("LOG_LEVEL", "info"));
 * ConfigMapRef clusterInfo = ConfigMaps.existing("cluster-info");
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/configuration/configmap/">ConfigMaps</a>.
 */
public final class ConfigMaps {

    private ConfigMaps() {
    }

    /**
     * An empty ConfigMap to add keys to.
     *
     * <pre>{@code
     * ConfigMaps.named("web").with("LOG_LEVEL", "info");
     * }</pre>
     *
     * @param name the name
     * @return the ConfigMap
     */
    public static Config named(String name) {
        return new Config(name, new TreeMap<>());
    }

    /**
     * A ConfigMap with its data.
     *
     * <pre>{@code
     * ConfigMaps.of("web", Map.of("LOG_LEVEL", "info"));
     * }</pre>
     *
     * @param name the name
     * @param data the keys and values
     * @return the ConfigMap
     */
    public static Config of(String name, Map<String, String> data) {
        return new Config(name, new TreeMap<>(data));
    }

    /**
     * A ConfigMap managed outside the application (declared existing): the build does not look for it among the
     * application's objects, and its changes do not roll the pods (Berth does not know its data).
     *
     * <pre>{@code
     * api.env("REGION", EnvValues.fromConfigMap(ConfigMaps.existing("cluster-info"), "region"));
     * }</pre>
     *
     * @param name the ConfigMap's name
     * @return the reference
     * @throws IllegalArgumentException naming the name when it is not a DNS-1123 subdomain
     */
    public static ConfigMapRef existing(String name) {
        return new ConfigMapRef(name, true);
    }

    /**
     * The reference to a ConfigMap added to the application, by its name. Building an application that reads it
     * without adding it is refused.
     *
     * <pre>{@code
     * app.add(ConfigMaps.named("flags").with("MODE", "strict"));
     * api.env("MODE", EnvValues.fromConfigMap(ConfigMaps.ref("flags"), "MODE"));
     * }</pre>
     *
     * @param name the ConfigMap's name
     * @return the reference
     * @throws IllegalArgumentException naming the name when it is not a DNS-1123 subdomain
     */
    public static ConfigMapRef ref(String name) {
        return new ConfigMapRef(name, false);
    }
}
