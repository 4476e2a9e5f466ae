package dev.berth.core;

import dev.berth.core.internal.Json;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * An immutable, ordered set of Kubernetes objects of any kind: what the DSL builds, the reader reads, the validator
 * judges and the writer writes.
 *
 * <p>Known kinds are typed fabric8 objects ({@code StatefulSet}, {@code Service}, {@code PersistentVolumeClaim}...);
 * unknown kinds and custom resources are {@code GenericKubernetesResource}, kept whole. Beside each object that came
 * from a file, the manifest keeps its {@link ObjectSource}: file, document, line and column.
 *
 * <p>Lookups by kind, namespace and name, label selection and the references between objects go through indexes
 * built once, on first use: a lookup costs O(1) or O(matches), never a scan of the set.
 *
 * <pre>{@code
 * Manifest manifest = new ManifestReader().read(Path.of("k8s/"));
 * StatefulSet db = manifest.find(StatefulSet.class, "shop", "db").orElseThrow();
 * Optional<Service> governing = manifest.references().governingService(db);
 * for (Workload w : manifest.workloads()) { ... }
 * }</pre>
 *
 * <p>The objects themselves are fabric8 model objects, which are mutable: treat those of a manifest as read-only, and
 * build a new manifest to change the set.
 */
public final class Manifest implements Iterable<HasMetadata> {

    private static final Manifest EMPTY = new Manifest(List.of(), new IdentityHashMap<>());

    private final List<HasMetadata> objects;
    private final IdentityHashMap<HasMetadata, ObjectSource> sources;
    /** Guards the lazy indexes; private, so that no caller locking on a manifest can stall them. */
    private final Object lock = new Object();
    private volatile ManifestIndex index;
    private volatile References references;

    private Manifest(List<HasMetadata> objects, IdentityHashMap<HasMetadata, ObjectSource> sources) {
        this.objects = objects;
        this.sources = sources;
    }

    /** @return the empty manifest */
    public static Manifest empty() {
        return EMPTY;
    }

    /**
     * @param objects the objects, in order
     * @return a manifest of them, without source positions
     */
    public static Manifest of(HasMetadata... objects) {
        return of(List.of(objects));
    }

    /**
     * @param objects the objects, in order
     * @return a manifest of them, without source positions
     */
    public static Manifest of(Collection<? extends HasMetadata> objects) {
        Builder builder = builder();
        objects.forEach(builder::add);
        return builder.build();
    }

    /** @return a builder that collects objects, with or without their sources */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the objects, in order */
    public List<HasMetadata> objects() {
        return objects;
    }

    /** @return the number of objects */
    public int size() {
        return objects.size();
    }

    /** @return true when the manifest has no object */
    public boolean isEmpty() {
        return objects.isEmpty();
    }

    @Override
    public Iterator<HasMetadata> iterator() {
        return objects.iterator();
    }

    /** @return the objects as a stream, in order */
    public Stream<HasMetadata> stream() {
        return objects.stream();
    }

    /**
     * @param object an object of this manifest
     * @return where it was read from, when it came from a file or stream
     */
    public Optional<ObjectSource> sourceOf(HasMetadata object) {
        return Optional.ofNullable(sources.get(object));
    }

