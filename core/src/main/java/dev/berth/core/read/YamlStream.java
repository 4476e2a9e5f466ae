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
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Splits a YAML or JSON text into documents, one list of parser events each, and turns every SnakeYAML error into a
 * {@link BerthException} with file, line and column.
 */
final class YamlStream {

    /** The events of one document, from its start to its end. */
    record Document(int index, List<Event> events, Mark start, Mark end) {
    }

    private final Parser parser;
    private final String origin;
    private final ReadLimits limits;
    private int index;
    private boolean done;

    YamlStream(String text, String origin, ReadLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.maxDocumentChars());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setProcessComments(false);
        this.parser = new ParserImpl(new StreamReader(text), options);
        this.origin = origin;
        this.limits = limits;
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
        while (!event.is(Event.ID.DocumentEnd)) {
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
        if (problem.toLowerCase(Locale.ROOT).contains("special characters are not allowed")) {
            return BerthException.problem("not a text file: it contains a control character")
                    .origin(origin).at(line(mark), column(mark))
                    .fix("give a YAML or JSON manifest; binary files cannot be read.").build(e);
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
        return BerthException.problem("broken YAML: " + problem + context)
                .origin(origin).at(line(mark), column(mark))
                .fix(fixFor(problem)).build(e);
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
