package dev.berth.core.source;

import dev.berth.core.text.Patterns;
import java.util.regex.Pattern;

/**
 * Decides whether a value read from input may be quoted in a message, so that no message, log or report repeats a
 * secret someone put in the wrong place.
 *
 * <p>A value is quoted only when both hold:
 * <ul>
 *   <li>where it is looks harmless: the object is not a Secret, the value is not part of a container's environment
 *       variable ({@code env[n]}, except its {@code name}), and no key on its field path may hold a secret
 *       ({@link SecretNames#mayHold}: it contains a secret word, {@code private} or {@code auth}, or ends with
 *       {@code key});</li>
 *   <li>what it is looks harmless: at most 16 characters of {@code A-Z a-z 0-9 space . -}, and each word (between
 *       spaces, dots and dashes) is letters, digits, or a number with a unit of at most three letters ({@code 10s},
 *       {@code 1Gi}). {@code s3cr3t}, {@code abc123} and {@code v1} mix letters and digits otherwise and are not
 *       quoted.</li>
 * </ul>
 * Otherwise a message names the type and, for text, the length: {@code a text of 37 characters}.
 *
 * <pre>{@code
 * Echo.text("Deployment", "spec.replicas", "three");   // the text "three"
 * Echo.text("Deployment", "spec.replicas", "s3cr3t");  // a text of 6 characters
 * Echo.text("Secret", "data", "hunter");               // a text of 6 characters
 * }</pre>
 */
public final class Echo {

    private static final int MAX_QUOTED = 16;
    private static final Pattern WORD_BREAKS = Patterns.compile("[ .-]");

    private Echo() {
    }

    /**
     * @param kind the object's kind, such as {@code Deployment}, or null when unknown
     * @param fieldPath where the value sits in the object, such as {@code spec.replicas}
     * @param text the value as read
     * @return whether a message may quote the value
     */
    public static boolean mayQuote(String kind, String fieldPath, String text) {
        return !nearSecret(kind, fieldPath) && looksHarmless(text);
    }

    /**
     * @param kind the object's kind, or null when unknown
     * @param fieldPath where the value sits in the object
     * @return whether any value at that place must stay unquoted, whatever it looks like: a Secret's, an environment
     *         variable's, or under a key that looks secret
     */
    public static boolean nearSecret(String kind, String fieldPath) {
        if ("Secret".equals(kind)) {
            return true;
        }
        String path = fieldPath == null ? "" : fieldPath;
        int env = path.indexOf("env[");
        if (env >= 0 && (env == 0 || path.charAt(env - 1) == '.')) {
            int close = path.indexOf(']', env);
            if (close < 0 || !path.substring(close + 1).equals(".name")) {
                return true;
            }
        }
        for (String at = path; !at.isEmpty(); at = FieldPaths.parent(at)) {
            if (SecretNames.mayHold(FieldPaths.lastKey(at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param kind the object's kind, or null when unknown
     * @param fieldPath where the value sits in the object
     * @param text the value as read
     * @return {@code the text "three"} when it may be quoted, else {@code a text of 6 characters}
     */
    public static String text(String kind, String fieldPath, String text) {
        return mayQuote(kind, fieldPath, text) ? "the text \"" + text + "\""
                : "a text of " + text.codePointCount(0, text.length()) + " characters";
    }

    private static boolean looksHarmless(String text) {
        if (text.isEmpty() || text.length() > MAX_QUOTED) {
            return text.isEmpty();
        }
        for (String word : WORD_BREAKS.split(text, -1)) {
            if (!plainWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a word is letters, digits, or digits and then a unit of at most three letters */
    private static boolean plainWord(String word) {
        int digits = 0;
        while (digits < word.length() && isAsciiDigit(word.charAt(digits))) {
            digits++;
        }
        int letters = 0;
        while (digits + letters < word.length() && isAsciiLetter(word.charAt(digits + letters))) {
            letters++;
        }
        if (digits + letters < word.length()) {
            return false;
        }
        return digits == 0 || letters <= 3;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
