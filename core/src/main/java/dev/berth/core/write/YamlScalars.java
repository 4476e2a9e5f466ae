package dev.berth.core.write;

/**
 * Writes one string as a YAML scalar that every reader {@code kubectl} may meet reads back as the same string.
 *
 * <p>The manifest reader keeps the text of unquoted scalars such as {@code yes}, {@code 1.10} or {@code 0755} as
 * strings, so the writer must quote them. The policy is the union of what YAML 1.1 (SnakeYAML, PyYAML), the Go
 * library behind {@code kubectl} (go-yaml v2, which also reads {@code y} and {@code n} as booleans) and YAML 1.2
 * ({@code 0o17}) would read as something else than a string. A string is written:
 *
 * <ul>
 *   <li><b>plain</b> when nothing in it can be misread;</li>
 *   <li><b>as a literal block</b> ({@code |}, {@code |-} or {@code |+}) when it is a value with line breaks that a
 *       block keeps exactly: no leading space, tab or line break, no line with trailing spaces, nothing to escape;</li>
 *   <li><b>double-quoted</b> otherwise, with {@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r} and
 *       {@code \}{@code uXXXX} escapes for control and non-printable characters, and the YAML 1.1 line breaks
 *       U+0085, U+2028 and U+2029.</li>
 * </ul>
 *
 * <p>Keys follow the same policy, except that they are never blocks. Non-ASCII printable text is written as it is.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * YamlScalars.appendValue(out, "yes", 2);   // "yes" with quotes, and a line break
 * YamlScalars.appendValue(out, "10Gi", 2);  // 10Gi
 * }</pre>
 */
final class YamlScalars {

    private static final String SPACES = " ".repeat(128);

    private YamlScalars() {
    }

    /**
     * Appends a mapping key, without the colon.
     *
     * @param out where to write
     * @param key the key
     */
    static void appendKey(StringBuilder out, String key) {
        if (isPlainSafe(key)) {
            out.append(key);
        } else {
            appendDoubleQuoted(out, key);
        }
    }

    /**
     * Appends a string value and the line break that ends it (a block ends with its own lines).
     *
     * @param out where to write, just after {@code "key: "} or {@code "- "}
     * @param text the value
     * @param blockIndent the indentation of a block's lines, when the value is written as a block
     */
    static void appendValue(StringBuilder out, String text, int blockIndent) {
        if (isPlainSafe(text)) {
            out.append(text).append('\n');
        } else if (text.indexOf('\n') >= 0 && fitsLiteralBlock(text)) {
            appendLiteral(out, text, blockIndent);
        } else {
            appendDoubleQuoted(out, text);
            out.append('\n');
        }
    }

    /**
     * @param text a string
     * @return true when it can be written without quotes and read back as the same string
     */
    static boolean isPlainSafe(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        switch (text.charAt(0)) {
            case ' ', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
                return false;
            case '-':
                if (n == 1 || text.charAt(1) == ' ' || text.startsWith("---")) {
                    return false;
                }
                break;
            case '.':
                if (text.startsWith("...")) {
                    return false;
                }
                break;
            default:
                break;
        }
        char last = text.charAt(n - 1);
        if (last == ' ' || last == ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && !isPrintableNonAscii(text, i)) {
                return false;
            }
            if (c == ':' && text.charAt(i + 1) == ' ' || c == '#' && text.charAt(i - 1) == ' ') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return !Yaml11Types.isTyped(text);
    }

    /**
     * Printable per YAML 1.1, and not one of its line breaks (U+0085, U+2028, U+2029) nor a byte order mark.
     */
    private static boolean isPrintableNonAscii(String text, int i) {
        char c = text.charAt(i);
        if (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c);
    }

    /** A literal block keeps the text exactly: checked line by line, with the text known to hold a line break. */
    private static boolean fitsLiteralBlock(String text) {
        char first = text.charAt(0);
        if (first == ' ' || first == '\t' || first == '\n') {
            return false;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                char before = text.charAt(i - 1);
                if (before == ' ' || before == '\t') {
                    return false;
                }
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && !isPrintableNonAscii(text, i)) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        char last = text.charAt(n - 1);
        return last != ' ' && last != '\t';
    }

    private static void appendLiteral(StringBuilder out, String text, int indent) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int trailing = text.length() - end;
        out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+").append('\n');
        int start = 0;
        while (start < end) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (lineEnd > start) {
                indent(out, indent);
                out.append(text, start, lineEnd);
            }
            out.append('\n');
            start = lineEnd + 1;
        }
        for (int i = 1; i < trailing; i++) {
            out.append('\n');
        }
    }

    /**
     * Appends the text double-quoted, escaped so that YAML 1.1 and 1.2 readers read it back exactly.
     *
     * @param out where to write
     * @param text the text
     */
    static void appendDoubleQuoted(StringBuilder out, String text) {
        out.append('"');
        int n = text.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String escape = null;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c == '\n') {
                escape = "\\n";
            } else if (c == '\t') {
                escape = "\\t";
            } else if (c == '\r') {
                escape = "\\r";
            } else if (c < 0x20 || c >= 0x7F && !isPrintableNonAscii(text, i)) {
                escape = unicodeEscape(c);
            } else if (Character.isHighSurrogate(c)) {
                i++;
                continue;
            } else {
                continue;
            }
            out.append(text, run, i).append(escape);
            run = i + 1;
        }
        out.append(text, run, n).append('"');
    }

    private static String unicodeEscape(char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }

    /**
     * @param out where to write
     * @param count how many spaces
     */
    static void indent(StringBuilder out, int count) {
        int left = count;
        while (left > SPACES.length()) {
            out.append(SPACES);
            left -= SPACES.length();
        }
        out.append(SPACES, 0, left);
    }
}
