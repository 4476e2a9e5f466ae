package dev.berth.dsl.config;

import java.util.Objects;

/**
 * A Secret the application refers to by name, whose values are managed outside Berth (sealed-secrets, External
 * Secrets, a vault injector): no secret value is written by the DSL.
 *
 * <pre>{@code
 * SecretRef creds = Secrets.existing("db-credentials");
 * }</pre>
 *
 * @param name the Secret's name
 */
public record SecretRef(String name) {
    /**
     * Checks the name.
     *
     * @param name the Secret's name
     */
    public SecretRef {
        Objects.requireNonNull(name, "secret name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("secret name must not be blank");
        }
    }
}
