package dev.berth.validation.parts;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.workload.PodLabels;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleFailure;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
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
 *     merged.add(partManifest, namespacesOfThePart, p -> globalPlaceOf(p), podLabelsOfTheWholeSet);
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
    /** How many parts judged the object at each place of the whole set. */
    private final int[] holders;
    private final List<List<Placed>> partFindings = new ArrayList<>();
    private final List<List<Placed>> partSuppressed = new ArrayList<>();
    private final List<List<PlacedRef>> partUnjudged = new ArrayList<>();
    private final Map<Finding, Placed> sharedFailures = new LinkedHashMap<>();
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final Map<String, Integer> byShape = new java.util.TreeMap<>();
    private Report first;

    /**
     * @param validator judges each part
     * @param objects how many objects the whole set holds, for the report's count
     */
    public PartedReport(Validator validator, int objects) {
        this.validator = validator;
        this.objects = objects;
        this.holders = new int[objects];
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
        PodLabels wholeSet = PodLabels.of(manifest);
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
            merged.add(part.build(), namespaces, places::get, wholeSet);
        }
        return merged.report();
    }

    /**
     * Judges one part of namespaces and keeps what the merged report needs from it: the part judges the objects of
     * its namespaces and the cluster-scoped ones, and holds RoleBindings of other namespaces for lookups only.
     *
     * @param part the objects of the part's namespaces and every shared object, in the order of the whole set
     * @param namespaces the namespaces the part owns: it holds every object of them
     * @param place the place in the whole set of the part's object at a given place in the part
     * @param wholeSet the pod labels of the whole set, which the part's rules see beside the part's objects
     */
    public void add(Manifest part, Set<String> namespaces, IntUnaryOperator place, PodLabels wholeSet) {
        List<HasMetadata> held = part.objects();
        add(part, place, at -> {
            String namespace = ObjectRef.namespaceOf(held.get(at));
            return namespace.isEmpty() || namespaces.contains(namespace);
        }, wholeSet);
    }

    /**
     * Judges one part and keeps what the merged report needs from it. The parts may overlap: an object judged by
     * several parts (a cluster-scoped one in every part of namespaces, an object of a folder above several sets' homes)
     * keeps the findings every one of them finds, since what such a finding can depend on beyond the object itself
     * is what the part holds; an object only one part judges keeps that part's findings.
     *
     * @param part the objects of the part, in the order of the whole set
     * @param place the place in the whole set of the part's object at a given place in the part
     * @param judged whether the part's object at a given place is judged here, rather than held for lookups only
     * @param wholeSet the pod labels of the whole set the part belongs to, which the part's rules see beside the
     *        part's objects; null when the part is a whole set
     */
    public void add(Manifest part, IntUnaryOperator place, IntPredicate judged, PodLabels wholeSet) {
        Report report = validator.evaluate(part, wholeSet);
        if (first == null) {
            first = report;
        }
        rules.putAll(report.rules());
        List<HasMetadata> held = part.objects();
        for (int i = 0; i < held.size(); i++) {
            if (judged.test(i)) {
                holders[place.applyAsInt(i)]++;
            }
        }
        // Pod templates found by shape in namespaced objects are counted by their namespace's part alone.
        report.podTemplatesByShape().forEach((kind, count) -> byShape.merge(kind, count, Integer::sum));
        partFindings.add(keep(part, place, judged, report.findings()));
        partSuppressed.add(keep(part, place, judged, report.suppressed()));
        List<PlacedRef> unjudged = new ArrayList<>();
        for (ObjectRef ref : report.unjudgedObjects()) {
            int at = part.positionOf(ref);
            if (at < 0 || judged.test(at)) {
                unjudged.add(new PlacedRef(at < 0 ? Integer.MAX_VALUE : place.applyAsInt(at), ref));
            }
        }
        partUnjudged.add(unjudged);
    }

    /** @return the report of the whole set: the parts' findings merged, in the order the validator gives */
    public Report report() {
        if (first == null) {
            Report empty = validator.evaluate(Manifest.empty());
            return new Report(empty.ruleSet(), objects, empty.rules(), empty.findings(), empty.suppressed());
        }
        List<Placed> owned = merged(partFindings, true);
        owned.addAll(sharedFailures.values());
        owned.sort(ORDER);
        List<Placed> hidden = merged(partSuppressed, false);
        hidden.sort(ORDER);
        List<PlacedRef> notJudged = merged(partUnjudged, PlacedRef::place);
        notJudged.sort(Comparator.comparingInt(PlacedRef::place));
        return new Report(first.ruleSet(), objects, rules, owned.stream().map(Placed::finding).toList(),
                hidden.stream().map(Placed::finding).toList(), notJudged.stream().map(PlacedRef::ref).toList(), byShape);
    }

    private List<Placed> keep(Manifest part, IntUnaryOperator place, IntPredicate judged, List<Finding> found) {
        List<Placed> kept = new ArrayList<>();
        for (Finding finding : found) {
            int at = part.positionOf(finding.object());
            if (at < 0 || judged.test(at)) {
                kept.add(new Placed(at < 0 ? Integer.MAX_VALUE : place.applyAsInt(at), finding));
            }
        }
        // Positions re-read each finding's document: on every core, while the part's sources are alive.
        return new ArrayList<>(kept.parallelStream().map(Placed::resolved).toList());
    }

    /**
     * @param failures true to keep a rule failure on an object several parts judge when any part meets it: it is a
     *        fact about the code, not about what the part holds
     */
    private List<Placed> merged(List<List<Placed>> parts, boolean failures) {
        List<List<Placed>> kept = new ArrayList<>();
        for (List<Placed> part : parts) {
            List<Placed> rest = new ArrayList<>();
            for (Placed placed : part) {
                if (failures && placed.finding().ruleId().equals(RuleFailure.ID) && shared(placed.place())) {
                    sharedFailures.putIfAbsent(placed.finding(), placed);
                } else {
                    rest.add(placed);
                }
            }
            kept.add(rest);
        }
        return merged(kept, Placed::place);
    }

    /**
     * Merges the parts' lists: an item on an object one part judges is kept as that part gives it; one on an object
     * several parts judge is kept as many times as the part that gives it least, when every one of them gives it.
     */
    private <T> List<T> merged(List<List<T>> parts, java.util.function.ToIntFunction<T> placeOf) {
        List<T> all = new ArrayList<>();
        Map<T, int[]> tally = new LinkedHashMap<>();
        for (List<T> part : parts) {
            Map<T, Integer> here = new LinkedHashMap<>();
            for (T item : part) {
                if (shared(placeOf.applyAsInt(item))) {
                    here.merge(item, 1, Integer::sum);
                } else {
                    all.add(item);
                }
            }
            here.forEach((item, count) -> {
                int[] seen = tally.computeIfAbsent(item, k -> new int[] {0, Integer.MAX_VALUE});
                seen[0]++;
                seen[1] = Math.min(seen[1], count);
            });
        }
        tally.forEach((item, seen) -> {
            if (seen[0] == holders[placeOf.applyAsInt(item)]) {
                for (int i = 0; i < seen[1]; i++) {
                    all.add(item);
                }
            }
        });
        return all;
    }

    /** @return true when several parts judged the object at that place of the whole set */
    private boolean shared(int place) {
        return place != Integer.MAX_VALUE && holders[place] > 1;
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
}
