package dev.berth.core.read;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.internal.Json;
import dev.berth.core.internal.KindRegistry;
import dev.berth.core.internal.Schema;
import dev.berth.core.source.AmbiguousScalar;
import dev.berth.core.source.FieldPositions;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Reads the objects of one text: each YAML document is an object, a {@code kind: List} of objects, or (in JSON) an
 * array of objects. Empty and comment-only documents are skipped.
 */
final class DocumentReader {

    private final String text;
    private final String origin;
    private final ReadLimits limits;
    private Boolean bmpOnly;
    /** Where the last document started, in code points and in chars: documents come in order, so it only moves on. */
    private int cursorCodePoints;
    private int cursorChars;

    DocumentReader(String text, String origin, ReadLimits limits) {
        this.text = Tabs.asKubectlReads(text);
        this.origin = origin;
        this.limits = limits;
    }

    /**
     * Reads every document; a problem in one document is reported and the next is read, until a syntax error ends the
     * stream.
     */
    void read(Manifest.Builder into, Consumer<BerthException> problems) {
        read(into, problems, false);
    }

    /**
     * Reads every document, or, when asked to, skips the text whole when it holds no Kubernetes object: at least one
     * document, every document a mapping, none with a top-level {@code apiVersion} or {@code kind} (a CI workflow,
     * application settings). A document that is not a mapping, or has one of the two fields, makes the text a
     * manifest, broken or not, and its problems are reported.
     *
     * @return true when the text was skipped: nothing was added and no problem reported
     */
    boolean read(Manifest.Builder into, Consumer<BerthException> problems, boolean skipForeign) {
        YamlStream stream = new YamlStream(text, origin, limits);
        if (stream.basicPlaneOnly()) {
            bmpOnly = true; // else worked out on first use
        }
        List<BerthException> held = new ArrayList<>();
        Consumer<BerthException> reported = skipForeign ? held::add : problems;
        PlaceholderProblems placeholders = new PlaceholderProblems(text);
        Consumer<BerthException> report = e -> reported.accept(placeholders.explain(e, -1));
        int foreign = 0;
        int readTo = 0;
        boolean manifest = false;
        while (true) {
            YamlStream.Document document;
            try {
                document = stream.next();
            } catch (BerthException e) {
                reported.accept(placeholders.explain(e, readTo));
                manifest = true;
                break;
            }
            if (document == null) {
                break;
            }
            if (skipForeign) {
                Boolean isForeign = foreign(document.events());
                if (isForeign == null) {
                    continue;
                }
                if (isForeign) {
                    foreign++;
                } else {
                    manifest = true;
                }
            }
            readTo = document.end().getIndex();
            try {
                readDocument(document, into, report);
            } catch (BerthException e) {
                report.accept(e);
            }
        }
        boolean skipped = skipForeign && !manifest && foreign > 0;
        if (!skipped) {
            held.forEach(problems);
        }
        return skipped;
    }

    /** @return null for an empty document, true for a mapping with neither apiVersion nor kind, else false */
    private static Boolean foreign(List<Event> events) {
        Event root = events.get(0);
        if (root instanceof ScalarEvent scalar && scalar.isPlain() && scalar.getValue().isEmpty()) {
            return null;
        }
        return root instanceof MappingStartEvent && Events.topLevel(events, 0, "apiVersion", "kind").keySet()
                .stream().noneMatch(key -> key.equals("apiVersion") || key.equals("kind"));
    }

    private void readDocument(YamlStream.Document document, Manifest.Builder into,
            Consumer<BerthException> problems) {
        List<Event> events = document.events();
        Event root = events.get(0);
        // Capture numbers only: holding the document would keep its events alive for as long as the manifest lives.
        // Turn code points into chars now, in document order, while that costs only the distance from the last one.
        int start = charOffset(document.start().getIndex());
        int end = charOffset(document.end().getIndex());
        int startLine = document.start().getLine();
        FieldPositions positions = FieldPositions.lazy(() -> scan(start, end, startLine));
        if (root instanceof ScalarEvent scalar && scalar.isPlain() && scalar.getValue().isEmpty()) {
            return;
        }
        if (root instanceof SequenceStartEvent) {
            readItems(document, Events.items(events, 0), "", positions, into, problems, new int[1]);
            return;
        }
        if (!(root instanceof MappingStartEvent)) {
            throw BerthException.problem("expected a Kubernetes object (a mapping with apiVersion and kind), found "
                    + "a single value").origin(origin).at(line(root.getStartMark()), column(root.getStartMark()))
                    .fix("start the document with apiVersion: and kind: lines.").build();
        }
        Integer items = listItems(events, 0);
        if (items != null) {
            readItems(document, Events.items(events, items), "items", positions, into, problems, new int[1]);
            return;
        }
        readObject(document, 0, -1, "", positions, into);
    }

