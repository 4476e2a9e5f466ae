package dev.berth.validation.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.report.JsonOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Today's findings, recorded in a committed file, so that a build fails only on new ones. A finding is known by its rule,
 * object and field path, not by its line or message: editing an unrelated part of a file, or a new wording of a message,
 * does not invalidate the baseline. When one key has several findings, the baseline counts them, and only findings
 * beyond that count are new.
 *
 * <pre>{@code
 * Path file = Path.of("berth-baseline.json");
 * Baseline.of(Validator.recommended().evaluate(manifest)).write(file);   // once, then commit the file
 *
 * Report fresh = Baseline.read(file).filter(Validator.recommended().evaluate(manifest));
 * assertThat(fresh.findings()).isEmpty();                                  // fails only on new findings
 * }</pre>
 *
 * <p>The file is JSON in the schema {@value #SCHEMA}, written deterministically (sorted entries, {@code \n} line ends) so
 * that it diffs well.
 */
public final class Baseline {

    /** The schema id written in, and demanded of, a baseline file. */
    public static final String SCHEMA = "berth.dev/baseline/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SortedMap<Key, Integer> counts;

    private Baseline(SortedMap<Key, Integer> counts) {
        this.counts = Collections.unmodifiableSortedMap(counts);
    }

    /**
     * What a baseline knows a finding by: its rule, object and field.
     *
     * @param ruleId the rule's id
     * @param object the object
     * @param fieldPath the field path, empty for the object as a whole
     */
    public record Key(String ruleId, ObjectRef object, String fieldPath) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::ruleId)
                .thenComparing(k -> k.object().kind()).thenComparing(k -> k.object().namespace())
                .thenComparing(k -> k.object().name()).thenComparing(Key::fieldPath);

        /**
         * @param finding a finding
         * @return its key
         */
        public static Key of(Finding finding) {
            return new Key(finding.ruleId(), finding.object(), finding.fieldPath());
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return ruleId + " " + object + (fieldPath.isEmpty() ? "" : " " + fieldPath);
        }
    }

    /** @return a baseline that knows no finding */
    public static Baseline empty() {
        return new Baseline(new TreeMap<>());
    }

    /**
     * @param report a report
     * @return a baseline of its findings (suppressed ones need none)
     */
    public static Baseline of(Report report) {
        SortedMap<Key, Integer> counts = new TreeMap<>();
        report.findings().forEach(f -> counts.merge(Key.of(f), 1, Integer::sum));
        return new Baseline(counts);
    }

    /**
     * @param file a baseline file written by {@link #write}
     * @return the baseline
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a baseline, naming the file and what is wrong
     */
    public static Baseline read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json a baseline's JSON
     * @param origin where it came from, for messages
     * @return the baseline
     * @throws IllegalArgumentException when it is not a baseline, naming the origin and what is wrong
     */
    public static Baseline parse(String json, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("baseline " + origin + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException("baseline " + origin + " has schema \""
                    + (root == null ? "" : root.path("schema").asText()) + "\", expected \"" + SCHEMA
                    + "\"; write it again with Baseline.of(report).write(file)");
        }
        SortedMap<Key, Integer> counts = new TreeMap<>();
        JsonNode findings = root.path("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode entry = findings.get(i);
            JsonNode object = entry.path("object");
            String ruleId = entry.path("ruleId").asText("");
            if (ruleId.isEmpty() || !object.isObject()) {
                throw new IllegalArgumentException("baseline " + origin + ": findings[" + i
                        + "] needs a ruleId and an object {kind, namespace, name}");
            }
            Key key = new Key(ruleId, ObjectRef.of(object.path("kind").asText(""),
                    object.path("namespace").asText(""), object.path("name").asText("")),
                    entry.path("fieldPath").asText(""));
            counts.merge(key, Math.max(1, entry.path("count").asInt(1)), Integer::sum);
        }
        return new Baseline(counts);
    }

    /** @return each key with how many findings it stands for, sorted */
    public SortedMap<Key, Integer> entries() {
        return counts;
    }

    /** @return how many findings the baseline accepts in all */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param report a fresh report
     * @return the same report with only the findings the baseline does not know: for a key it counts n times, the
     *         first n findings in the report's order are known
     */
    public Report filter(Report report) {
        Map<Key, Integer> left = new HashMap<>(counts);
        List<Finding> fresh = new ArrayList<>();
        for (Finding finding : report.findings()) {
            Key key = Key.of(finding);
            int known = left.getOrDefault(key, 0);
            if (known > 0) {
                left.put(key, known - 1);
            } else {
                fresh.add(finding);
            }
        }
        return new Report(report.ruleSet(), report.objects(), report.rules(), fresh, report.suppressed(),
                report.unjudged(), report.podTemplatesByShape()).withSets(report.sets());
    }

    /**
     * @param report a fresh report
     * @return the entries it no longer has, with how many findings each has lost: fixed problems, which can leave
     *         the baseline (write a new one)
     */
    public SortedMap<Key, Integer> fixed(Report report) {
        Map<Key, Integer> seen = new HashMap<>();
        report.findings().forEach(f -> seen.merge(Key.of(f), 1, Integer::sum));
        SortedMap<Key, Integer> gone = new TreeMap<>();
        counts.forEach((key, count) -> {
            int lost = count - seen.getOrDefault(key, 0);
            if (lost > 0) {
                gone.put(key, lost);
            }
        });
        return gone;
    }

    /** @return the baseline as JSON, sorted and deterministic */
    public String toJson() {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeNumberField("total", size());
            g.writeArrayFieldStart("findings");
            for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
                Key key = entry.getKey();
                g.writeStartObject();
                g.writeStringField("ruleId", key.ruleId());
                g.writeObjectFieldStart("object");
                g.writeStringField("kind", key.object().kind());
                g.writeStringField("namespace", key.object().namespace());
                g.writeStringField("name", key.object().name());
                g.writeEndObject();
                g.writeStringField("fieldPath", key.fieldPath());
                g.writeNumberField("count", entry.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * @param file where to write the baseline; parent folders are created
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline b && counts.equals(b.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "Baseline[" + counts.size() + " keys, " + size() + " findings]";
    }
}
