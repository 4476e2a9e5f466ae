package dev.berth.core.source;

import dev.berth.core.text.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a name (an environment variable, a ConfigMap key, a key on a field path) looks
 * like it holds a secret. Two questions use the same words: {@link #suggests} finds a secret stored under a name, for
 * the rules {@code secret-in-env} and {@code secret-in-configmap}; {@link #mayHold} decides whether a value may be
 * quoted in a message ({@link Echo}), and errs on the side of silence.
 *
 * <p>The secret words: {@code password}, {@code passwd}, {@code pwd}, {@code passphrase}, {@code secret},
 * {@code token}, {@code credential}, {@code apikey}, {@code bearer} (and their plurals), and a kind of key
 * ({@code api_key}, {@code private_key}, {@code access_key}, {@code secret_key}...).
 *
 * <pre>{@code
 * SecretNames.suggests("DB_PASSWORD_PROD"); // Optional["a password"]
 * SecretNames.suggests("SECRET_KEY_BASE");  // Optional["a secret key"]
 * SecretNames.suggests("PASSWORD_FILE");    // Optional.empty: it names where the password is
 * SecretNames.mayHold("privateKey");        // true
 * }</pre>
 */
public final class SecretNames {

    private static final Set<String> NOUNS = Set.of("password", "passwords", "passwd", "pwd", "passphrase", "secret",
            "secrets", "token", "tokens", "credential", "credentials", "apikey", "bearer");
    private static final Set<String> KEY_KINDS = Set.of("api", "access", "private", "secret", "signing",
            "encryption", "master", "account", "client", "auth", "license", "storage");
    /**
     * Words that, after the secret word, make a name say something about the secret rather than hold it: where it is
     * ({@code PASSWORD_FILE}, {@code TOKEN_URL}), what it is called ({@code SECRET_NAME}), how it is shaped or how
     * long it lives ({@code PASSWORD_MIN_LENGTH}, {@code TOKEN_TTL}), or which key it is ({@code API_KEY_ID}).
     */
    private static final Set<String> ABOUT = Set.of("name", "names", "file", "files", "path", "dir", "directory",
            "url", "uri", "endpoint", "host", "port", "length", "len", "min", "max", "ttl", "expiry", "expires",
            "expiration", "timeout", "lifetime", "type", "kind", "mode", "ref", "header", "field", "prefix", "policy",
            "enabled", "required", "version", "count", "size", "algorithm", "format", "provider", "location", "id",
            "arn");
    /** Further words that only the quoting decision heeds: a key about private or auth data may hold a secret. */
    private static final Set<String> NEAR = Set.of("private", "auth");
    private static final Pattern WELL_KNOWN = Patterns.whole(
            "(?i)AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|OCI_CLI_KEY_CONTENT|AZURE_.+KEY|GOOGLE_API_KEY");
    private static final Pattern WORD_BREAK = Patterns.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    private SecretNames() {
    }

    /**
     * Whether a name says a secret is stored under it: one of its words (split at {@code _ - .} and camelCase) is a
     * secret word, anywhere in the name, and no word after the last one says something about the secret instead
     * ({@code _FILE}, {@code _URL}, {@code _NAME}, {@code _LENGTH}, {@code _TTL}, {@code _ID}...). Well-known cloud
     * credential variables ({@code AWS_SECRET_ACCESS_KEY}, {@code AZURE_*_KEY}, {@code OCI_CLI_KEY_CONTENT}) count
     * as such. The name {@code PWD} alone is the shell's working directory.
     *
     * @param name a key or variable name, or null
     * @return what the name suggests ({@code a password}, {@code an API key}, {@code credentials}), or empty
     */
    public static Optional<String> suggests(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (WELL_KNOWN.matcher(name).matches()) {
            return Optional.of("a cloud credential (" + name + ")");
        }
        List<String> words = words(name);
        if (words.size() == 1 && words.get(0).equals("pwd")) {
            return Optional.empty();
        }
        String found = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (ABOUT.contains(word)) {
                found = null;
            } else if (word.equals("key") && i > 0 && KEY_KINDS.contains(words.get(i - 1))) {
                String kind = words.get(i - 1);
                found = (kind.equals("api") ? "an API" : "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " + kind
                        : "a " + kind) + " key";
            } else if (NOUNS.contains(word)) {
                found = article(word);
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a value under this key may be a secret, so that no message quotes it: the key, lower-cased with
     * {@code - _ .} removed, contains a secret word, {@code private} or {@code auth}, or ends with {@code key} (a key
     * named just {@code key} names a key and is harmless). Wider than {@link #suggests} on purpose: a value left
     * unquoted costs little, a secret quoted costs much.
     *
     * @param key one key of a field path, such as {@code password} or {@code tlsKey}
     * @return whether a value under it may be a secret
     */
    public static boolean mayHold(String key) {
        String name = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(".", "");
        if (name.endsWith("key") && name.length() > 3) {
            return true;
        }
        for (String word : NOUNS) {
            if (name.contains(word)) {
                return true;
            }
        }
        for (String word : NEAR) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(name.trim())) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String article(String noun) {
        return switch (noun) {
            case "password", "passwd", "pwd", "passphrase" -> "a password";
            case "passwords" -> "passwords";
            case "apikey" -> "an API key";
            case "credential", "credentials" -> "credentials";
            case "bearer" -> "a bearer token";
            case "secrets", "tokens" -> noun;
            default -> "a " + noun;
        };
    }
}
