package dev.berth.core.read;

import dev.berth.core.BerthException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Splits a YAML or JSON text into documents, one list of parser events each, and turns every SnakeYAML error into a
 * {@link BerthException} with file, line and column.
 *
 * <p>Reading is linear in the text: SnakeYAML reads it through {@link LinearStreamReader}, and nesting deeper than
 * {@link ReadLimits#maxDepth()} ends the stream as soon as the parser meets it (SnakeYAML's scanner does work in
 * proportion to the open levels for each token, so a line of a million {@code [} would otherwise take minutes before
 * its error).
 */
final class YamlStream {

    /** The events of one document, from its start to its end. */
    record Document(int index, List<Event> events, Mark start, Mark end) {
    }

    /** YAML's limit on the length of an implicit key (one written without {@code ? }), in characters. */
    private static final int MAX_IMPLICIT_KEY = 1024;

    private final String text;
    private final Parser parser;
    private final String origin;
    private final ReadLimits limits;
    private final LinearStreamReader reader;
    private int index;
    private boolean done;

    YamlStream(String text, String origin, ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxDocumentChars());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setProcessComments(false);
        this.text = text;
        this.reader = new LinearStreamReader(text);
        this.parser = new ParserImpl(reader, options);
        this.origin = origin;
        this.limits = limits;
    }

    /** @return true when code point indexes in this text are char offsets (no surrogate pairs, all readable) */
    boolean basicPlaneOnly() {
        return reader.basicPlaneOnly();
    }

    /**
     * @return the next document, or null at the end of the stream
     * @throws BerthException on a syntax error or a limit
     */
    Document next() {
        if (done) {
            return null;
        }
        try {
            while (true) {
                Event event = parser.getEvent();
                if (event.is(Event.ID.StreamEnd)) {
                    done = true;
                    return null;
                }
                if (event.is(Event.ID.DocumentStart)) {
                    return document(event);
                }
            }
        } catch (MarkedYAMLException e) {
            done = true;
            throw syntax(e);
        } catch (YAMLException e) {
            done = true;
            throw limit(e);
        }
    }

    private Document document(Event start) {
        List<Event> events = new ArrayList<>();
        Event event = parser.getEvent();
        int depth = 0;
        while (!event.is(Event.ID.DocumentEnd)) {
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
                if (++depth > limits.maxDepth()) {
                    done = true;
                    throw depth(event.getStartMark());
                }
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
            events.add(event);
            event = parser.getEvent();
        }
        return new Document(index++, events, start.getStartMark(), event.getEndMark());
    }

    private BerthException syntax(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() == null ? "the YAML is not well formed" : e.getProblem().trim();
        if (problem.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return depth(mark);
        }
        if (e instanceof LinearStreamReader.NotAllowed notAllowed) {
            return BerthException.problem(problem).origin(origin).at(line(mark), column(mark))
                    .fix(String.format("remove it, or write it as the escape \\u%04X inside a double-quoted string.",
                            notAllowed.codePoint())).build(e);
        }
        if (problem.equals("mapping values are not allowed here")) {
            BerthException longKey = longKey(mark, e);
            if (longKey != null) {
                return longKey;
            }
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
        return BerthException.problem("broken YAML: " + problem + context)
                .origin(origin).at(line(mark), column(mark))
                .fix(fixFor(problem)).build(e);
    }

    /**
     * SnakeYAML stops looking for a key's ':' after 1,024 characters, as YAML requires, and then finds a ':' it cannot
     * place. When the text before that ':' on its line is one key too long to be implicit, say so.
     *
     * @return the message naming the limit, or null when the ':' follows something else
     */
    private BerthException longKey(Mark colon, MarkedYAMLException e) {
        // The error path only: one pass over the text to turn the mark's code points into chars.
        int colonAt = text.offsetByCodePoints(0, Math.min(colon.getIndex(), text.codePointCount(0, text.length())));
        int lineStart = text.lastIndexOf('\n', colonAt - 1) + 1;
        int keyStart = lineStart;
        while (keyStart < colonAt && (text.charAt(keyStart) == ' '
                || (text.charAt(keyStart) == '-' && keyStart + 1 < colonAt && text.charAt(keyStart + 1) == ' '))) {
            keyStart++;
        }
        int keyEnd = colonAt;
        while (keyEnd > keyStart && text.charAt(keyEnd - 1) == ' ') {
            keyEnd--;
        }
        int length = text.codePointCount(keyStart, keyEnd);
        if (length <= MAX_IMPLICIT_KEY || text.substring(keyStart, keyEnd).contains(": ")) {
            return null;
        }
        return BerthException.problem("a key of " + length + " characters: YAML allows at most " + MAX_IMPLICIT_KEY
                        + " characters in a key written without '? '")
                .origin(origin).at(line(colon), text.codePointCount(lineStart, keyStart) + 1)
                .fix("shorten the key (Kubernetes keys and names have at most 253 characters), or write it as an "
                        + "explicit key: '? ' and the key on one line, ': ' and the value on the next.")
                .build(e);
    }

    private BerthException limit(YAMLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("code points")) {
            return BerthException.problem("a document is larger than " + limits.maxDocumentChars() + " characters")
                    .origin(origin)
                    .fix("split the document, or raise ReadLimits.maxDocumentChars for input you trust.").build(e);
        }
        if (message.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return depth(null);
        }
        return BerthException.problem("the YAML cannot be read: " + firstLine(message)).origin(origin)
                .fix("check that the file is a YAML or JSON manifest.").build(e);
    }

    private BerthException depth(Mark mark) {
        return BerthException.problem("nesting deeper than " + limits.maxDepth() + " levels")
                .origin(origin).at(line(mark), column(mark))
                .fix("flatten the document; no Kubernetes object nests this deeply. Raise ReadLimits.maxDepth for "
                        + "input you trust.").build();
    }

    private static String fixFor(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) {
            return "indent with spaces; YAML does not allow tabs for indentation.";
        }
        if (p.contains("mapping values are not allowed")) {
            return "check the indentation of this line and quote values that contain ': '.";
        }
        if (p.contains("could not find expected ':'")) {
            return "add the missing ':' after the key, or quote the value.";
        }
        if (p.contains("found unexpected end of stream") || p.contains("expected ','")) {
            return "close every quote, bracket and brace that is opened.";
        }
        return "check the indentation and quoting around this line.";
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static int column(Mark mark) {
        return mark == null ? 0 : mark.getColumn() + 1;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
