package dev.berth.dsl.config;

import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.EnvVarSourceBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Environment variable values: literals, Secret keys (the only way secret values reach a container), ConfigMap keys
 * and pod fields.
 *
 * <pre>{@code
 * api.env("DB_HOST", EnvValues.of("db"))
 *    .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-credentials"), "password"))
 *    .env("POD_NAME", EnvValues.fromField("metadata.name"));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/#define-container-environment-variables-using-secret-data">Define
 * container environment variables using Secret data</a>.
 */
public final class EnvValues {

    private EnvValues() {
    }

    /**
     * A literal value. Never use it for a secret: use {@link #fromSecret(SecretRef, String)}.
     *
     * <pre>{@code
     * EnvValues.of("info");
     * }</pre>
     *
     * @param value the value
     * @return the env value
     */
    public static EnvValue of(String value) {
        return new EnvValue(Optional.of(Objects.requireNonNull(value, "value")), Optional.empty(), Optional.empty());
    }

    /**
     * A key of a Secret, through {@code secretKeyRef}.
     *
     * <pre>{@code
     * EnvValues.fromSecret(Secrets.existing("db-credentials"), "password");
     * }</pre>
     *
     * @param secret the Secret
     * @param key the key
     * @return the env value
     */
    public static EnvValue fromSecret(SecretRef secret, String key) {
        EnvVarSource s = new EnvVarSourceBuilder().withNewSecretKeyRef().withName(secret.name()).withKey(key)
                .endSecretKeyRef().build();
        return new EnvValue(Optional.empty(), Optional.of(s), Optional.empty(), Optional.of(secret));
    }

    /**
     * A key of a ConfigMap defined in the application; a change to it rolls the pods (config checksum).
     *
     * <pre>{@code
     * EnvValues.fromConfigMap(ConfigMaps.named("web").with("LOG_LEVEL", "info"), "LOG_LEVEL");
     * }</pre>
     *
     * @param config the ConfigMap
     * @param key the key, which must be in it
     * @return the env value
     * @throws IllegalArgumentException naming the key when the ConfigMap does not hold it
     */
    public static EnvValue fromConfigMap(Config config, String key) {
        if (!config.data().containsKey(key)) {
            throw new IllegalArgumentException("ConfigMap " + config.name() + " has no key \"" + key + "\"; keys are "
                    + config.data().keySet());
        }
        EnvVarSource s = new EnvVarSourceBuilder().withNewConfigMapKeyRef().withName(config.name()).withKey(key)
                .endConfigMapKeyRef().build();
        return new EnvValue(Optional.empty(), Optional.of(s), Optional.of(config));
    }

    /**
     * A key of a ConfigMap read by name: one managed elsewhere ({@code ConfigMaps.existing(name)}) or one added to
     * the application ({@code ConfigMaps.ref(name)}; a build that never adds it is refused).
     *
     * <pre>{@code
     * EnvValues.fromConfigMap(ConfigMaps.existing("cluster-info"), "region");
     * }</pre>
     *
     * @param configMap the ConfigMap
     * @param key the key
     * @return the env value
     */
    public static EnvValue fromConfigMap(ConfigMapRef configMap, String key) {
        EnvVarSource s = new EnvVarSourceBuilder().withNewConfigMapKeyRef().withName(configMap.name()).withKey(key)
                .endConfigMapKeyRef().build();
        return new EnvValue(Optional.empty(), Optional.of(s), Optional.empty(), Optional.empty(),
                Optional.of(configMap));
    }

    /**
     * A key of a ConfigMap added to the application, by its name: the same as
     * {@code fromConfigMap(ConfigMaps.ref(configMap), key)}. For a ConfigMap managed elsewhere, say
     * {@code fromConfigMap(ConfigMaps.existing(configMap), key)}.
     *
     * <pre>{@code
     * EnvValues.fromConfigMap("flags", "MODE");
     * }</pre>
     *
     * @param configMap the ConfigMap's name
     * @param key the key
     * @return the env value
     */
    public static EnvValue fromConfigMap(String configMap, String key) {
        return fromConfigMap(ConfigMaps.ref(configMap), key);
    }

    /**
     * A field of the pod, through the downward API.
     *
     * <pre>{@code
     * EnvValues.fromField("status.podIP");
     * }</pre>
     *
     * @param fieldPath such as {@code metadata.name}, {@code metadata.namespace}, {@code status.podIP}
     * @return the env value
     */
    public static EnvValue fromField(String fieldPath) {
        EnvVarSource s = new EnvVarSourceBuilder().withNewFieldRef().withFieldPath(fieldPath).endFieldRef().build();
        return new EnvValue(Optional.empty(), Optional.of(s), Optional.empty());
    }
}
