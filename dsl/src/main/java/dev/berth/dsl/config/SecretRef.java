package dev.berth.dsl.config;

import dev.berth.core.values.DnsNames;

/**
 * A Secret the application reads by name. Either managed outside Berth (sealed-secrets, External Secrets, a vault
 * injector), made by {@link Secrets#existing(String)}, or added to the application with
 * {@link Secrets#unsafeInline(String, java.util.Map)} and referred to with {@link Secrets#ref(String)}: a build that
 * reads a Secret of the second kind which was never added is refused. No secret value is written by the DSL.
 *
 * <pre>{@code
 * SecretRef creds = Secrets.existing("db-credentials");
 * }</pre>
 *
 * @param name the Secret's name, a DNS-1123 subdomain
 * @param existing whether it is managed outside the application (declared existing)
 */
public record SecretRef(String name, boolean existing) {

    /**
     * Checks the name.
     *
     * @param name the Secret's name
     * @param existing whether it is managed outside the application
     * @throws IllegalArgumentException naming the name when it is not a DNS-1123 subdomain
     */
    public SecretRef {
        DnsNames.requireDns1123Subdomain("Secret name", name);
    }

    /**
     * A Secret managed outside the application, as {@link Secrets#existing(String)} makes.
     *
     * @param name the Secret's name
     */
    public SecretRef(String name) {
        this(name, true);
    }
}
