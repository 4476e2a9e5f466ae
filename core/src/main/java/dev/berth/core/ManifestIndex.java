package dev.berth.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.berth.core.internal.Json;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lookup tables of a {@link Manifest}, built in one pass over its objects.
 *
 * <p>Label selection starts from the smallest candidate list: the workloads of the namespace that carry one required
 * {@code key=value}, or that have one required key, so selecting costs O(candidates), not O(workloads).
 */
final class ManifestIndex {

    private final Map<String, Bucket<HasMetadata>> byKind = new HashMap<>();
    private final Map<ObjectRef, Bucket<HasMetadata>> byRef;
    private final Map<ObjectRef, Integer> firstPosition;
    private final Map<String, Bucket<HasMetadata>> byNamespaceAndName;
    private final Map<String, Bucket<HasMetadata>> byNamespace = new HashMap<>();
    private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
    private final List<HasMetadata> objects;
    private final List<Workload> workloads = new ArrayList<>();
    private final IdentityHashMap<HasMetadata, Workload> workloadOf;
    private final Map<String, List<Workload>> workloadsByNamespace = new HashMap<>();
    private final Map<String, List<Workload>> workloadsByLabel = new HashMap<>();
    private final Map<String, List<Workload>> workloadsByLabelKey = new HashMap<>();
    private final SortedSet<ObjectRef> duplicates = new TreeSet<>();
    private final List<Workload> workloadsView;
    private final SortedSet<ObjectRef> duplicatesView;
    private final SortedSet<String> namespacesView;

    ManifestIndex(List<HasMetadata> objects) {
        this.objects = objects;
        // Sized for one entry per object: growing them step by step rehashed every entry about twice.
        this.byRef = new HashMap<>(capacity(objects.size()));
        this.firstPosition = new HashMap<>(capacity(objects.size()));
        this.byNamespaceAndName = new HashMap<>(capacity(objects.size()));
        this.workloadOf = new IdentityHashMap<>(objects.size());
        // The keys are worked out on every core (references, strings and their hashes); the maps are filled in order.
        List<Keys> keys = PerObject.map(objects, Keys::of);
        for (int position = 0; position < objects.size(); position++) {
            HasMetadata object = objects.get(position);
            Keys of = keys.get(position);
            ObjectRef ref = of.ref();
            byKind.computeIfAbsent(ref.kind(), k -> new Bucket<>()).append(object);
            Bucket<HasMetadata> same = byRef.computeIfAbsent(ref, k -> new Bucket<>());
            same.append(object);
            if (same.size() == 1) {
                firstPosition.put(ref, position);
            }
            if (same.size() == 2 && ObjectRef.identified(object)) {
                duplicates.add(ref);
            }
            byNamespaceAndName.computeIfAbsent(of.namespaceAndName(), k -> new Bucket<>()).append(object);
            byNamespace.computeIfAbsent(ref.namespace(), k -> new Bucket<>()).append(object);
            if (of.workload() != null) {
                indexWorkload(ref.namespace(), of);
            }
        }
        for (ObjectRef duplicate : duplicates) {
            HasMetadata chosen = chosen(byRef.get(duplicate).items);
            byRef.get(duplicate).moveBefore(chosen, ref -> true);
            byNamespaceAndName.get(key(duplicate.namespace(), duplicate.name()))
                    .moveBefore(chosen, other -> ObjectRef.of(other).equals(duplicate));
        }
        this.workloadsView = Collections.unmodifiableList(workloads);
        this.duplicatesView = Collections.unmodifiableSortedSet(duplicates);
        this.namespacesView = Collections.unmodifiableSortedSet(new TreeSet<>(byNamespace.keySet()));
    }

