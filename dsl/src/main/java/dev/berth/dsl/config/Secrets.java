package dev.berth.dsl.config;

import dev.berth.core.values.DnsNames;
import dev.berth.dsl.spi.Component;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secrets. By default the application only refers to Secrets managed elsewhere; writing a value inline needs the
 * call that says so.
 *
 * <pre>{@code
 * SecretRef creds = Secrets.existing("db-credentials");
 * Component devOnly = Secrets.unsafeInline("dev-credentials", Map.of("password", "dev"));
 * }</pre>
 *
 * See <a href="https://kubernetes.io/docs/concepts/security/secrets-good-practices/">Good practices for Kubernetes
 * Secrets</a>.
 */
public final class Secrets {

    private Secrets() {
    }

    /**
     * A Secret managed outside the application (declared existing): the build does not look for it among the
     * application's objects.
     *
     * <pre>{@code
     * Secrets.existing("db-credentials");
     * }</pre>
     *
     * @param name the Secret's name
     * @return the reference
     */
    public static SecretRef existing(String name) {
        return new SecretRef(name);
    }

    /**
     * A Secret whose values are written, in clear, into the generated manifest. Unsafe outside development: anyone
     * who can read the manifest can read the values.
     *
     * <pre>{@code
     * app.add(Secrets.unsafeInline("dev-credentials", Map.of("password", "dev")));
     * }</pre>
     *
     * @param name the Secret's name
     * @param values the keys and values
     * @return a component that adds the Secret
     */
    public static Component unsafeInline(String name, Map<String, String> values) {
        DnsNames.requireDns1123Subdomain("Secret name", name);
        Map<String, String> copy = new TreeMap<>(values);
        return assembly -> assembly.add(new SecretBuilder()
                .withMetadata(assembly.metadata(name, name).build()).withType("Opaque").withStringData(copy).build());
    }

    /**
     * The reference to a Secret added with {@link #unsafeInline(String, Map)}, by its name. Building an application
     * that reads it without adding it is refused.
     *
     * <pre>{@code
     * Secrets.ref("dev-credentials");
     * }</pre>
     *
     * @param name the Secret's name
     * @return the reference
     */
    public static SecretRef ref(String name) {
        return new SecretRef(name, false);
    }

}
