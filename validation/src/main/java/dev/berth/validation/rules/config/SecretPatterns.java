package dev.berth.validation.rules.config;

import dev.berth.core.text.Patterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises plain values that are secrets, by the name they are stored under or by their shape, and says which
 * pattern matched without ever repeating the value. Shared by {@code secret-in-env} and {@code secret-in-configmap}.
 *
 * <p>A name is secret-like when its last word is a secret noun ({@code password}, {@code passwd}, {@code pwd},
 * {@code passphrase}, {@code secret}, {@code token}, {@code credentials}, {@code apikey}, {@code bearer}), when its
 * last two words are a kind of key ({@code api_key}, {@code private_key}, {@code access_key}...), or when it is a
 * well-known credential variable ({@code AWS_SECRET_ACCESS_KEY}, {@code AZURE_*_KEY}, {@code OCI_CLI_KEY_CONTENT}).
 * Words split at {@code _ - .} and at camelCase, so {@code TOKEN_URL}, {@code PASSWORD_FILE} and {@code SECRET_NAME}
 * (a file, an address, a Secret's name) are not secret-like. A secret-like name only counts with a value that could
 * be a secret: not empty, not a path, not a URL without credentials, not a {@code $(VAR)} or {@code ${VAR}} reference,
 * not a flag such as {@code MYSQL_ALLOW_EMPTY_PASSWORD: "1"} (true, false, yes, no, on, off, 0, 1).
 */
final class SecretPatterns {

    private static final Set<String> NOUNS = Set.of("password", "passwd", "pwd", "passphrase", "secret", "token",
            "credential", "credentials", "apikey", "bearer");
    private static final Set<String> KEY_KINDS = Set.of("api", "access", "private", "secret", "signing",
            "encryption", "master", "account", "client", "auth", "license", "storage");
    private static final Pattern WELL_KNOWN = Patterns.whole(
            "(?i)AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|OCI_CLI_KEY_CONTENT|AZURE_.+KEY|GOOGLE_API_KEY");
    private static final Pattern WORD_BREAK = Patterns.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");

    private static final List<Shape> SHAPES = List.of(
            new Shape("a PEM private key block", Patterns.compile("(?i)-+\\s*BEGIN\\s+[A-Z0-9 ]*PRIVATE KEY\\s*-+")),
            new Shape("an AWS access key id", Patterns.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new Shape("a GitHub token", Patterns.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})")),
            new Shape("a Slack token", Patterns.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
            new Shape("a Google API key", Patterns.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new Shape("a Stripe secret key", Patterns.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}")),
            new Shape("a JSON Web Token", Patterns.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*")),
            new Shape("a URL with a password", Patterns.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:(?![$]\\(|[$]\\{|\\{\\{)[^/\\s@]+@")));

    private static final Pattern FLAG = Patterns.whole("(?i)\\s*(true|false|yes|no|on|off|0|1)\\s*");
    private static final Pattern REFERENCE = Patterns.whole("\\s*([$]\\(|[$]\\{|\\{\\{).*");
    private static final Pattern PATH_OR_URL = Patterns.whole("\\s*(/|\\./|~/|[a-zA-Z][a-zA-Z0-9+.-]*://)\\S*\\s*");

    private SecretPatterns() {
    }

    /**
     * @param name the key or variable name
     * @param value its plain value, possibly null
     * @return why the entry looks like a secret ("its name looks like a password", "its value looks like a JSON Web
     *         Token"), never quoting the value; empty when it does not
     */
    static Optional<String> judge(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (Shape shape : SHAPES) {
            if (shape.pattern().matcher(value).find()) {
                return Optional.of("its value looks like " + shape.name());
            }
        }
        Optional<String> noun = secretNoun(name);
        if (noun.isPresent() && !REFERENCE.matcher(value).matches() && !PATH_OR_URL.matcher(value).matches()
                && !FLAG.matcher(value).matches()) {
            return Optional.of("its name looks like " + noun.get());
        }
        return Optional.empty();
    }

    /**
     * @param name a key or variable name
     * @return what the name suggests ("a password", "an API key"), or empty
     */
    static Optional<String> secretNoun(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (WELL_KNOWN.matcher(name).matches()) {
            return Optional.of("a cloud credential (" + name + ")");
        }
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(name.trim())) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty() || words.size() == 1 && words.get(0).equals("pwd")) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1);
        if (NOUNS.contains(last)) {
            return Optional.of(article(last));
        }
        if (last.equals("key") && words.size() > 1 && KEY_KINDS.contains(words.get(words.size() - 2))) {
            return Optional.of("a" + ("aeiou".indexOf(words.get(words.size() - 2).charAt(0)) >= 0 ? "n " : " ")
                    + words.get(words.size() - 2) + " key");
        }
        return Optional.empty();
    }

    private static String article(String noun) {
        return switch (noun) {
            case "password", "passwd", "pwd", "passphrase" -> "a password";
            case "apikey" -> "an API key";
            case "credential", "credentials" -> "credentials";
            case "bearer" -> "a bearer token";
            default -> "a " + noun;
        };
    }

    private record Shape(String name, Pattern pattern) {
    }
}