    /**
     * @param type a fabric8 model class, such as {@code StatefulSet.class}
     * @param <T> the type
     * @return the objects of that type, in order
     */
    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return index().ofType(type);
    }

    /**
     * @param kind a kind, such as {@code StatefulSet}; matches typed and generic objects alike
     * @return the objects of that kind, in order
     */
    public List<HasMetadata> ofKind(String kind) {
        return index().ofKind(kind);
    }

    /**
     * @param ref the kind, effective namespace and name
     * @return the object with that reference; when the set defines it several times ({@link #duplicates()}), the
     *     definition whose content, as JSON with sorted map keys, sorts first, whatever the order of reading
     */
    public Optional<HasMetadata> find(ObjectRef ref) {
        List<HasMetadata> found = index().byRef(ref);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Where an object stands in the manifest, for orderings that follow it (reports list findings in this order).
     *
     * @param ref the kind, effective namespace and name
     * @return the 0-based place of the first object with that reference, or -1 when the manifest holds none
     */
    public int positionOf(ObjectRef ref) {
        return index().positionOf(ref);
    }

    /**
     * @param kind a kind
     * @param namespace the effective namespace, empty for cluster-scoped kinds
     * @param name the name
     * @return the object with that kind, namespace and name, chosen among several as {@link #find(ObjectRef)} does
     */
    public Optional<HasMetadata> find(String kind, String namespace, String name) {
        return find(ObjectRef.of(kind, namespace, name));
    }

    /**
     * @param type a fabric8 model class
     * @param namespace the effective namespace, empty for cluster-scoped kinds
     * @param name the name
     * @param <T> the type
     * @return the object of that type, namespace and name, chosen among several as {@link #find(ObjectRef)} does
     */
    public <T extends HasMetadata> Optional<T> find(Class<T> type, String namespace, String name) {
        for (HasMetadata candidate : index().byNamespaceAndName(namespace, name)) {
            if (type.isInstance(candidate)) {
                return Optional.of(type.cast(candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * Objects that share kind, namespace and name with an earlier object of the set: two files defining one object.
     *
     * @return the references that appear more than once, sorted
     */
    public SortedSet<ObjectRef> duplicates() {
        return index().duplicates();
    }

    /**
     * @param namespace an effective namespace, empty for cluster-scoped objects
     * @return the objects in it, in order
     */
    public List<HasMetadata> inNamespace(String namespace) {
        return index().inNamespace(namespace);
    }

    /** @return the effective namespaces of the objects, sorted, the empty string for cluster-scoped ones */
    public SortedSet<String> namespaces() {
        return index().namespaces();
    }

    /** @return a view of every object that runs pods, in order */
    public List<Workload> workloads() {
        return index().workloads();
    }

    /**
     * @param object an object of this manifest
     * @return its workload view, when it runs pods
     */
    public Optional<Workload> workloadOf(HasMetadata object) {
        return Optional.ofNullable(index().workloadOf(object));
    }

    /**
     * @param namespace the effective namespace to look in
     * @param selector a label selector; {@code null} selects nothing, {@code {}} everything
     * @return the workloads whose pod labels the selector matches, in order
     */
    public List<Workload> workloadsSelectedBy(String namespace, LabelSelector selector) {
        return index().workloadsSelectedBy(namespace, selector);
    }

    /**
     * @param namespace the effective namespace to look in
     * @param selector equality terms as a Service uses them; null or empty selects nothing
     * @return the workloads whose pod labels carry every term, in order
     */
    public List<Workload> workloadsSelectedBy(String namespace, Map<String, String> selector) {
        return index().workloadsSelectedBy(namespace, selector);
    }

    /** @return the references between the objects of this manifest, resolved once */
    public References references() {
        References known = references;
        if (known == null) {
            synchronized (lock) {
                known = references;
                if (known == null) {
                    known = new References(this);
                    references = known;
                }
            }
        }
        return known;
    }

    /**
     * @param other another manifest
     * @return a manifest with this one's objects followed by the other's, with their sources
     */
    public Manifest plus(Manifest other) {
        Builder builder = builder();
        builder.addAll(this);
        builder.addAll(other);
        return builder.build();
    }

    /**
     * @param more objects to add
     * @return a manifest with this one's objects followed by these
     */
    public Manifest plus(HasMetadata... more) {
        Builder builder = builder();
        builder.addAll(this);
        for (HasMetadata object : more) {
            builder.add(object);
        }
        return builder.build();
    }

    /**
     * A deep copy: equal objects, in the same order and with the same sources, that share no mutable state with this
     * manifest's. Use it to hand out objects a caller may change, as a built DSL application does.
     *
     * <pre>{@code
     * Manifest mine = manifest.copy();
     * mine.objects().get(0).getMetadata().setName("other"); // manifest is unchanged
     * }</pre>
     *
     * @return the copy
     */
    public Manifest copy() {
        Builder builder = builder();
        for (HasMetadata object : objects) {
            builder.add(Json.mapper().convertValue(object, object.getClass()), sources.get(object));
        }
        return builder.build();
    }

    ManifestIndex index() {
        ManifestIndex known = index;
        if (known == null) {
            synchronized (lock) {
                known = index;
                if (known == null) {
                    known = new ManifestIndex(objects);
                    index = known;
                }
            }
        }
        return known;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Manifest m && objects.equals(m.objects);
    }

    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    @Override
    public String toString() {
        return "Manifest[" + objects.size() + " objects]";
    }

    /** Collects objects, and their sources, into a {@link Manifest}. */
    public static final class Builder {
        private final List<HasMetadata> objects = new ArrayList<>();
        private final IdentityHashMap<HasMetadata, ObjectSource> sources = new IdentityHashMap<>();

        private Builder() {
        }

        /**
         * @param object an object
         * @return this builder
         */
        public Builder add(HasMetadata object) {
            objects.add(Objects.requireNonNull(object, "object"));
            return this;
        }

        /**
         * @param object an object
         * @param source where it was read from
         * @return this builder
         */
        public Builder add(HasMetadata object, ObjectSource source) {
            add(object);
            if (source != null) {
                sources.put(object, source);
            }
            return this;
        }

        /**
         * @param manifest a manifest whose objects and sources to add
         * @return this builder
         */
        public Builder addAll(Manifest manifest) {
            for (HasMetadata object : manifest.objects) {
                add(object, manifest.sources.get(object));
            }
            return this;
        }

        /** @return the number of objects collected so far */
        public int size() {
            return objects.size();
        }

        /** @return the manifest */
        public Manifest build() {
            if (objects.isEmpty()) {
                return EMPTY;
            }
            return new Manifest(List.copyOf(objects), new IdentityHashMap<>(sources));
        }
    }
}
