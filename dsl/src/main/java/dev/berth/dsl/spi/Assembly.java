package dev.berth.dsl.spi;

import dev.berth.core.ObjectRef;
import dev.berth.core.state.PodDnsNames;
import dev.berth.dsl.explain.Decision;
import dev.berth.dsl.explain.Explanation;
import dev.berth.dsl.explain.Origin;
import dev.berth.dsl.preset.Preset;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the objects of one application are collected while it is built: its name, namespace and preset, the labels
 * every object carries, and the record of what chose each value. Components receive it in
 * {@link Component#contribute(Assembly)}.
 *
 * <pre>{@code
 * Component extra = assembly -> assembly.add(new ConfigMapBuilder()
 *         .withMetadata(assembly.metadata("extra", "extra").build()).addToData("k", "v").build());
 * }</pre>
 */
public final class Assembly {

    /** The value of {@code app.kubernetes.io/managed-by} on every object. */
    public static final String MANAGED_BY = "berth";
    /**
     * The annotation prefix with which an object tells the validator to skip a rule, with the reason as its value:
     * {@code ignore.berth.dev/<rule-id>: "reason"}. The DSL writes it only where the user gave a reason.
     */
    public static final String SUPPRESSION_PREFIX = "ignore.berth.dev/";
    /** The pod-template annotation that holds the checksum of a component's configuration. */
    public static final String CONFIG_CHECKSUM = "berth.dev/config-checksum";

    private final String application;
    private final String namespace;
    private final Preset preset;
    private final Map<ObjectRef, HasMetadata> objects = new LinkedHashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<ObjectRef, ObjectRef> required = new LinkedHashMap<>();
    private final List<DataClaim> dataClaims = new ArrayList<>();

    /**
     * A claim that holds a component's authoritative data, recorded so the application can check, once every object
     * is added, that its StorageClass and volumes keep the data.
     *
     * <pre>{@code
     * new Assembly.DataClaim("db", ObjectRef.of("StatefulSet", "shop", "db"), "data", "fast", null);
     * }</pre>
     *
     * @param component the component's name
     * @param workload the workload that mounts the claim
     * @param claim the claim's (or claim template's) name
     * @param storageClass the claim's StorageClass, or null for the cluster's default
     * @param ephemeralReason the component's reason for accepting data loss, or null when it accepts none
     */
    public record DataClaim(String component, ObjectRef workload, String claim, String storageClass,
            String ephemeralReason) {
    }

    /**
     * An empty assembly.
     *
     * <pre>{@code
     * Assembly a = new Assembly("shop", "shop", Preset.production());
     * }</pre>
     *
     * @param application the application's name
     * @param namespace the namespace of every namespaced object
     * @param preset the defaults
     */
    public Assembly(String application, String namespace, Preset preset) {
        this.application = Objects.requireNonNull(application, "application");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.preset = Objects.requireNonNull(preset, "preset");
    }

    /** @return the application's name */
    public String application() {
        return application;
    }

    /** @return the namespace of every namespaced object */
    public String namespace() {
        return namespace;
    }

    /** @return the defaults in force */
    public Preset preset() {
        return preset;
    }

    /** @return the stable DNS names of pods in this application's cluster domain */
    public PodDnsNames dnsNames() {
        return PodDnsNames.clusterLocal().withClusterDomain(preset.clusterDomain());
    }

    /**
     * The labels that select a component's pods: {@code app.kubernetes.io/name} and {@code app.kubernetes.io/instance}.
     *
     * <pre>{@code
     * assembly.selector("db"); // {app.kubernetes.io/name=db, app.kubernetes.io/instance=shop}
     * }</pre>
     *
     * @param component the component's name
     * @return a new, ordered map
     */
    public Map<String, String> selector(String component) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/name", component);
        labels.put("app.kubernetes.io/instance", application);
        return labels;
    }

    /**
     * The recommended labels of a component's objects: the selector, {@code part-of} and {@code managed-by}, and
     * {@code component} when a role is given.
     *
     * <pre>{@code
     * assembly.labels("db", "database");
     * }</pre>
     *
     * @param component the component's name
     * @param role the {@code app.kubernetes.io/component} value, such as {@code database}, or null
     * @return a new, ordered map
     */
    public Map<String, String> labels(String component, String role) {
        Map<String, String> labels = selector(component);
        if (role != null) {
            labels.put("app.kubernetes.io/component", role);
        }
        labels.put("app.kubernetes.io/part-of", application);
        labels.put("app.kubernetes.io/managed-by", MANAGED_BY);
        return labels;
    }

    /**
     * Metadata for a namespaced object of a component, with its labels.
     *
     * <pre>{@code
     * ObjectMeta meta = assembly.metadata("db-headless", "db").build();
     * }</pre>
     *
     * @param name the object's name
     * @param component the component's name, for the labels
     * @return a builder to add to
     */
    public ObjectMetaBuilder metadata(String name, String component) {
        return new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels(component, null));
    }

    /**
     * Metadata for a namespaced object with the given labels.
     *
     * <pre>{@code
     * ObjectMeta meta = assembly.metadata("db", assembly.labels("db", "database")).build();
     * }</pre>
     *
     * @param name the object's name
     * @param labels its labels
     * @return a builder to add to
     */
    public ObjectMetaBuilder metadata(String name, Map<String, String> labels) {
        return new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels);
    }

    /**
     * Adds an object. Adding an equal object under the same kind, namespace and name again does nothing (two
     * components may share a claim or a Role); adding a different one is an error.
     *
     * @param object the object
     * @throws IllegalArgumentException naming the object when a different one with its name was added
     */
    public void add(HasMetadata object) {
        ObjectRef ref = ObjectRef.of(object);
        HasMetadata before = objects.putIfAbsent(ref, object);
        if (before != null && !before.equals(object)) {
            throw new IllegalArgumentException("two different objects are named " + ref
                    + ": give one of the components another name");
        }
    }

    /**
     * Whether an object was added under this reference.
     *
     * @param ref the reference
     * @return true when one was added
     */
    public boolean contains(ObjectRef ref) {
        return objects.containsKey(ref);
    }

    /**
     * Records why a field has its value.
     *
     * <pre>{@code
     * assembly.explain(ref, "spec.replicas", 3, Origin.USER, "replicas(3)");
     * }</pre>
     *
     * @param object the object
     * @param field the field path
     * @param value the value
     * @param origin what chose it
     * @param reason why
     */
    public void explain(ObjectRef object, String field, Object value, Origin origin, String reason) {
        decisions.add(new Decision(object, field, String.valueOf(value), origin, reason));
    }

    /**
     * The user's value when set, else the preset's, with the choice recorded.
     *
     * <pre>{@code
     * int replicas = assembly.choose(ref, "spec.replicas", userReplicas, preset.statelessReplicas(), "statelessReplicas");
     * }</pre>
     *
     * @param <T> the value's type
     * @param object the object
     * @param field the field path
     * @param user the user's value, or null
     * @param fromPreset the preset's value
     * @param presetField the preset field's name
     * @return the chosen value
     */
    public <T> T choose(ObjectRef object, String field, T user, T fromPreset, String presetField) {
        if (user != null) {
            explain(object, field, user, Origin.USER, "set on the component");
            return user;
        }
        explain(object, field, fromPreset, Origin.PRESET, preset.name() + "." + presetField);
        return fromPreset;
    }

    /**
     * Records that an object reads another that must be added to the application, such as a Secret referred to with
     * {@code Secrets.ref(name)}; {@link #missing()} lists those never added.
     *
     * <pre>{@code
     * assembly.requireAdded(ObjectRef.of("Secret", "shop", "dev-credentials"), ObjectRef.of("Deployment", "shop", "api"));
     * }</pre>
     *
     * @param needed the object that must be added
     * @param reader the object that reads it
     */
    public void requireAdded(ObjectRef needed, ObjectRef reader) {
        required.putIfAbsent(needed, reader);
    }

    /**
     * The objects recorded with {@link #requireAdded(ObjectRef, ObjectRef)} that were not added, each with its first
     * reader, in the order recorded.
     *
     * @return needed object to reader
     */
    public Map<ObjectRef, ObjectRef> missing() {
        Map<ObjectRef, ObjectRef> missing = new LinkedHashMap<>(required);
        missing.keySet().removeIf(objects::containsKey);
        return missing;
    }

    /**
     * Records a claim that holds authoritative data.
     *
     * @param claim the claim
     */
    public void keepsAuthoritativeData(DataClaim claim) {
        dataClaims.add(Objects.requireNonNull(claim, "claim"));
    }

    /** @return the claims that hold authoritative data, in the order recorded */
    public List<DataClaim> dataClaims() {
        return List.copyOf(dataClaims);
    }

    /**
     * An object added under this reference.
     *
     * @param ref the reference
     * @return the object, to read or to annotate, or empty
     */
    public java.util.Optional<HasMetadata> find(ObjectRef ref) {
        return java.util.Optional.ofNullable(objects.get(ref));
    }

    /** @return the objects added, in order */
    public List<HasMetadata> objects() {
        return List.copyOf(objects.values());
    }

    /** @return the decisions recorded, in order */
    public Explanation explanation() {
        return new Explanation(decisions);
    }

    /**
     * Metadata without labels, for cluster-scoped objects.
     *
     * @param name the name
     * @return the metadata
     */
    public static ObjectMeta clusterMetadata(String name) {
        return new ObjectMetaBuilder().withName(name).build();
    }
}
