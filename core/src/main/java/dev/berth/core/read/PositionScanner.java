package dev.berth.core.read;

import dev.berth.core.source.SourcePosition;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Reads one document's text again to find where each field starts. Runs only when someone asks for a position, so
 * reading stays as cheap as reading without positions.
 */
final class PositionScanner {

    private final Parser parser;
    private final int lineOffset;
    private final Map<String, SourcePosition> positions = new HashMap<>();

    private PositionScanner(String documentText, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(10_001);
        this.parser = new ParserImpl(new LinearStreamReader(documentText), options);
        this.lineOffset = lineOffset;
    }

    /**
     * @param documentText the text of the document, starting at the beginning of its first line
     * @param lineOffset how many lines come before it in its file
     * @return the position of every field and list item, by path; the empty path is the document
     */
    static Map<String, SourcePosition> scan(String documentText, int lineOffset) {
        PositionScanner scanner = new PositionScanner(documentText, lineOffset);
        try {
            while (!scanner.parser.checkEvent(Event.ID.DocumentStart)) {
                if (scanner.parser.checkEvent(Event.ID.StreamEnd)) {
                    return scanner.positions;
                }
                scanner.parser.getEvent();
            }
            scanner.parser.getEvent();
            scanner.node(TreePath.ROOT, scanner.parser.peekEvent().getStartMark());
        } catch (RuntimeException e) {
            // The text was read once already; a second reading can only fail on the part after the document, whose
            // positions are not needed.
        }
        return scanner.positions;
    }

    private void node(TreePath path, Mark at) {
        positions.put(path.toString(), position(at));
        Event event = parser.getEvent();
        if (event.is(Event.ID.MappingStart)) {
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Event key = parser.getEvent();
                if (key instanceof ScalarEvent scalar) {
                    node(path.field(scalar.getValue()), key.getStartMark());
                } else {
                    skip(key);
                    node(path, key.getStartMark());
                }
            }
            parser.getEvent();
        } else if (event.is(Event.ID.SequenceStart)) {
            int index = 0;
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                node(path.item(index++), parser.peekEvent().getStartMark());
            }
            parser.getEvent();
        }
    }

    private void skip(Event start) {
        if (!start.is(Event.ID.MappingStart) && !start.is(Event.ID.SequenceStart)) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            Event event = parser.getEvent();
            if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
                depth++;
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
        }
    }

    private SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }
}
