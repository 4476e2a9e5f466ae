package dev.berth.core.read;

import dev.berth.core.BerthException;
import dev.berth.core.values.Placeholders;
import java.util.Arrays;

/**
 * Tells a template from a broken manifest. A file with {@code {{HF_TOKEN}}}, {@code ${REPLICAS}} or {@code <PORT>}
 * where a value belongs is a template that helm, kustomize or envsubst fills in; read as it is, it fails ("a mapping
 * key must be plain text", "expected a whole number"), and that message sends the user the wrong way. When a problem
 * meets a placeholder, on its line (any of the three forms) or, for a syntax error, earlier in its document
 * ({@code {{} or {@code ${}), the
 * problem names the placeholder instead and says to render the file first.
 *
 * <pre>
 * deploy.yaml:6:13: spec.replicas: ${REPLICAS} is a template placeholder. Fix: render this file first (helm,
 * kustomize, envsubst) or exclude it.
 * </pre>
 *
 * <p>Under {@code data} and {@code stringData}, where a Secret's values are, the placeholder is not shown: "this value
 * is a template placeholder". (Not {@link dev.berth.core.values.Placeholders}, which judges one value already read;
 * this finds a placeholder in the text, with its line and column, when the text could not be read.)
 *
 * <p>On the problem path only: the line index is built once per text, on the first problem; each problem looks at its
 * line, and a syntax error (one per text, it ends the stream) also at the text not yet read before it.
 */
final class PlaceholderProblems {

    static final String FIX = Placeholders.RENDER_FIRST + ".";
    private static final int MAX_SHOWN = 60;

    private final String text;
    private int[] lineStarts;

    /** @param text the whole text being read */
    PlaceholderProblems(String text) {
        this.text = text;
    }

    /**
     * @param problem a problem met reading the text
     * @param from where to look back to for {@code {{} and {@code ${} when the problem's line has no placeholder (the
     *        start of the text not yet read, for a syntax error), or -1 to look at the problem's line only
     * @return the problem, or one that names the placeholder it met
     */
    BerthException explain(BerthException problem, int from) {
        int[] starts = lineStarts();
        if (problem.line() <= 0 || problem.line() > starts.length) {
            return problem;
        }
        int lineStart = starts[problem.line() - 1];
        int lineEnd = lineEnd(lineStart);
        Found found = find(lineStart, lineEnd, true);
        if (found == null && from >= 0) {
            found = find(Math.min(from, lineStart), lineEnd, false);
        }
        if (found == null) {
            return problem;
        }
        String path = problem.fieldPath().orElse("");
        // A value under data or stringData may be a Secret's: never shown, placeholder or not.
        String shown = mayBeSecret(path) ? "this value"
                : found.text().length() > MAX_SHOWN ? found.text().substring(0, MAX_SHOWN) + "..." : found.text();
        BerthException.Builder builder = BerthException.problem(shown + " is a template placeholder")
                .at(found.line(), found.column()).fix(FIX);
        problem.origin().ifPresent(builder::origin);
        problem.fieldPath().ifPresent(builder::field);
        return builder.build(problem);
    }

    private static boolean mayBeSecret(String path) {
        return path.startsWith("data") || path.startsWith("stringData") || path.contains(".data")
                || path.contains(".stringData");
    }

    private record Found(String text, int line, int column) {
    }

    /** The first placeholder in [from, to): {@code {{...}}} or {@code ${...}} on one line, {@code <...>} if asked. */
    private Found find(int from, int to, boolean angles) {
        int lineEnd = -1;
        // Once an opening finds no closing on its line, no later one of the same kind there can: look no more.
        boolean braces = true;
        boolean dollar = true;
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if (i > lineEnd) {
                lineEnd = lineEnd(i);
                braces = true;
                dollar = true;
            }
            int end = -1;
            if (braces && c == '{' && text.charAt(i + 1) == '{') {
                end = closing(i + 2, lineEnd, "}}");
                braces = end > 0;
            } else if (dollar && c == '$' && text.charAt(i + 1) == '{') {
                end = closing(i + 2, lineEnd, "}");
                dollar = end > 0;
            } else if (angles && c == '<' && startsValue(i)) {
                int j = i + 1;
                while (j < to && isNameChar(text.charAt(j))) {
                    j++;
                }
                end = j > i + 1 && j < to && text.charAt(j) == '>' ? j + 1 : -1;
            }
            if (end > 0) {
                int line = line(i);
                return new Found(text.substring(i, end), line, i - lineStarts()[line - 1] + 1);
            }
        }
        return null;
    }

    /** @return the index after {@code close} when it comes before {@code limit}, else -1 */
    private int closing(int from, int limit, String close) {
        for (int at = from; at + close.length() <= limit; at++) {
            if (text.startsWith(close, at)) {
                return at + close.length();
            }
        }
        return -1;
    }

    /** A {@code <} where a value starts: after {@code ": "} or {@code "- "}, perhaps inside a quote. */
    private boolean startsValue(int at) {
        int before = at - 1;
        if (before >= 0 && (text.charAt(before) == '"' || text.charAt(before) == '\'')) {
            before--;
        }
        return before >= 1 && text.charAt(before) == ' '
                && (text.charAt(before - 1) == ':' || text.charAt(before - 1) == '-');
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ';
    }

    private int lineEnd(int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /** @return the 1-based line of an index */
    private int line(int at) {
        int found = Arrays.binarySearch(lineStarts(), at);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Where each line starts: worked out once, on the first problem. */
    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] starts = new int[count];
            int l = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[l++] = i + 1;
            }
            lineStarts = starts;
        }
        return lineStarts;
    }
}
