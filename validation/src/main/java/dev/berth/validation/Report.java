package dev.berth.validation;

import dev.berth.core.ObjectRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a validation run found: the findings in a deterministic order, the findings suppressed with a reason, and the
 * metadata of the rules that ran. Text, JSON, SARIF and JUnit are renderings of it.
 *
 * <pre>{@code
 * Report report = Validator.recommended().evaluate(manifest);
 * report.count(Severity.HIGH);
 * report.byRule().keySet();
 * System.out.println(report.toText());
 * }</pre>
 */
public final class Report {

    private final String ruleSet;
    private final int objects;
    private final Map<String, RuleInfo> rules;
    private final List<Finding> findings;
    private final List<Finding> suppressed;
    private final SortedMap<String, Integer> unjudged;
    private final List<ObjectRef> unjudgedObjects;
    private final SortedMap<String, Integer> byShape;
    private final Map<Finding, Integer> times;
    private final int sets;

    /**
     * A report that counts no object as unjudged.
     *
     * @param ruleSet the name of the rule set that ran
     * @param objects how many objects were judged
     * @param rules the metadata of the rules that ran, by id
     * @param findings the findings, in order
     * @param suppressed the findings suppressed by a reasoned annotation, in order
     */
    public Report(String ruleSet, int objects, Map<String, RuleInfo> rules, List<Finding> findings,
            List<Finding> suppressed) {
        this(ruleSet, objects, rules, findings, suppressed, Map.of());
    }

    /**
     * @param ruleSet the name of the rule set that ran
     * @param objects how many objects were read and judged
     * @param rules the metadata of the rules that ran, by id
     * @param findings the findings, in order
     * @param suppressed the findings suppressed by a reasoned annotation, in order
     * @param unjudged how many of the objects no rule of the run judged, by kind (see {@link #unjudged()})
     */
    public Report(String ruleSet, int objects, Map<String, RuleInfo> rules, List<Finding> findings,
            List<Finding> suppressed, Map<String, Integer> unjudged) {
        this(ruleSet, objects, rules, findings, suppressed, unjudged, Map.of());
    }

    /**
     * @param ruleSet the name of the rule set that ran
     * @param objects how many objects were read and judged
     * @param rules the metadata of the rules that ran, by id
     * @param findings the findings, in order
     * @param suppressed the findings suppressed by a reasoned annotation, in order
     * @param unjudged how many of the objects no rule of the run judged, by kind (see {@link #unjudged()})
     * @param byShape how many pod templates found by shape the rules judged, by the kind holding them (see
     *        {@link #podTemplatesByShape()})
     */
    public Report(String ruleSet, int objects, Map<String, RuleInfo> rules, List<Finding> findings,
            List<Finding> suppressed, Map<String, Integer> unjudged, Map<String, Integer> byShape) {
        this.ruleSet = ruleSet;
        this.objects = objects;
        this.rules = Map.copyOf(rules);
        this.findings = List.copyOf(findings);
        this.suppressed = List.copyOf(suppressed);
        this.unjudged = Collections.unmodifiableSortedMap(new TreeMap<>(unjudged));
        this.unjudgedObjects = List.of();
        this.byShape = Collections.unmodifiableSortedMap(new TreeMap<>(byShape));
        this.times = Map.of();
        this.sets = 1;
    }

    /**
     * @param ruleSet the name of the rule set that ran
     * @param objects how many objects were read and judged
     * @param rules the metadata of the rules that ran, by id
     * @param findings the findings, in order
     * @param suppressed the findings suppressed by a reasoned annotation, in order
     * @param unjudgedObjects the objects no rule of the run judged, in order; {@link #unjudged()} counts them by kind
     * @param byShape how many pod templates found by shape the rules judged, by the kind holding them (see
     *        {@link #podTemplatesByShape()})
     */
    public Report(String ruleSet, int objects, Map<String, RuleInfo> rules, List<Finding> findings,
            List<Finding> suppressed, List<ObjectRef> unjudgedObjects, Map<String, Integer> byShape) {
        this.ruleSet = ruleSet;
        this.objects = objects;
        this.rules = Map.copyOf(rules);
        this.findings = List.copyOf(findings);
        this.suppressed = List.copyOf(suppressed);
        SortedMap<String, Integer> byKind = new TreeMap<>();
        unjudgedObjects.forEach(ref -> byKind.merge(ref.kind(), 1, Integer::sum));
        this.unjudged = Collections.unmodifiableSortedMap(byKind);
        this.unjudgedObjects = List.copyOf(unjudgedObjects);
        this.byShape = Collections.unmodifiableSortedMap(new TreeMap<>(byShape));
        this.times = Map.of();
        this.sets = 1;
    }

    /**
     * @return the objects no rule of the run judged, in order, when the validator made the report (a report built
     *         from counts alone, such as one filtered by a baseline, lists none: see {@link #unjudged()})
     */
    public List<ObjectRef> unjudgedObjects() {
        return unjudgedObjects;
    }

    private Report(Report report, List<Finding> findings, Map<Finding, Integer> times) {
        this(report, findings, times, report.sets);
    }

