package dev.berth.core.values;

/**
 * Recognises a template placeholder left in a value: {@code {{ .Values.size }}} (Helm, Jinja), {@code ${SIZE}}
 * (envsubst, shell), {@code <size>} (documentation) and, where the field needs a number, a quantity, a port or a
 * schedule, an ALL_CAPS word such as {@code FILESTORE_CAPACITY}.
 *
 * <pre>{@code
 * Placeholders.looksLikePlaceholder("${REPLICAS}", false);        // true
 * Placeholders.looksLikePlaceholder("FILESTORE_CAPACITY", true);  // true
 * Placeholders.looksLikePlaceholder("FILESTORE_CAPACITY", false); // false: plain text may be upper case
 * }</pre>
 */
public final class Placeholders {

    /** What to do about a placeholder: render the file with the tool it was written for, or leave it out. */
    public static final String RENDER_FIRST = "render this file first (helm, kustomize, envsubst) or exclude it";

    /** The hint a problem ends with when the value looks like a placeholder. */
    public static final String HINT = "it looks like a placeholder: " + RENDER_FIRST;

    private Placeholders() {
    }

    /**
     * @param text a value as written, or null
     * @param numeric true when the field needs a number, quantity, port or schedule, where an ALL_CAPS word cannot be
     *     meant literally
     * @return true when the value is, or contains, a placeholder
     */
    public static boolean looksLikePlaceholder(String text, boolean numeric) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int open = text.indexOf("{{");
        if (open >= 0 && text.indexOf("}}", open) > open) {
            return true;
        }
        int dollar = text.indexOf("${");
        if (dollar >= 0 && text.indexOf('}', dollar) > dollar) {
            return true;
        }
        if (text.length() > 2 && text.charAt(0) == '<' && text.charAt(text.length() - 1) == '>') {
            return true;
        }
        return numeric && isAllCapsWord(text);
    }

    private static boolean isAllCapsWord(String text) {
        if (text.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (!(c == '_' || (i > 0 && c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return letter;
    }

    /**
     * Shows a value inside a problem: as written when it is short and plain, quoted when it is empty or holds
     * spaces, cut after 40 characters. Never use it on a value that may be secret.
     *
     * @param text the value
     * @return how to show it
     */
    public static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        boolean plain = !cut.isEmpty();
        for (int i = 0; i < cut.length() && plain; i++) {
            char c = cut.charAt(i);
            plain = c > ' ' && c != '"' && !Character.isWhitespace(c);
        }
        return plain ? cut : "\"" + cut.replace("\"", "\\\"") + "\"";
    }

    /**
     * @param shownValue the value as {@link #shown(String) shown}
     * @param what what it is not, such as "a quantity"
     * @param text the value, to test for a placeholder
     * @param numeric as for {@link #looksLikePlaceholder(String, boolean)}
     * @param expected what would be right, used when the value is no placeholder
     * @return "X is not a quantity; it looks like a placeholder..." or "X is not a quantity (expected ...)"
     */
    static String notA(String shownValue, String what, String text, boolean numeric, String expected) {
        return shownValue + " is not " + what + (looksLikePlaceholder(text, numeric) ? "; " + HINT
                : " (" + expected + ")");
    }
}
