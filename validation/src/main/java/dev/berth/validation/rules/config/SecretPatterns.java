package dev.berth.validation.rules.config;

import dev.berth.core.source.SecretNames;
import dev.berth.core.text.Patterns;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises plain values that are secrets, by the name they are stored under or by their shape, and says which
 * pattern matched without ever repeating the value. Shared by {@code secret-in-env} and {@code secret-in-configmap}.
 *
 * <p>Whether a name is secret-like is {@link SecretNames#suggests}'s decision (a secret word anywhere in the name,
 * not followed by a word such as {@code _FILE}, {@code _URL} or {@code _NAME} that makes it about the secret), the
 * one place that also keeps secret values out of messages. A secret-like name only counts with a value that could
 * be a secret: not empty, not a path, not a URL without credentials, not a {@code $(VAR)} or {@code ${VAR}} reference,
 * not a flag such as {@code MYSQL_ALLOW_EMPTY_PASSWORD: "1"} (true, false, yes, no, on, off, 0, 1).
 */
final class SecretPatterns {


    private static final List<Shape> SHAPES = List.of(
            Shape.of("a PEM private key block",
                    Patterns.compile("(?i)(?<!-)-++\\s*+BEGIN\\s++[A-Z0-9 ]*PRIVATE KEY\\s*+-"), "-"),
            Shape.of("an AWS access key id", Patterns.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"), "AKIA", "ASIA"),
            Shape.of("a GitHub token",
                    Patterns.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
                    "gh", "github_pat_"),
            Shape.of("a Slack token", Patterns.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"), "xox"),
            Shape.of("a Google API key", Patterns.compile("\\bAIza[0-9A-Za-z_-]{35}"), "AIza"),
            Shape.of("a Stripe secret key", Patterns.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}"), "k_live_"),
            new Shape("a JSON Web Token", SecretPatterns::hasJsonWebToken),
            new Shape("a URL with a password", SecretPatterns::hasUrlWithPassword));

    private static final Pattern WORD_BOUNDARY = Patterns.compile("\\b");

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
            if (shape.foundIn().test(value)) {
                return Optional.of("its value looks like " + shape.name());
            }
        }
        Optional<String> noun = SecretNames.suggests(name);
        if (noun.isPresent() && !REFERENCE.matcher(value).matches() && !PATH_OR_URL.matcher(value).matches()
                && !FLAG.matcher(value).matches()) {
            return Optional.of("its name looks like " + noun.get());
        }
        return Optional.empty();
    }

    /**
     * Whether the value holds a JSON Web Token. A search for the whole shape from every {@code eyJ} would scan a long
     * run of token characters again from each one; this anchors on the literal {@code .eyJ} between header and
     * payload, and tries only the first {@code eyJ} at a word start in the run before it (a later one has a shorter
     * header and the same payload), so each character is read a bounded number of times.
     */
    private static boolean hasJsonWebToken(String value) {
        for (int dot = value.indexOf(".eyJ"); dot >= 0; dot = value.indexOf(".eyJ", dot + 1)) {
            int run = dot;
            while (run > 0 && isTokenCharacter(value.charAt(run - 1))) {
                run--;
            }
            for (int at = value.indexOf("eyJ", run); at >= 0 && at < dot; at = value.indexOf("eyJ", at + 1)) {
                if (WORD_BOUNDARY.matcher(value).region(at, at).useTransparentBounds(true).lookingAt()) {
                    // eyJ and 8 or more token characters up to the dot, then eyJ, 8 or more, and a dot
                    int end = dot + 4;
                    while (end < value.length() && isTokenCharacter(value.charAt(end))) {
                        end++;
                    }
                    if (dot - at >= 11 && end - dot - 4 >= 8 && end < value.length() && value.charAt(end) == '.') {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /**
     * Whether the value holds a URL with a password, {@code scheme://user:password@}. Anchored on the literal
     * {@code ://}: the scheme is the run of letters, digits, {@code + . -} before it, with a letter in it, and the
     * credentials are matched from just after it; neither reaches past a {@code /}, so no character is read for more
     * than two anchors.
     */
    private static boolean hasUrlWithPassword(String value) {
        for (int colon = value.indexOf("://"); colon >= 0; colon = value.indexOf("://", colon + 1)) {
            boolean letter = false;
            for (int i = colon - 1; i >= 0 && isSchemeCharacter(value.charAt(i)); i--) {
                letter |= Character.isLetter(value.charAt(i));
            }
            if (letter && credentialsAt(value, colon + 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code user:password@} starts at {@code start}: {@code [^/\s:@]+:[^/\s@]+@}, the password not a
     * {@code $(VAR)}, {@code ${VAR}} or {@code {{ template }}}. Each run is read once, up to the first character that
     * ends it.
     */
    private static boolean credentialsAt(String value, int start) {
        int colon = start;
        while (colon < value.length() && !endsCredentials(value.charAt(colon)) && value.charAt(colon) != ':') {
            colon++;
        }
        if (colon == start || colon == value.length() || value.charAt(colon) != ':') {
            return false;
        }
        int password = colon + 1;
        if (value.startsWith("$(", password) || value.startsWith("${", password)
                || value.startsWith("{{", password)) {
            return false;
        }
        int at = password;
        while (at < value.length() && !endsCredentials(value.charAt(at))) {
            at++;
        }
        return at > password && at < value.length() && value.charAt(at) == '@';
    }

    /** The characters neither user nor password may hold: {@code /}, {@code @} and {@code \s}. */
    private static boolean endsCredentials(char c) {
        return c == '/' || c == '@' || c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f'
                || c == '\r';
    }

    private static boolean isSchemeCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.'
                || c == '-';
    }

    /** A shape a secret value has, and how to find it in a value in time linear in the value's length. */
    private record Shape(String name, Predicate<String> foundIn) {

        /**
         * A shape searched for with a pattern, only in values that hold one of the literals every match holds:
         * {@link String#contains} skips most values far faster than a search that tries {@code \b} at every
         * character.
         */
        static Shape of(String name, Pattern searched, String... literals) {
            return new Shape(name, value -> {
                for (String literal : literals) {
                    if (value.contains(literal)) {
                        return searched.matcher(value).find();
                    }
                }
                return false;
            });
        }
    }
}
