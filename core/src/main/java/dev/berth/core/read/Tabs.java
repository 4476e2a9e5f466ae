package dev.berth.core.read;

/**
 * Reads tabs where kubectl reads them: as spaces. kubectl reads a JSON file with the JSON decoder, where a tab is
 * white space anywhere between tokens, and YAML with a parser that takes a tab after {@code key:} as the separator
 * before the value; SnakeYAML refuses both ("found character '\t' that cannot start any token"). This pass turns
 * exactly those tabs into spaces, one for one, so every line and column stays where the user wrote it, and leaves
 * every other tab alone: inside quoted strings and block scalars a tab is content, and a tab that indents a YAML line
 * is refused by kubectl too.
 *
 * <p>One pass, linear in the text; a text without a tab is returned as it is.
 */
final class Tabs {

    private Tabs() {
    }

    /**
     * @param text YAML or JSON, as decoded
     * @return the text with the tabs kubectl reads as white space turned into spaces
     */
    static String asKubectlReads(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        if (isJson(chars)) {
            json(chars);
        } else {
            yaml(chars);
        }
        return new String(chars);
    }

    /** JSON, as kubectl decides: the first character that is not white space is a brace or a bracket. */
    private static boolean isJson(char[] chars) {
        for (char c : chars) {
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' || c == '[';
        }
        return false;
    }

    /** Every tab outside a string is white space. */
    private static void json(char[] chars) {
        boolean inString = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '\t') {
                chars[i] = ' ';
            }
        }
    }

    /**
     * Tabs in the white space after a mapping indicator ({@code key:}), outside quoted scalars, comments and block
     * scalars. A block scalar ({@code |} or {@code >} ending a line) runs over the lines indented deeper than the line
     * that opened it, and blank lines.
     */
    private static void yaml(char[] chars) {
        int blockIndent = -1;
        char quote = 0;
        int i = 0;
        while (i < chars.length) {
            int lineStart = i;
            int lineEnd = i;
            while (lineEnd < chars.length && chars[lineEnd] != '\n') {
                lineEnd++;
            }
            int indent = 0;
            while (lineStart + indent < lineEnd && chars[lineStart + indent] == ' ') {
                indent++;
            }
            boolean blank = isBlank(chars, lineStart, lineEnd);
            if (blockIndent >= 0 && (blank || indent > blockIndent)) {
                i = lineEnd + 1;
                continue;
            }
            blockIndent = -1;
            quote = line(chars, lineStart + indent, lineEnd, quote);
            if (quote == 0 && opensBlockScalar(chars, lineStart, lineEnd)) {
                blockIndent = indent;
            }
            i = lineEnd + 1;
        }
    }

    /** Scans one line from its content; returns the quote still open at its end, or 0. */
    private static char line(char[] chars, int from, int end, char openQuote) {
        char quote = openQuote;
        boolean valueStart = openQuote == 0;
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (quote == '"') {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quote = 0;
                }
                continue;
            }
            if (quote == '\'') {
                if (c == '\'' && i + 1 < end && chars[i + 1] == '\'') {
                    i++;
                } else if (c == '\'') {
                    quote = 0;
                }
                continue;
            }
            if (c == '#' && (i == from || chars[i - 1] == ' ' || chars[i - 1] == '\t')) {
                return 0;
            }
            if (valueStart && (c == '"' || c == '\'')) {
                quote = c;
                continue;
            }
            if (c == ':' && i + 1 < end && (chars[i + 1] == ' ' || chars[i + 1] == '\t')) {
                int j = i + 1;
                while (j < end && (chars[j] == ' ' || chars[j] == '\t')) {
                    chars[j] = ' ';
                    j++;
                }
                i = j - 1;
                valueStart = true;
                continue;
            }
            if (c == ' ') {
                continue;
            }
            valueStart = c == '-' && i + 1 < end && chars[i + 1] == ' ' || c == '[' || c == '{' || c == ',';
        }
        return quote;
    }

    /** A line whose content, before any comment, ends with a block scalar header: {@code |}, {@code >-}, {@code |2+}. */
    private static boolean opensBlockScalar(char[] chars, int start, int end) {
        int last = end - 1;
        for (int i = start; i < end; i++) {
            if (chars[i] == '#' && i > start && (chars[i - 1] == ' ' || chars[i - 1] == '\t')) {
                last = i - 1;
                break;
            }
        }
        while (last >= start && (chars[last] == ' ' || chars[last] == '\t' || chars[last] == '\r')) {
            last--;
        }
        int header = last;
        while (header >= start && (chars[header] == '+' || chars[header] == '-' || Character.isDigit(chars[header]))) {
            header--;
        }
        return header >= start && (chars[header] == '|' || chars[header] == '>')
                && (header == start || chars[header - 1] == ' ');
    }

    private static boolean isBlank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] != ' ' && chars[i] != '\t' && chars[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
