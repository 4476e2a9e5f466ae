package dev.berth.core.workload;

import dev.berth.core.ObjectRef;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One view over the pods of any workload kind: Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController,
 * Job, CronJob (both {@code batch/v1} and {@code batch/v1beta1}) and a bare Pod.
 *
 * <p>Rules and assertions that judge "every pod spec" or "every container" go through this view instead of handling
 * eight kinds; {@link #podSpecPath()} says where the pod spec sits, so a finding can name the exact field.
 *
 * <pre>{@code
 * Workload.of(statefulSet).ifPresent(w -> {
 *     w.podSpecPath();         // "spec.template.spec"
 *     w.podLabels();           // {app.kubernetes.io/name=db}
 *     w.replicas();            // OptionalInt[3]
 * });
 * }</pre>
 */
public final class Workload {

    private final HasMetadata owner;
    private final PodTemplateSpec template;
    private final LabelSelector selector;
    private final Integer replicas;
    private final String templatePath;
    private final String podSpecPath;
    private final boolean byShape;

    private Workload(HasMetadata owner, PodTemplateSpec template, LabelSelector selector, Integer replicas,
            String templatePath) {
        this(owner, template, selector, replicas, templatePath,
                templatePath.isEmpty() ? "spec" : templatePath + ".spec", false);
    }

    private Workload(HasMetadata owner, PodTemplateSpec template, LabelSelector selector, Integer replicas,
            String templatePath, String podSpecPath, boolean byShape) {
        this.owner = owner;
        this.template = template;
        this.selector = selector;
        this.replicas = replicas;
        this.templatePath = templatePath;
        this.podSpecPath = podSpecPath;
        this.byShape = byShape;
    }

    /** A pod template {@link PodTemplatesByShape} found inside an object of a kind Berth does not model. */
    static Workload byShape(HasMetadata owner, PodTemplateSpec template, String templatePath, String podSpecPath) {
        return new Workload(owner, template, null, null, templatePath, podSpecPath, true);
    }

    /**
     * @param object any Kubernetes object
     * @return the workload view when the object runs pods, else empty
     */
    public static Optional<Workload> of(HasMetadata object) {
        if (object instanceof Deployment d && d.getSpec() != null) {
            return Optional.of(new Workload(d, d.getSpec().getTemplate(), d.getSpec().getSelector(),
                    d.getSpec().getReplicas(), "spec.template"));
        }
        if (object instanceof StatefulSet s && s.getSpec() != null) {
            return Optional.of(new Workload(s, s.getSpec().getTemplate(), s.getSpec().getSelector(),
                    s.getSpec().getReplicas(), "spec.template"));
        }
        if (object instanceof DaemonSet d && d.getSpec() != null) {
            return Optional.of(new Workload(d, d.getSpec().getTemplate(), d.getSpec().getSelector(), null,
                    "spec.template"));
        }
        if (object instanceof ReplicaSet r && r.getSpec() != null) {
            return Optional.of(new Workload(r, r.getSpec().getTemplate(), r.getSpec().getSelector(),
                    r.getSpec().getReplicas(), "spec.template"));
        }
        if (object instanceof ReplicationController r && r.getSpec() != null) {
            Map<String, String> labels = r.getSpec().getSelector();
            if (labels == null || labels.isEmpty()) {
                // The API server defaults an empty selector to the pod template's labels.
                PodTemplateSpec template = r.getSpec().getTemplate();
                labels = template == null || template.getMetadata() == null ? null
                        : template.getMetadata().getLabels();
            }
            LabelSelector selector = labels == null || labels.isEmpty()
                    ? null : new LabelSelectorBuilder().withMatchLabels(labels).build();
            return Optional.of(new Workload(r, r.getSpec().getTemplate(), selector, r.getSpec().getReplicas(),
                    "spec.template"));
        }
        if (object instanceof Job j && j.getSpec() != null) {
            return Optional.of(new Workload(j, j.getSpec().getTemplate(), j.getSpec().getSelector(), null,
                    "spec.template"));
        }
        if (object instanceof CronJob c) {
            return cronJob(c, c.getSpec() == null ? null : c.getSpec().getJobTemplate(),
                    t -> ((io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec) t).getSpec() == null ? null
                            : ((io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec) t).getSpec().getTemplate());
        }
        if (object instanceof io.fabric8.kubernetes.api.model.batch.v1beta1.CronJob c) {
            return cronJob(c, c.getSpec() == null ? null : c.getSpec().getJobTemplate(),
                    t -> ((io.fabric8.kubernetes.api.model.batch.v1beta1.JobTemplateSpec) t).getSpec() == null
                            ? null
                            : ((io.fabric8.kubernetes.api.model.batch.v1beta1.JobTemplateSpec) t).getSpec()
                                    .getTemplate());
        }
        if (object instanceof Pod p) {
            ObjectMeta meta = p.getMetadata() == null ? new ObjectMeta() : p.getMetadata();
            return Optional.of(new Workload(p, new PodTemplateSpec(meta, p.getSpec()), null, null, ""));
        }
        return Optional.empty();
    }

    private static Optional<Workload> cronJob(HasMetadata owner, Object jobTemplate,
            Function<Object, PodTemplateSpec> template) {
        if (jobTemplate == null) {
            return Optional.empty();
        }
        return Optional.of(new Workload(owner, template.apply(jobTemplate), null, null,
                "spec.jobTemplate.spec.template"));
    }

    /** @return the object that owns the pods (the Deployment, the StatefulSet, the Pod itself...) */
    public HasMetadata owner() {
        return owner;
    }

    /** @return the owner's reference, such as {@code Deployment shop/web} */
    public ObjectRef ref() {
        return ObjectRef.of(owner);
    }

    /** @return the owner's kind, empty when the object names none */
    public String kind() {
        return owner.getKind() == null ? "" : owner.getKind();
    }

    /** @return the owner's effective namespace */
    public String namespace() {
        return ObjectRef.namespaceOf(owner);
    }

    /** @return the owner's name, empty when the object names none */
    public String name() {
        return owner.getMetadata() == null || owner.getMetadata().getName() == null
                ? "" : owner.getMetadata().getName();
    }

    /**
     * @return true for a pod template {@link PodTemplatesByShape found by its shape} inside an object of a kind Berth
     *         does not model (a JobSet, a RayService...), which only the container and pod rules judge; false for the
     *         kinds {@link #of} knows
     */
    public boolean foundByShape() {
        return byShape;
    }

    /** @return true for a bare Pod, which no controller recreates */
    public boolean isBarePod() {
        return owner instanceof Pod;
    }

    /** @return the pod template, possibly empty when the manifest leaves it out */
    public Optional<PodTemplateSpec> template() {
        return Optional.ofNullable(template);
    }

    /** @return the pod spec, when the manifest gives one */
    public Optional<PodSpec> podSpec() {
        return Optional.ofNullable(spec());
    }

    /** The pod spec or null: what {@link #podSpec()} wraps, for the traversals every rule runs. */
    private PodSpec spec() {
        return template == null ? null : template.getSpec();
    }

    /** @return the labels every pod gets, never null */
    public Map<String, String> podLabels() {
        if (template == null || template.getMetadata() == null || template.getMetadata().getLabels() == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(template.getMetadata().getLabels());
    }

    /** @return the annotations every pod gets, never null */
    public Map<String, String> podAnnotations() {
        if (template == null || template.getMetadata() == null
                || template.getMetadata().getAnnotations() == null) {
            return Map.of();
        }
        return Collections.unmodifiableMap(template.getMetadata().getAnnotations());
    }

    /**
     * @return the controller's pod selector; empty for a bare Pod or a CronJob. A ReplicationController's map selector
     *         reads as {@code matchLabels}, defaulted to the pod template's labels as the API server does
     */
    public Optional<LabelSelector> selector() {
        return Optional.ofNullable(selector);
    }

    /** @return the declared replicas; empty where the kind has none or the manifest leaves it to the default */
    public OptionalInt replicas() {
        return replicas == null ? OptionalInt.empty() : OptionalInt.of(replicas);
    }

    /**
     * @return the path of the pod template, such as {@code spec.template}; empty for a bare Pod; for a pod spec found
     *         by shape without a template, the pod spec's path
     */
    public String templatePath() {
        return templatePath;
    }

    /** @return the path of the pod spec, such as {@code spec.template.spec}, or {@code spec} for a bare Pod */
    public String podSpecPath() {
        return podSpecPath;
    }

    /** @return the containers, never null */
    public List<Container> containers() {
        PodSpec spec = spec();
        return readOnly(spec == null ? null : spec.getContainers());
    }

    /** @return the init containers, never null */
    public List<Container> initContainers() {
        PodSpec spec = spec();
        return readOnly(spec == null ? null : spec.getInitContainers());
    }

    private static List<Container> readOnly(List<Container> containers) {
        return containers == null ? List.of() : Collections.unmodifiableList(containers);
    }

    /**
     * Every container with the path where it sits: init containers first, then containers, as the kubelet starts them.
     *
     * @return the containers with their paths, such as {@code spec.template.spec.containers[1]}
     */
    public List<PodContainer> allContainers() {
        PodSpec spec = spec();
        List<Container> init = spec == null || spec.getInitContainers() == null ? List.of() : spec.getInitContainers();
        List<Container> main = spec == null || spec.getContainers() == null ? List.of() : spec.getContainers();
        List<PodContainer> all = new ArrayList<>(init.size() + main.size());
        for (int i = 0; i < init.size(); i++) {
            all.add(new PodContainer(init.get(i), podSpecPath + ".initContainers[" + i + "]", true));
        }
        for (int i = 0; i < main.size(); i++) {
            all.add(new PodContainer(main.get(i), podSpecPath + ".containers[" + i + "]", false));
        }
        return all;
    }

    @Override
    public String toString() {
        return ref().toString();
    }

    /**
     * A container of a workload, with its field path.
     *
     * @param container the container
     * @param path where it sits, such as {@code spec.template.spec.containers[0]}
     * @param init true for an init container
     */
    public record PodContainer(Container container, String path, boolean init) {
    }
}
