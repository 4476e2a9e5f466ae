package dev.berth.dsl.storage;

import dev.berth.dsl.config.Config;
import dev.berth.dsl.config.ConfigMapRef;
import dev.berth.dsl.config.SecretRef;
import dev.berth.dsl.spi.Component;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A volume to mount into a component's containers, made by {@link Volumes}. Its name is derived from the mount path
 * unless given with {@link #named(String)}; ConfigMap and Secret volumes are mounted read-only.
 *
 * <pre>{@code
 * service.mount("/var/cache/nginx", Volumes.emptyDir(Quantities.mi(100)));
 * service.mount("/etc/web", Volumes.fromConfigMap(webConfig));
 * }</pre>
 *
 * @param name the volume's name, or empty to derive it from the mount path
 * @param source the fabric8 volume, its name unset
 * @param readOnly whether it is mounted read-only
 * @param companion the component that defines what the volume refers to (a claim, a ConfigMap), added with it
 * @param config the application's ConfigMap behind it, for the config checksum
 * @param secrets the Secrets it reads, so a build can check those added with the application are there
 * @param configMaps the ConfigMaps it reads by name, so a build can check those added with the application are there
 */
public record Volume(Optional<String> name, io.fabric8.kubernetes.api.model.Volume source, boolean readOnly,
        Optional<Component> companion, Optional<Config> config, List<SecretRef> secrets,
        List<ConfigMapRef> configMaps) {

    /**
     * Checks nothing is null.
     *
     * @param name the name
     * @param source the fabric8 volume
     * @param readOnly whether read-only
     * @param companion the companion
     * @param config the ConfigMap
     * @param secrets the Secrets it reads
     * @param configMaps the ConfigMaps it reads by name
     */
    public Volume {
        secrets = List.copyOf(secrets);
        configMaps = List.copyOf(configMaps);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(companion, "companion");
        Objects.requireNonNull(config, "config");
    }

    /**
     * A volume that reads no ConfigMap by name.
     *
     * <pre>{@code
     * new Volume(Optional.empty(), source, false, Optional.empty(), Optional.empty(), List.of());
     * }</pre>
     *
     * @param name the name
     * @param source the fabric8 volume
     * @param readOnly whether read-only
     * @param companion the companion
     * @param config the ConfigMap
     * @param secrets the Secrets it reads
     */
    public Volume(Optional<String> name, io.fabric8.kubernetes.api.model.Volume source, boolean readOnly,
            Optional<Component> companion, Optional<Config> config, List<SecretRef> secrets) {
        this(name, source, readOnly, companion, config, secrets, List.of());
    }

    /**
     * A copy with a name.
     *
     * <pre>{@code
     * Volumes.emptyDir().named("scratch");
     * }</pre>
     *
     * @param value a DNS-1123 label
     * @return the copy
     */
    public Volume named(String value) {
        return new Volume(Optional.of(value), source, readOnly, companion, config, secrets, configMaps);
    }

    /**
     * A copy mounted read-only.
     *
     * <pre>{@code
     * Volumes.fromClaim(shared).readOnlyMount();
     * }</pre>
     *
     * @return the copy
     */
    public Volume readOnlyMount() {
        return new Volume(name, source, true, companion, config, secrets, configMaps);
    }
}
