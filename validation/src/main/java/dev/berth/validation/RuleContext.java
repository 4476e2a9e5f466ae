package dev.berth.validation;

import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.References;
import dev.berth.core.shape.ShapeProblem;
import dev.berth.core.shape.Shaped;
import dev.berth.core.shape.Shapes;
import dev.berth.core.workload.PodLabels;
import dev.berth.core.workload.Workload;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a rule sees while it judges a manifest: the objects, their references, the rule's settings, traversal helpers
 * that keep a rule short, and {@link #report} to record a finding.
 *
 * <pre>{@code
 * for (RuleContext.ContainerAt c : context.containers()) {
 *     if (c.container().getReadinessProbe() == null) {
 *         context.report(c.workload().owner(), c.path() + ".readinessProbe", "container " + c.name() + " has none");
 *     }
 * }
 * }</pre>
 *
 * <p>The objects under judgement ({@link #objects()} and the traversals built on it) are the whole manifest, or, for a
 * rule declared {@linkplain RuleInfo.Builder#objectByObject() object by object}, one block of it; {@link #manifest()}
 * and {@link #references()} always reach the whole set, for lookups.
 *
 * <p>Pod templates and pod specs found by their shape inside custom resources (a JobSet's, a RayService's, a Knative
 * Service's) reach only the rules that {@linkplain RuleInfo.Builder#podTemplatesByShape() declare they judge them}:
 * the container and pod-spec rules, not those about the owning controller. Their findings sit on the custom resource,
 * at paths such as {@code spec.replicatedJobs[0].template.spec.template.spec.containers[0].securityContext.privileged}.
 *
 * <p>One context serves one rule in one run (or one block of a run); it is not shared between threads.
 */
public final class RuleContext {

    /** The annotation prefix that suppresses a rule on an object: {@code ignore.berth.dev/<rule-id>: "reason"}. */
    public static final String SUPPRESSION_PREFIX = "ignore.berth.dev/";

    private final Manifest manifest;
    private final Shaped shaped;
    private final Block block;
    private final Tables tables;
    private final Rule rule;
    private final Severity severity;
    private final Map<String, Object> parameters;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> suppressed = new ArrayList<>();

    RuleContext(Manifest manifest, Shaped shaped, Block block, Tables tables, Rule rule, Severity severity,
            Map<String, Object> parameters) {
        this.manifest = manifest;
        this.shaped = shaped;
        this.block = block;
        this.tables = tables;
        this.rule = rule;
        this.severity = severity;
        this.parameters = parameters;
    }

    /** @return the whole manifest, for lookups; walk the objects under judgement with {@link #objects()} */
    public Manifest manifest() {
        return manifest;
    }

    /** @return the objects under judgement, in manifest order */
    public List<HasMetadata> objects() {
        return block.objects();
    }

    /**
     * @param kind a kind, such as {@code HorizontalPodAutoscaler}
     * @return the objects under judgement of that kind, in order
     */
    public List<HasMetadata> ofKind(String kind) {
        return block.ofKind(manifest, kind);
    }

    /**
     * A lookup table over the whole manifest, built once per run and shared by every rule and block that asks for
     * it by the same key, so a rule judged block by block does not rebuild it for each block.
     *
     * <pre>{@code
     * Set<String> withServices = context.once("namespaces-with-services", manifest -> manifest.all(Service.class)
     *         .stream().map(ObjectRef::namespaceOf).collect(Collectors.toSet()));
     * }</pre>
     *
     * @param key the table's name; one key, one table, whichever rule asks
     * @param table builds the table from the whole manifest; it must not depend on the rule or the block, nor ask
     *        for another table while it builds (get what it needs from {@code once} first)
     * @param <T> the table's type
     * @return the table
     */
    public <T> T once(String key, Function<Manifest, T> table) {
        return tables.get(key, manifest, table);
    }

    /**
     * The pod labels of every workload of the set, in every namespace: for a finding about what a selector would match
     * in another namespace. When the validator judges a set too large to hold in parts of namespaces, this still
     * covers the whole set, where {@link #manifest()} holds the part only.
     *
     * <pre>{@code
     * context.podLabels().elsewhere(ObjectRef.namespaceOf(service), service.getSpec().getSelector());
     * }</pre>
     *
     * @return the set's pod labels, built once per run
     */
    public PodLabels podLabels() {
        return tables.podLabels();
    }

    /** @return the references between its objects, resolved once for the whole run */
    public References references() {
        return manifest.references();
    }

    /**
     * @param parameter one of the rule's parameters
     * @param <T> its type
     * @return the value the rule set gives it, else its default
     */
    public <T> T parameter(Parameter<T> parameter) {
        Object value = parameters.get(parameter.name());
        return value == null ? parameter.defaultValue() : parameter.cast(value);
    }

    /**
     * @param type a fabric8 model class
     * @param <T> the type
     * @return the objects under judgement of that type, in order
     */
    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return block.all(manifest, type);
    }

    /**
     * @return the workloads under judgement that the rule applies to (by its kinds), in order; then, for a rule that
     *         {@linkplain RuleInfo.Builder#podTemplatesByShape() judges pod templates found by shape}, those found in
     *         the objects under judgement ({@link Workload#foundByShape()} true, owned by a custom resource)
     */
    public List<Workload> workloads() {
        List<Workload> selected = new ArrayList<>();
        for (Workload workload : block.workloads(manifest)) {
            if (rule.info().appliesTo(workload.kind())) {
                selected.add(workload);
            }
        }
        if (rule.info().podTemplatesByShape()) {
            selected.addAll(block.byShape());
        }
        return selected;
    }

    /**
     * @return the objects under judgement that no rule of this run judges: of kinds no rule declares, and not
     *         reached through another object's reference (see {@link Report#unjudged()}), in order
     */
    public List<HasMetadata> unjudged() {
        java.util.Set<HasMetadata> referenced = Unjudged.referenced(tables, manifest);
        List<HasMetadata> selected = new ArrayList<>();
        for (HasMetadata object : block.objects()) {
            if (!tables.unjudged().judges(object, shaped) && !referenced.contains(object)) {
                selected.add(object);
            }
        }
        return selected;
    }

    /** @return the metadata of the rule being run */
    public RuleInfo rule() {
        return rule.info();
    }

    /**
     * @return every container of every workload under judgement, whatever kinds the rule judges, init containers
     *         first, with their paths: for values that rules of different kinds share through {@link #onceForBlock}
     */
    public List<ContainerAt> containersOfEveryKind() {
        return Collections.unmodifiableList(block.containers(manifest));
    }

    /**
     * A value worked out from the objects under judgement and shared by every rule that asks for it by the same key
     * while judging the same block, such as the datastores that the containers of a block run. Where the rules see
     * the whole manifest in one pass, in parallel, each computes its own.
     *
     * @param key the value's name; it must not depend on the rule
     * @param value works it out from this block's objects (through {@link #objects()},
     *        {@link #containersOfEveryKind()}...), never from the rule's kinds or parameters
     * @param <T> its type
     * @return the value
     */
    public <T> T onceForBlock(String key, Supplier<T> value) {
        return block.memo(key, value);
    }

    /**
     * @return every container of those workloads ({@link #workloads()}, pod templates found by shape included where
     *         the rule judges them), each workload's init containers first, with their paths
     */
    public List<ContainerAt> containers() {
        List<ContainerAt> selected = new ArrayList<>();
        for (ContainerAt at : block.containers(manifest)) {
            if (rule.info().appliesTo(at.workload().kind())) {
                selected.add(at);
            }
        }
        if (rule.info().podTemplatesByShape()) {
            selected.addAll(block.containersByShape());
        }
        return selected;
    }

    /**
     * @return every pod volume of those workloads ({@link #workloads()}, pod templates found by shape included where
     *         the rule judges them), with its path
     */
    public List<VolumeAt> volumes() {
        List<VolumeAt> selected = new ArrayList<>();
        for (VolumeAt at : block.volumes(manifest)) {
            if (rule.info().appliesTo(at.workload().kind())) {
                selected.add(at);
            }
        }
        if (rule.info().podTemplatesByShape()) {
            selected.addAll(block.volumesByShape());
        }
        return selected;
    }

    /**
     * @return every PersistentVolumeClaim under judgement and every volumeClaimTemplate of the StatefulSets under
     *         judgement, whatever kinds the rule judges, in object order
     */
    public List<ClaimAt> claims() {
        List<ClaimAt> all = new ArrayList<>();
        for (HasMetadata object : block.objects()) {
            if (object instanceof PersistentVolumeClaim claim) {
                all.add(new ClaimAt(claim, claim, ""));
            }
            if (object instanceof StatefulSet set && set.getSpec() != null
                    && set.getSpec().getVolumeClaimTemplates() != null) {
                List<PersistentVolumeClaim> templates = set.getSpec().getVolumeClaimTemplates();
                for (int i = 0; i < templates.size(); i++) {
                    all.add(new ClaimAt(set, templates.get(i), "spec.volumeClaimTemplates[" + i + "]"));
                }
            }
        }
        return all;
    }

    /**
     * The class a claim or claim template gets, with Kubernetes's precedence (see {@link StorageClasses}): the beta
     * annotation, else {@code spec.storageClassName}, else the one default StorageClass of the set.
     *
     * <pre>{@code
     * for (RuleContext.ClaimAt at : context.claims()) {
     *     if (context.effectiveStorageClass(at.claim()).filter("standard"::equals).isPresent()) {
     *         context.report(at.owner(), at.field("spec.storageClassName"), at.label() + " uses standard disks");
     *     }
     * }
     * }</pre>
     *
     * @param claim a claim or claim template
     * @return the class name, an empty string for {@code storageClassName: ""} (no class); empty when the claim names
     *         none and the set marks no single default (the cluster's default decides)
     */
    public Optional<String> effectiveStorageClass(PersistentVolumeClaim claim) {
        String requested = StorageClasses.requested(claim);
        return requested != null ? Optional.of(requested)
                : once("default-storage-class", StorageClasses::defaultClass);
    }

    /**
     * @param claim a claim or claim template
     * @return the StorageClass of the set that it gets ({@link #effectiveStorageClass}), when the set defines it
     */
    public Optional<StorageClass> storageClassOf(PersistentVolumeClaim claim) {
        return effectiveStorageClass(claim).filter(name -> !name.isEmpty())
                .flatMap(name -> manifest.find(StorageClass.class, "", name));
    }

    /**
     * What {@link Shapes} found missing in an object and kept from the rules (a null list item, a container without a
     * name, an object without a name...): the schema rule {@code missing-required-field} reports these; other rules
     * never see the parts.
     *
     * @param object an object under judgement
     * @return its problems, in document order; empty for nearly every object
     */
    public List<ShapeProblem> shapeProblems(HasMetadata object) {
        return shaped.problemsOf(object);
    }

    /**
     * Records a finding on an object, unless the object suppresses this rule with a reasoned annotation.
     *
     * @param object the object at fault
     * @param fieldPath the field at fault, such as {@code spec.serviceName}; empty for the whole object. Where a broken
     *        list item was kept from the rules, the path is mapped back to the index the user wrote
     * @param message what is wrong, naming the values involved and never a Secret's value
     */
    public void report(HasMetadata object, String fieldPath, String message) {
        reportWritten(object, shaped.writtenPath(object, fieldPath), message);
    }

    /**
     * Records a finding at a path as the user wrote it, such as a {@link ShapeProblem#path()}: unlike
     * {@link #report}, the path is not mapped from the rules' view.
     *
     * @param object the object at fault
     * @param written the field at fault, as written in the object the user gave
     * @param message what is wrong, naming the values involved and never a Secret's value
     */
    public void reportWritten(HasMetadata object, String written, String message) {
        Finding finding = new Finding(rule.id(), severity, ObjectRef.of(object), written, message,
                rule.info().remediation(), Location.of(manifest.sourceOf(object).orElse(null), written));
        if (hasReason(object, SUPPRESSION_PREFIX + rule.id())) {
            suppressed.add(finding);
        } else {
            findings.add(finding);
        }
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * Records that the rule failed on an object: one {@value RuleFailure#ID} finding, never suppressed.
     *
     * @return the finding
     */
    Finding failed(HasMetadata object, Throwable failure) {
        Finding finding = RuleFailure.finding(rule, ObjectRef.of(object),
                Location.of(manifest.sourceOf(object).orElse(null), ""), failure);
        findings.add(finding);
        return finding;
    }

    /** Takes over what another context of the same rule found, after a block was judged again object by object. */
    void absorb(RuleContext other) {
        findings.addAll(other.findings);
        suppressed.addAll(other.suppressed);
    }

    List<Finding> suppressed() {
        return suppressed;
    }

    private static boolean hasReason(HasMetadata object, String annotation) {
        if (object.getMetadata() == null || object.getMetadata().getAnnotations() == null) {
            return false;
        }
        String reason = object.getMetadata().getAnnotations().get(annotation);
        return reason != null && !reason.isBlank();
    }

    /**
     * A container with the workload it runs in and where it sits.
     *
     * @param workload the workload
     * @param container the container
     * @param path its path, such as {@code spec.template.spec.containers[0]}
     * @param init true for an init container
     */
    public record ContainerAt(Workload workload, Container container, String path, boolean init) {
        /** @return the container's name */
        public String name() {
            return container.getName();
        }

        /**
         * @param workloads some workloads
         * @return every container of them, in workload order, each workload's init containers first
         */
        public static List<ContainerAt> allOf(List<Workload> workloads) {
            List<ContainerAt> all = new ArrayList<>();
            for (Workload workload : workloads) {
                for (Workload.PodContainer c : workload.allContainers()) {
                    all.add(new ContainerAt(workload, c.container(), c.path(), c.init()));
                }
            }
            return all;
        }
    }

    /**
     * A claim with the object it is declared in: a PersistentVolumeClaim, or a volumeClaimTemplate of a StatefulSet.
     *
     * @param owner the PersistentVolumeClaim itself, or the StatefulSet: the object findings go on
     * @param claim the claim
     * @param path the claim's path in its owner: empty for a PersistentVolumeClaim, else
     *     {@code spec.volumeClaimTemplates[i]}
     */
    public record ClaimAt(HasMetadata owner, PersistentVolumeClaim claim, String path) {

        /** @return {@code claim data} or {@code volumeClaimTemplate data}, for messages */
        public String label() {
            String name = claim.getMetadata() == null ? "" : claim.getMetadata().getName();
            return (path.isEmpty() ? "claim " : "volumeClaimTemplate ") + name;
        }

        /**
         * @param field a path inside the claim, such as {@code spec.storageClassName}
         * @return the path inside the owner, for {@link RuleContext#report}
         */
        public String field(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    /**
     * A pod volume with the workload it belongs to and where it sits.
     *
     * @param workload the workload
     * @param volume the volume
     * @param path its path, such as {@code spec.template.spec.volumes[1]}
     */
    public record VolumeAt(Workload workload, Volume volume, String path) {
    }
}
