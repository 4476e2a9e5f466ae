package dev.berth.dsl.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * ConfigMaps defined by the application.
 *
 * <pre>{@code
 * Config web = ConfigMaps.named("web").with("LOG_LEVEL", "info");
 * Config same = ConfigMaps.of("web", Map.of("LOG_LEVEL", "info"));
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
}