    /** Objects as JSON with every map's keys sorted: the same content gives the same text, whatever was written. */
    private static final ObjectWriter CANONICAL = Json.mapper().copy()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true).writer();

    /**
     * The definition lookups answer with when a set defines one object several times: the one whose content, as JSON
     * with sorted map keys, sorts first, so that renaming or reordering files never changes which is used. Copies with
     * the same content are one definition; the first read stands for them. A copy that cannot be written at all sorts
     * last.
     */
    private static HasMetadata chosen(List<HasMetadata> copies) {
        HasMetadata chosen = null;
        String least = null;
        for (HasMetadata copy : copies) {
            String content;
            try {
                content = CANONICAL.writeValueAsString(copy);
            } catch (JsonProcessingException | RuntimeException unwritable) {
                content = "\uffff";
            }
            if (least == null || content.compareTo(least) < 0) {
                least = content;
                chosen = copy;
            }
        }
        return chosen;
    }

    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private void indexWorkload(String namespace, Keys keys) {
        Workload workload = keys.workload();
        workloads.add(workload);
        workloadOf.put(workload.owner(), workload);
        workloadsByNamespace.computeIfAbsent(namespace, k -> new ArrayList<>()).add(workload);
        for (int l = 0; l < keys.labels().length; l++) {
            workloadsByLabel.computeIfAbsent(keys.labels()[l], k -> new ArrayList<>()).add(workload);
            workloadsByLabelKey.computeIfAbsent(keys.labelKeys()[l], k -> new ArrayList<>()).add(workload);
        }
    }

    /**
     * The index keys of one object, worked out before any map is filled.
     *
     * @param ref its reference
     * @param namespaceAndName its namespace-and-name key
     * @param workload its workload view, or null when it runs no pods
     * @param labels for each pod label, its namespace-label-value key
     * @param labelKeys for each pod label, its namespace-label key
     */
    private record Keys(ObjectRef ref, String namespaceAndName, Workload workload, String[] labels,
            String[] labelKeys) {

        static Keys of(HasMetadata object) {
            ObjectRef ref = ObjectRef.of(object);
            String namespaceAndName = hashed(key(ref.namespace(), ref.name()));
            Workload workload = Workload.of(object).orElse(null);
            if (workload == null) {
                return new Keys(ref, namespaceAndName, null, NO_LABELS, NO_LABELS);
            }
            Map<String, String> podLabels = workload.podLabels();
            String[] labels = new String[podLabels.size()];
            String[] labelKeys = new String[podLabels.size()];
            int l = 0;
            for (Map.Entry<String, String> label : podLabels.entrySet()) {
                labels[l] = hashed(labelKey(ref.namespace(), label.getKey(), label.getValue()));
                labelKeys[l] = hashed(key(ref.namespace(), label.getKey()));
                l++;
            }
            return new Keys(ref, namespaceAndName, workload, labels, labelKeys);
        }

        /** @return the key, its hash computed (and cached in the string) on the calling thread */
        private static String hashed(String key) {
            key.hashCode();
            return key;
        }
    }

    private static final String[] NO_LABELS = new String[0];

    @SuppressWarnings("unchecked")
    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return (List<T>) byType.computeIfAbsent(type, t -> {
            List<T> matching = new ArrayList<>();
            for (HasMetadata object : objects) {
                if (type.isInstance(object)) {
                    matching.add(type.cast(object));
                }
            }
            return Collections.unmodifiableList(matching);
        });
    }

    List<HasMetadata> ofKind(String kind) {
        return Bucket.viewOf(byKind.get(kind));
    }

    List<HasMetadata> byRef(ObjectRef ref) {
        return Bucket.viewOf(byRef.get(ref));
    }

    int positionOf(ObjectRef ref) {
        Integer position = firstPosition.get(ref);
        return position == null ? -1 : position;
    }

    List<HasMetadata> byNamespaceAndName(String namespace, String name) {
        return Bucket.viewOf(byNamespaceAndName.get(key(namespace, name)));
    }

    List<HasMetadata> inNamespace(String namespace) {
        return Bucket.viewOf(byNamespace.get(namespace));
    }

    SortedSet<String> namespaces() {
        return namespacesView;
    }

    SortedSet<ObjectRef> duplicates() {
        return duplicatesView;
    }

    List<Workload> workloads() {
        return workloadsView;
    }

    Workload workloadOf(HasMetadata object) {
        return workloadOf.get(object);
    }

    List<Workload> workloadsSelectedBy(String namespace, LabelSelector selector) {
        if (selector == null) {
            return List.of();
        }
        List<Workload> candidates = candidates(namespace, selector);
        List<Workload> selected = new ArrayList<>();
        for (Workload workload : candidates) {
            if (Selectors.matches(selector, workload.podLabels())) {
                selected.add(workload);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    List<Workload> workloadsSelectedBy(String namespace, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        List<Workload> candidates = smallest(namespace, selector, null);
        List<Workload> selected = new ArrayList<>();
        for (Workload workload : candidates) {
            if (Selectors.matchesAll(selector, workload.podLabels())) {
                selected.add(workload);
            }
        }
        return Collections.unmodifiableList(selected);
    }

    private List<Workload> candidates(String namespace, LabelSelector selector) {
        return smallest(namespace, selector.getMatchLabels(), selector.getMatchExpressions());
    }

    private List<Workload> smallest(String namespace, Map<String, String> labels,
            List<LabelSelectorRequirement> expressions) {
        List<Workload> best = workloadsByNamespace.getOrDefault(namespace, List.of());
        if (labels != null) {
            for (Map.Entry<String, String> term : labels.entrySet()) {
                List<Workload> list = workloadsByLabel.getOrDefault(
                        labelKey(namespace, term.getKey(), term.getValue()), List.of());
                if (list.size() < best.size()) {
                    best = list;
                }
            }
        }
        if (expressions != null) {
            for (LabelSelectorRequirement expression : expressions) {
                if (expression != null
                        && ("In".equals(expression.getOperator()) || "Exists".equals(expression.getOperator()))) {
                    List<Workload> list = workloadsByLabelKey.getOrDefault(
                            key(namespace, expression.getKey()), List.of());
                    if (list.size() < best.size()) {
                        best = list;
                    }
                }
            }
        }
        return best;
    }

    private static String key(String a, String b) {
        return a + '\u0000' + b;
    }

    private static String labelKey(String namespace, String key, String value) {
        return namespace + '\u0000' + key + '\u0000' + value;
    }

    /**
     * The objects under one key, in order, and the read-only view lookups hand out: made together, so each lookup hands
     * out the same instance and no pass has to wrap every list once building is done.
     */
    private static final class Bucket<T> {
        private final List<T> items = new ArrayList<>(1);
        private final List<T> view = Collections.unmodifiableList(items);

        void append(T item) {
            items.add(item);
        }

        int size() {
            return items.size();
        }

        /** Moves {@code item} to just before the first item that {@code sameGroup} accepts (itself, at the latest). */
        void moveBefore(T item, java.util.function.Predicate<T> sameGroup) {
            int from = 0;
            while (items.get(from) != item) { // by identity: copies of one definition are equal
                from++;
            }
            for (int to = 0; to < from; to++) {
                if (sameGroup.test(items.get(to))) {
                    items.remove(from);
                    items.add(to, item);
                    return;
                }
            }
        }

        static <T> List<T> viewOf(Bucket<T> bucket) {
            return bucket == null ? List.of() : bucket.view;
        }
    }
}