    private Report(Report report, List<Finding> findings, Map<Finding, Integer> times, int sets) {
        this.sets = sets;
        this.ruleSet = report.ruleSet;
        this.objects = report.objects;
        this.rules = report.rules;
        this.findings = List.copyOf(findings);
        this.suppressed = report.suppressed;
        this.unjudged = report.unjudged;
        this.unjudgedObjects = report.unjudgedObjects;
        this.byShape = report.byShape;
        Map<Finding, Integer> kept = new HashMap<>();
        times.forEach((finding, count) -> {
            if (count > 1) {
                kept.put(finding, count);
            }
        });
        this.times = Map.copyOf(kept);
    }

    /**
     * The same report, saying how many times each finding was found. The validator reports identical findings (same
     * rule, object, field, message and place: the same object twice in the set) once, and counts them here.
     *
     * <pre>{@code
     * Report counted = report.withTimes(Map.of(finding, 3));
     * counted.times(finding);   // 3
     * }</pre>
     *
     * @param times how many times a finding was found, by finding; findings not in it were found once
     * @return a report with these counts
     */
    public Report withTimes(Map<Finding, Integer> times) {
        return new Report(this, findings, times);
    }

    /**
     * @param finding one of the findings
     * @return how many times it was found: 1, or more when identical findings were reported once; the text report
     *         adds {@code (3 times)} after such a finding
     */
    public int times(Finding finding) {
        return times.getOrDefault(finding, 1);
    }

    /**
     * The same report, saying how many sets of objects were judged apart to make it ({@code berth lint --sets folder}
     * judges each folder's set on its own: see {@link dev.berth.validation.parts.FolderSets}).
     *
     * <pre>{@code
     * Report merged = partedReport.report().withSets(14);
     * merged.sets();   // 14: the text report says "judged as 14 sets"
     * }</pre>
     *
     * @param sets how many sets were judged, at least 1
     * @return a report that says so
     * @throws IllegalArgumentException when {@code sets} is below 1
     */
    public Report withSets(int sets) {
        if (sets < 1) {
            throw new IllegalArgumentException("a report judges at least 1 set, was " + sets);
        }
        return new Report(this, findings, times, sets);
    }

    /** @return how many sets of objects were judged apart: 1 unless {@link #withSets} said more */
    public int sets() {
        return sets;
    }

    /** @return the name of the rule set that ran */
    public String ruleSet() {
        return ruleSet;
    }

    /** @return how many objects were judged */
    public int objects() {
        return objects;
    }

    /**
     * How many objects no rule of the run judged, by kind. An object is judged when a rule of the run declares its
     * kind ({@link RuleInfo#kinds()}); rules that declare no kinds (names, labels, fields, duplicates, suppressions)
     * check every object's form and do not count. Custom resources that no rule knows are the usual case; the
     * {@code unjudged-kind} rule (in the {@code all} set) names each.
     *
     * <pre>{@code
     * report.unjudged();   // {Certificate=3, Widget=1}
     * }</pre>
     *
     * @return kind to count, sorted by kind; empty when every object was judged
     */
    public SortedMap<String, Integer> unjudged() {
        return unjudged;
    }

    /** @return how many objects no rule of the run judged: the sum of {@link #unjudged()} */
    public int unjudgedCount() {
        return unjudged.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * How many pod templates and pod specs the rules found by their shape inside objects of kinds Berth does not model,
     * and judged with the container and pod rules, by the kind that holds them (see
     * {@link dev.berth.core.workload.PodTemplatesByShape}). The objects that hold them count as judged.
     *
     * <pre>{@code
     * report.podTemplatesByShape();   // {JobSet=2, RayService=1}
     * }</pre>
     *
     * @return kind to count, sorted by kind; empty when none was found, or no rule of the run judges them
     */
    public SortedMap<String, Integer> podTemplatesByShape() {
        return byShape;
    }

    /** @return how many pod templates found by shape the rules judged: the sum of {@link #podTemplatesByShape()} */
    public int podTemplatesByShapeCount() {
        return byShape.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the findings, in order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the findings that reasoned suppression annotations silenced */
    public List<Finding> suppressed() {
        return suppressed;
    }

    /** @return true when nothing was found */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * @param id a rule id
     * @return the metadata of that rule when it ran
     */
    public RuleInfo rule(String id) {
        return rules.get(id);
    }

    /** @return the metadata of the rules that ran, by id, sorted */
    public Map<String, RuleInfo> rules() {
        return Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** @return the number of findings for each severity, every severity present */
    public Map<Severity, Long> countBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, count(severity));
        }
        return counts;
    }

    /**
     * @param ruleId a rule id
     * @return its findings, in order
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** @return the findings grouped by rule: most severe rules first, then by id */
    public Map<String, List<Finding>> byRule() {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                .forEach(f -> groups.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
        groups.replaceAll((id, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }

    /**
     * @param severity a severity
     * @return true when a finding has that severity or a higher one
     */
    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(severity));
    }

    /**
     * @param severity the least severity to keep
     * @return a report of the findings at or above it
     */
    public Report atLeast(Severity severity) {
        return new Report(this, findings.stream().filter(f -> f.severity().isAtLeast(severity)).toList(), times);
    }

    /** @return the report as text, grouped by rule: see {@link TextReport} */
    public String toText() {
        return TextReport.render(this);
    }

    @Override
    public String toString() {
        return "Report[" + ruleSet + ", " + objects + " objects, " + findings.size() + " findings]";
    }
}