    /**
     * Reads the items of a List or a JSON array, each on its own: a broken item is one problem and the next is read.
     * An item that is itself a List is flattened into its items, as kubectl flattens it; {@code next} numbers the
     * objects in the order they come out.
     */
    private void readItems(YamlStream.Document document, List<Integer> starts, String path, FieldPositions positions,
            Manifest.Builder into, Consumer<BerthException> problems, int[] next) {
        List<Event> events = document.events();
        for (int i = 0; i < starts.size(); i++) {
            String at = path + "[" + i + "]";
            try {
                Integer inner = listItems(events, starts.get(i));
                if (inner != null) {
                    readItems(document, Events.items(events, inner), at + ".items", positions, into, problems, next);
                } else {
                    readObject(document, starts.get(i), next[0]++, at, positions, into);
                }
            } catch (BerthException e) {
                problems.accept(e);
            }
        }
    }

    /** @return where the items of the List that starts at {@code start} are, or null when it is not a List */
    private static Integer listItems(List<Event> events, int start) {
        if (!(events.get(start) instanceof MappingStartEvent)) {
            return null;
        }
        // kind first: nearly every document is no List, and its kind comes in its first lines
        String kind = Events.scalar(events, Events.topLevel(events, start, "kind").get("kind"));
        if (kind == null || !kind.endsWith("List")) {
            return null;
        }
        Integer items = Events.topLevel(events, start, "items").get("items");
        return items != null && events.get(items) instanceof SequenceStartEvent ? items : null;
    }

    private void readObject(YamlStream.Document document, int start, int itemIndex, String prefix,
            FieldPositions positions, Manifest.Builder into) {
        List<Event> events = document.events();
        Event first = events.get(start);
        SourcePosition at = new SourcePosition(line(first.getStartMark()), column(first.getStartMark()));
        if (!(first instanceof MappingStartEvent)) {
            throw BerthException.problem("expected a Kubernetes object (a mapping with apiVersion and kind)")
                    .origin(origin).at(at.line(), at.column()).field(prefix)
                    .fix("make each item a mapping with apiVersion: and kind:.").build();
        }
        Map<String, Integer> top = Events.topLevel(events, start, "apiVersion", "kind");
        String apiVersion = required(events, top, "apiVersion", at, prefix, "apps/v1");
        String kind = required(events, top, "kind", at, prefix, "Deployment");
        Class<? extends HasMetadata> type = KindRegistry.instance().typeOf(apiVersion, kind);
        List<String> unknown = new ArrayList<>();
        List<AmbiguousScalar> ambiguous = new ArrayList<>();
        JsonNode tree = new TreeBuilder(events, limits, origin).build(start, Schema.of(type), unknown, ambiguous);
        HasMetadata object = convert(tree, type, kind, positions, prefix);
        into.add(object, ObjectSource.of(origin, document.index(), itemIndex, prefix, at, positions, unknown,
                ambiguous));
    }

    private HasMetadata convert(JsonNode tree, Class<? extends HasMetadata> type, String kind,
            FieldPositions positions, String prefix) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonMappingException e) {
            TypeProblems.Described problem = TypeProblems.describe(e, tree, kind);
            String inDocument = prefix.isEmpty() ? problem.path()
                    : problem.path().isEmpty() ? prefix : prefix + "." + problem.path();
            SourcePosition at = positions.nearest(inDocument).orElse(null);
            throw BerthException.problem(problem.problem()).origin(origin)
                    .at(at == null ? 0 : at.line(), at == null ? 0 : at.column())
                    .field(problem.path()).fix(problem.fix()).build(e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw BerthException.problem("the " + kind + " cannot be read: " + firstLine(e.getMessage()))
                    .origin(origin).fix("compare the object with the Kubernetes API reference for " + kind + ".")
                    .build(e);
        }
    }

    private String required(List<Event> events, Map<String, Integer> top, String field, SourcePosition at,
            String prefix, String example) {
        String value = Events.scalar(events, top.get(field));
        if (value == null || value.isBlank()) {
            throw BerthException.problem("the object has no " + field).origin(origin).at(at.line(), at.column())
                    .field(prefix.isEmpty() ? null : prefix)
                    .fix("add a line such as " + field + ": " + example + ".").build();
        }
        return value;
    }

    private Map<String, SourcePosition> scan(int start, int end, int startLine) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        return PositionScanner.scan(text.substring(lineStart, Math.max(lineStart, end)), startLine);
    }

    private int charOffset(int codePointIndex) {
        if (bmpOnly == null) {
            bmpOnly = !hasSurrogates(text);
        }
        if (bmpOnly) {
            return Math.min(codePointIndex, text.length());
        }
        if (codePointIndex < cursorCodePoints) {
            cursorCodePoints = 0;
            cursorChars = 0;
        }
        while (cursorCodePoints < codePointIndex && cursorChars < text.length()) {
            cursorChars += Character.charCount(text.codePointAt(cursorChars));
            cursorCodePoints++;
        }
        return cursorChars;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int line(Mark mark) {
        return mark.getLine() + 1;
    }

    private static int column(Mark mark) {
        return mark.getColumn() + 1;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
