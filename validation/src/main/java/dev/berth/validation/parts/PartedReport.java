package dev.berth.validation.parts;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleFailure;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Judges a set of objects one {@linkplain Partition part} at a time and merges the parts' reports into the report
 * that judging the whole set at once gives: the same findings and suppressed findings in the same order, the same
 * object count and rules, so every rendering of it (text, JSON, SARIF, JUnit, a baseline) has the same bytes.
 *
 * <p>Each part is judged by the {@link Validator} as a manifest of its own: the objects of its namespaces, and the
 * {@linkplain Partition#shared shared} objects every part holds. From a part the report keeps the findings on objects
 * of the part's own namespaces; a finding on a cluster-scoped object is kept when every part finds it, since what
 * such a finding can depend on beyond the shared objects is an absence (a ClusterRole no binding of the set names, a
 * PersistentVolume no datastore of the set can bind to) that holds for the whole set only when it holds in each part.
 * The kept findings have their locations {@linkplain dev.berth.validation.Location#resolved resolved}, so they hold
 * nothing of the part, which can then be dropped.
 *
 * <pre>{@code
 * PartedReport merged = new PartedReport(Validator.recommended(), totalObjects);
 * for (...) {
 *     merged.add(partManifest, namespacesOfThePart, p -> globalPlaceOf(p));
 * }
 * Report report = merged.report();
 * // or, for a manifest held in memory (tests, and to show the two give one report):
 * Report same = PartedReport.evaluate(Validator.recommended(), manifest, 20_000);
 * }</pre>
 */
public final class PartedReport {

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::place)
            .thenComparing(p -> p.finding().object())
            .thenComparing(p -> p.finding().ruleId())
            .thenComparing(p -> p.finding().fieldPath())
            .thenComparing(p -> p.finding().message());

    private final Validator validator;
    private final int objects;
    private final List<Placed> findings = new ArrayList<>();
    private final List<Placed> suppressed = new ArrayList<>();
    private Map<Finding, Tally> clusterFindings;
    private Map<Finding, Tally> clusterSuppressed;
    private final Map<Finding, Placed> clusterFailures = new LinkedHashMap<>();
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final List<PlacedRef> unjudged = new ArrayList<>();
    private final Map<String, Integer> byShape = new java.util.TreeMap<>();
    private Map<ObjectRef, List<PlacedRef>> clusterUnjudged;
    private Report first;

    /**
     * @param validator judges each part
     * @param objects how many objects the whole set holds, for the report's count
     */
    public PartedReport(Validator validator, int objects) {
        this.validator = validator;
        this.objects = objects;
    }

    /**
     * Judges a manifest held in memory in parts of namespaces, as a run over files too large to hold does, and
     * merges the reports: the result equals {@code validator.evaluate(manifest)}.
     *
     * @param validator the validator
     * @param manifest the objects
     * @param objectsPerPart how many objects of its own namespaces a part holds at most (a namespace larger than that
     *        is a part of its own), beside the shared objects
     * @return the merged report
     */
    public static Report evaluate(Validator validator, Manifest manifest, long objectsPerPart) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (HasMetadata object : manifest) {
            String namespace = ObjectRef.namespaceOf(object);
            if (!namespace.isEmpty()) {
                weights.merge(namespace, 1L, Long::sum);
            }
        }
        PartedReport merged = new PartedReport(validator, manifest.size());
        for (Set<String> namespaces : Partition.group(weights, objectsPerPart)) {
            Manifest.Builder part = Manifest.builder();
            List<Integer> places = new ArrayList<>();
            List<HasMetadata> all = manifest.objects();
            for (int i = 0; i < all.size(); i++) {
                HasMetadata object = all.get(i);
                if (Partition.shared(object) || namespaces.contains(ObjectRef.namespaceOf(object))) {
                    part.add(object, manifest.sourceOf(object).orElse(null));
                    places.add(i);
                }
            }
            merged.add(part.build(), namespaces, places::get);
        }
        return merged.report();
    }

    /**
     * Judges one part and keeps what the merged report needs from it.
     *
     * @param part the objects of the part's namespaces and every shared object, in the order of the whole set
     * @param namespaces the namespaces the part owns: it holds every object of them
     * @param place the place in the whole set of the part's object at a given place in the part
     */
    public void add(Manifest part, Set<String> namespaces, IntUnaryOperator place) {
        Report report = validator.evaluate(part);
        if (first == null) {
            first = report;
        }
        rules.putAll(report.rules());
        // Pod templates found by shape in namespaced objects are counted by their namespace's part alone.
        report.podTemplatesByShape().forEach((kind, count) -> byShape.merge(kind, count, Integer::sum));
        // A rule failure is a fact about the code, not about an absence: kept when any part meets it.
        List<Finding> found = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.ruleId().equals(RuleFailure.ID) && finding.object().clusterScoped()) {
                int at = part.positionOf(finding.object());
                clusterFailures.putIfAbsent(finding, new Placed(at < 0 ? Integer.MAX_VALUE
                        : place.applyAsInt(at), finding).resolved());
            } else {
                found.add(finding);
            }
        }
        keepUnjudged(part, namespaces, place, report.unjudgedObjects());
        Map<Finding, Tally> cluster = keep(part, namespaces, place, found, findings);
        Map<Finding, Tally> clusterHidden = keep(part, namespaces, place, report.suppressed(), suppressed);
        clusterFindings = clusterFindings == null ? cluster : intersect(clusterFindings, cluster);
        clusterSuppressed = clusterSuppressed == null ? clusterHidden : intersect(clusterSuppressed, clusterHidden);
    }

    /** @return the report of the whole set: the parts' findings merged, in the order the validator gives */
    public Report report() {
        if (first == null) {
            Report empty = validator.evaluate(Manifest.empty());
            return new Report(empty.ruleSet(), objects, empty.rules(), empty.findings(), empty.suppressed());
        }
        List<Placed> owned = new ArrayList<>(findings);
        owned.addAll(clusterFailures.values());
        List<PlacedRef> notJudged = new ArrayList<>(unjudged);
        clusterUnjudged.values().forEach(notJudged::addAll);
        notJudged.sort(Comparator.comparingInt(PlacedRef::place));
        return new Report(first.ruleSet(), objects, rules, merged(owned, clusterFindings),
                merged(suppressed, clusterSuppressed), notJudged.stream().map(PlacedRef::ref).toList(), byShape);
    }

    /**
     * Keeps the part's unjudged objects: a namespaced one from its namespace's part; a cluster-scoped one when no part
     * judged it (an object is judged when any part's rules reach it).
     */
    private void keepUnjudged(Manifest part, Set<String> namespaces, IntUnaryOperator place, List<ObjectRef> refs) {
        Map<ObjectRef, List<PlacedRef>> cluster = new LinkedHashMap<>();
        for (ObjectRef ref : refs) {
            int at = part.positionOf(ref);
            PlacedRef placed = new PlacedRef(at < 0 ? Integer.MAX_VALUE : place.applyAsInt(at), ref);
            if (ref.clusterScoped()) {
                cluster.computeIfAbsent(ref, r -> new ArrayList<>()).add(placed);
            } else if (namespaces.contains(ref.namespace())) {
                unjudged.add(placed);
            }
        }
        if (clusterUnjudged == null) {
            clusterUnjudged = cluster;
            return;
        }
        // Objects of one identity (duplicates) count as many times as the part that judged most of them leaves.
        for (Iterator<Map.Entry<ObjectRef, List<PlacedRef>>> it = clusterUnjudged.entrySet().iterator(); it.hasNext();) {
            Map.Entry<ObjectRef, List<PlacedRef>> entry = it.next();
            List<PlacedRef> here = cluster.get(entry.getKey());
            if (here == null) {
                it.remove();
            } else if (here.size() < entry.getValue().size()) {
                entry.setValue(new ArrayList<>(entry.getValue().subList(0, here.size())));
            }
        }
    }

    private static Map<Finding, Tally> keep(Manifest part, Set<String> namespaces, IntUnaryOperator place,
            List<Finding> found, List<Placed> owned) {
        Map<Finding, Tally> cluster = new LinkedHashMap<>();
        List<Placed> kept = new ArrayList<>();
        for (Finding finding : found) {
            ObjectRef object = finding.object();
            if (object.clusterScoped() || namespaces.contains(object.namespace())) {
                int at = part.positionOf(object);
                kept.add(new Placed(at < 0 ? Integer.MAX_VALUE : place.applyAsInt(at), finding));
            }
        }
        // Positions re-read each finding's document: on every core, while the part's sources are alive.
        List<Placed> resolved = kept.parallelStream().map(Placed::resolved).toList();
        for (Placed placed : resolved) {
            if (placed.finding().object().clusterScoped()) {
                cluster.computeIfAbsent(placed.finding(), f -> new Tally(placed)).count++;
            } else {
                owned.add(placed);
            }
        }
        return cluster;
    }

    private static Map<Finding, Tally> intersect(Map<Finding, Tally> before, Map<Finding, Tally> now) {
        for (Iterator<Map.Entry<Finding, Tally>> it = before.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Finding, Tally> entry = it.next();
            Tally here = now.get(entry.getKey());
            if (here == null) {
                it.remove();
            } else {
                entry.getValue().count = Math.min(entry.getValue().count, here.count);
            }
        }
        return before;
    }

    private static List<Finding> merged(List<Placed> owned, Map<Finding, Tally> cluster) {
        List<Placed> all = new ArrayList<>(owned);
        for (Tally tally : cluster.values()) {
            for (int i = 0; i < tally.count; i++) {
                all.add(tally.first);
            }
        }
        all.sort(ORDER);
        return all.stream().map(Placed::finding).toList();
    }

    /** An object with its place in the whole set. */
    private record PlacedRef(int place, ObjectRef ref) {
    }

    /** A finding with the place of its object in the whole set. */
    private record Placed(int place, Finding finding) {
        Placed resolved() {
            Finding f = finding;
            return new Placed(place, new Finding(f.ruleId(), f.severity(), f.object(), f.fieldPath(), f.message(),
                    f.remediation(), f.location().resolved()));
        }
    }

    /** How many times a part found a finding on a cluster-scoped object, and the first of them. */
    private static final class Tally {
        private final Placed first;
        private int count;

        Tally(Placed first) {
            this.first = first;
        }
    }
}
