package dev.berth.dsl.config;

import dev.berth.core.values.DnsNames;

/**
 * A ConfigMap the application reads by name, without its data. Either managed outside Berth (a cluster-wide
 * ConfigMap, one written by another tool), made by {@link ConfigMaps#existing(String)}, or added to the application
 * with {@link ConfigMaps#named(String)} and referred to with {@link ConfigMaps#ref(String)}: a build that reads a
 * ConfigMap of the second kind which was never added is refused. A ConfigMap read with its data ({@link Config}) is
 * added with the component that reads it.
 *
 * <pre>{@code
 * ConfigMapRef clusterInfo = ConfigMaps.existing("cluster-info");
 * }</pre>
 *
 * @param name the ConfigMap's name, a DNS-1123 subdomain
 * @param existing whether it is managed outside the application (declared existing)
 */
public record ConfigMapRef(String name, boolean existing) {

    /**
     * Checks the name.
     *
     * @param name the ConfigMap's name
     * @param existing whether it is managed outside the application
     * @throws IllegalArgumentException naming the name when it is not a DNS-1123 subdomain
     */
    public ConfigMapRef {
        DnsNames.requireDns1123Subdomain("ConfigMap name", name);
    }
}
