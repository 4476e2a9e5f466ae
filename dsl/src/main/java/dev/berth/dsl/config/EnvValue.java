package dev.berth.dsl.config;

import io.fabric8.kubernetes.api.model.EnvVarSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one environment variable: a literal, or a reference to a Secret key, a ConfigMap key or a field of
 * the pod. Made by {@link EnvValues}.
 *
 * <pre>{@code
 * EnvValue password = EnvValues.fromSecret(Secrets.existing("db-credentials"), "password");
 * }</pre>
 *
 * @param literal the literal value, or empty
 * @param source the reference, or empty
 * @param config the ConfigMap the value comes from when it is defined in the application, so a change rolls the pods
 *     and the ConfigMap is added with the component
 * @param secret the Secret the value comes from, so a build can check one added with the application is there
 * @param configMap the ConfigMap read by name, so a build can check one added with the application is there
 */
public record EnvValue(Optional<String> literal, Optional<EnvVarSource> source, Optional<Config> config,
        Optional<SecretRef> secret, Optional<ConfigMapRef> configMap) {

    /**
     * Checks exactly one of literal and source is given.
     *
     * @param literal the literal
     * @param source the reference
     * @param config the ConfigMap behind the reference
     * @param secret the Secret behind the reference
     * @param configMap the ConfigMap read by name behind the reference
     */
    public EnvValue {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(configMap, "configMap");
        if (literal.isPresent() == source.isPresent()) {
            throw new IllegalArgumentException("an env value is either a literal or a reference, was "
                    + (literal.isPresent() ? "both" : "neither"));
        }
    }

    /**
     * A value that reads no ConfigMap by name.
     *
     * <pre>{@code
     * new EnvValue(Optional.empty(), Optional.of(source), Optional.empty(), Optional.of(Secrets.existing("db")));
     * }</pre>
     *
     * @param literal the literal
     * @param source the reference
     * @param config the ConfigMap behind the reference
     * @param secret the Secret behind the reference
     */
    public EnvValue(Optional<String> literal, Optional<EnvVarSource> source, Optional<Config> config,
            Optional<SecretRef> secret) {
        this(literal, source, config, secret, Optional.empty());
    }

    /**
     * A value that reads no Secret.
     *
     * <pre>{@code
     * new EnvValue(Optional.of("info"), Optional.empty(), Optional.empty());
     * }</pre>
     *
     * @param literal the literal
     * @param source the reference
     * @param config the ConfigMap behind the reference
     */
    public EnvValue(Optional<String> literal, Optional<EnvVarSource> source, Optional<Config> config) {
        this(literal, source, config, Optional.empty(), Optional.empty());
    }
}
