package dev.berth.dsl.config;

import dev.berth.core.values.DnsNames;
import dev.berth.dsl.spi.Assembly;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ConfigMap defined by the application: immutable, its keys sorted. Mount it ({@code mount("/etc/app",
 * Volumes.fromConfigMap(config))}, read-only) or read a key into the environment; either way the pods that use it
 * carry a checksum of its data and roll when it changes.
 *
 * <pre>{@code
 * Config web = ConfigMaps.named("web").with("LOG_LEVEL", "info").with("nginx.conf", "events {}");
 * }</pre>
 *
 * @param name the ConfigMap's name
 * @param data its keys and values
 */
public record Config(String name, SortedMap<String, String> data) implements Component {

    /**
     * Checks the name and copies the data.
     *
     * @param name the name, a DNS-1123 subdomain
     * @param data the data
     * @throws IllegalArgumentException naming the name when it is not a DNS-1123 subdomain
     */
    public Config {
        DnsNames.requireDns1123Subdomain("ConfigMap name", name);
        data = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }

    /**
     * A copy with one more key.
     *
     * <pre>{@code
     * ConfigMaps.named("web").with("LOG_LEVEL", "info");
     * }</pre>
     *
     * @param key the key
     * @param value the value
     * @return the copy
     */
    public Config with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(data);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Config(name, copy);
    }

    /**
     * Adds the ConfigMap.
     *
     * @param assembly the application's assembly
     */
    @Override
    public void contribute(Assembly assembly) {
        assembly.add(new ConfigMapBuilder().withMetadata(assembly.metadata(name, name).build()).withData(data).build());
    }

    /**
     * The SHA-256 of these ConfigMaps' names, keys and values, in name and key order: the value of
     * {@link Assembly#CONFIG_CHECKSUM}.
     *
     * <pre>{@code
     * Config.checksum(List.of(web)); // 64 hex digits
     * }</pre>
     *
     * @param configs the ConfigMaps
     * @return lowercase hex
     */
    public static String checksum(Collection<Config> configs) {
        TreeMap<String, Config> byName = new TreeMap<>();
        configs.forEach(c -> byName.put(c.name(), c));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Config c : byName.values()) {
                update(sha, c.name());
                for (Map.Entry<String, String> e : c.data().entrySet()) {
                    update(sha, e.getKey());
                    update(sha, e.getValue());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
