package dev.berth.core.write;

/**
 * Knows which plain scalars some YAML reader would read as something else than a string.
 *
 * <p>It answers for the union of the readers a manifest meets: YAML 1.1 (SnakeYAML, PyYAML), go-yaml v2 (behind
 * {@code kubectl}) and YAML 1.2 (go-yaml v3, {@code 0o17}). A text is typed when it is, in any letter case:
 *
 * <ul>
 *   <li>null: {@code ~}, {@code null};</li>
 *   <li>a boolean: {@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}, {@code y},
 *       {@code n};</li>
 *   <li>a number, with an optional sign: {@code 0x1F}, {@code 0o17}, {@code 0b101}, digits and underscores
 *       ({@code 0755}, {@code 1_000}, even {@code _}, which SnakeYAML takes for a float), decimals and exponents
 *       ({@code 1.0}, {@code .5}, {@code 1.}, {@code 1e3}), base 60 ({@code 1:20}, {@code 1:20.5}), {@code .inf} and
 *       {@code .nan};</li>
 *   <li>the start of a timestamp: {@code 2024-01-01}, alone or followed by {@code T}, {@code t} or a space;</li>
 *   <li>the value key {@code =} or the merge key {@code <<}.</li>
 * </ul>
 *
 * <p>The check is a hand-written scan, not a regular expression: it runs for every string the writer emits.
 *
 * <pre>{@code
 * Yaml11Types.isTyped("yes");   // true
 * Yaml11Types.isTyped("1.10");  // true
 * Yaml11Types.isTyped("10Gi");  // false
 * }</pre>
 */
final class Yaml11Types {

    private Yaml11Types() {
    }

    /**
     * @param text a non-empty string
     * @return true when some YAML reader would not read it, unquoted, as this string
     */
    static boolean isTyped(String text) {
        int n = text.length();
        char c = text.charAt(0);
        if (n <= 5 && isWord(text)) {
            return true;
        }
        if (c == '=' || c == '<') {
            return text.equals("=") || text.equals("<<");
        }
        int i = c == '+' || c == '-' ? 1 : 0;
        if (i == n) {
            return false;
        }
        char d = text.charAt(i);
        if (d == '.' && n - i == 4 && (text.regionMatches(true, i + 1, "inf", 0, 3)
                || text.regionMatches(true, i + 1, "nan", 0, 3))) {
            return true;
        }
        if (!isDigit(d) && d != '.' && d != '_') {
            return false;
        }
        return isNumber(text, i) || i == 0 && isTimestamp(text);
    }

    private static boolean isWord(String text) {
        switch (text.charAt(0)) {
            case '~', 'n', 'N', 'y', 'Y', 'o', 'O', 't', 'T', 'f', 'F':
                break;
            default:
                return false;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "~", "null", "y", "n", "yes", "no", "on", "off", "true", "false":
                return true;
            default:
                return false;
        }
    }

    private static boolean isNumber(String text, int from) {
        int n = text.length();
        if (text.charAt(from) == '0' && from + 2 < n) {
            char radix = Character.toLowerCase(text.charAt(from + 1));
            if (radix == 'x' || radix == 'o' || radix == 'b') {
                return allDigits(text, from + 2, radix == 'x' ? 16 : radix == 'o' ? 8 : 2);
            }
        }
        int j = from;
        boolean digits = false;
        while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
            digits = true;
        }
        if (j < n && text.charAt(j) == ':') {
            return digits && isBase60Tail(text, j);
        }
        if (j < n && text.charAt(j) == '.') {
            j++;
            while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
                digits = true;
            }
        }
        if (!digits) {
            return false;
        }
        if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
            j++;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            int exponent = j;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j == exponent) {
                return false;
            }
        }
        return j == n;
    }

    /** {@code (:[0-5]?[0-9])+(\.[0-9_]*)?} from {@code colon} to the end. */
    private static boolean isBase60Tail(String text, int colon) {
        int n = text.length();
        int j = colon;
        while (j < n && text.charAt(j) == ':') {
            j++;
            if (j + 1 < n && text.charAt(j) <= '5' && isDigit(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
                j += 2;
            } else if (j < n && isDigit(text.charAt(j))) {
                j++;
            } else {
                return false;
            }
        }
        if (j < n && text.charAt(j) == '.') {
            j++;
            while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                j++;
            }
        }
        return j == n;
    }

    /** {@code [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}} followed by the end, {@code T}, {@code t}, a space or a tab. */
    private static boolean isTimestamp(String text) {
        int n = text.length();
        if (n < 8 || text.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        int j = skipDigits(text, 5, 2);
        if (j == 5 || j >= n || text.charAt(j) != '-') {
            return false;
        }
        int day = j + 1;
        j = skipDigits(text, day, 2);
        if (j == day) {
            return false;
        }
        if (j == n) {
            return true;
        }
        char next = text.charAt(j);
        return next == 'T' || next == 't' || next == ' ' || next == '\t';
    }

    private static int skipDigits(String text, int from, int max) {
        int j = from;
        while (j < text.length() && j - from < max && isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean allDigits(String text, int from, int radix) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '_' && Character.digit(c, radix) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
