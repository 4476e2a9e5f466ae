package dev.berth.core.workload;

import dev.berth.core.internal.Json;
import dev.berth.core.source.FieldPaths;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds pod templates and pod specs by their shape inside objects of kinds Berth does not model (custom resources such
 * as JobSet, RayService, Argo Rollouts, Knative and KServe services), so the container and pod rules can judge them.
 *
 * <p>The shapes, looked for anywhere under the object's top-level fields except {@code metadata} and {@code status}:
 * <ul>
 *   <li>a <em>pod template</em> is a mapping whose {@code spec} is a mapping with a {@code containers} list;</li>
 *   <li>a <em>pod spec</em> is a mapping with a {@code containers} list directly (Knative's and KServe's
 *       {@code spec.template.spec} is a template; a JobSet's {@code ...template.spec.template} is one too);</li>
 * </ul>
 * where a {@code containers} list has at least one item and every item that is not empty is a mapping with an
 * {@code image}. The search does not go inside what it found: a pod template holds no other.
 *
 * <pre>{@code
 * for (PodTemplatesByShape.Found found : PodTemplatesByShape.find(jobSet)) {
 *     found.path();        // "spec.replicatedJobs[0].template.spec.template"
 *     found.podLabels();   // {app=trainer}
 *     found.workload();    // Optional[JobSet ml/train], its containers at ...template.spec.containers[0]
 * }
 * }</pre>
 */
public final class PodTemplatesByShape {

    private static final String CONTAINERS = "containers";

    private PodTemplatesByShape() {
    }

    /**
     * @param object any object
     * @return the pod templates and pod specs found by shape, in document order; empty for the kinds Berth models
     *         (their pod templates are {@link Workload#of found by kind}) and for objects that hold none
     */
    public static List<Found> find(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource generic) || generic.getAdditionalProperties() == null) {
            return List.of();
        }
        List<Found> found = new ArrayList<>(0);
        for (Map.Entry<String, Object> field : generic.getAdditionalProperties().entrySet()) {
            if (!field.getKey().equals("metadata") && !field.getKey().equals("status")) {
                search(object, field.getValue(), FieldPaths.field("", field.getKey()), found);
            }
        }
        return found;
    }

    /**
     * @param labels a {@code labels} mapping as read from a custom resource, or anything else
     * @return its text keys and values, in order; empty when it is no mapping
     */
    public static Map<String, String> labels(Object labels) {
        if (!(labels instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> text = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key instanceof String k && value instanceof String v) {
                text.put(k, v);
            }
        });
        return text;
    }

    private static void search(HasMetadata owner, Object node, String path, List<Found> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("spec") instanceof Map<?, ?> spec && holdsContainers(spec)) {
                found.add(new Found(owner, path, map, false));
                return;
            }
            if (holdsContainers(map)) {
                found.add(new Found(owner, path, map, true));
                return;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String key) {
                    search(owner, entry.getValue(), FieldPaths.field(path, key), found);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                search(owner, list.get(i), FieldPaths.item(path, i), found);
            }
        }
    }

    private static boolean holdsContainers(Map<?, ?> map) {
        if (!(map.get(CONTAINERS) instanceof List<?> containers) || containers.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Object container : containers) {
            if (container == null) {
                continue;
            }
            if (!(container instanceof Map<?, ?> fields) || !fields.containsKey("image")) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * A pod template or pod spec found by shape.
     *
     * @param owner the object it sits in
     * @param path where it sits, such as {@code spec.template} (a template) or {@code spec.workerGroupSpecs[0].spec}
     *        (a pod spec found without its template)
     * @param node the mapping as read
     * @param podSpec true for a pod spec, false for a pod template
     */
    public record Found(HasMetadata owner, String path, Map<?, ?> node, boolean podSpec) {

        /** @return the labels the template gives its pods, never null; empty for a pod spec, which carries none */
        public Map<String, String> podLabels() {
            return podSpec || !(node.get("metadata") instanceof Map<?, ?> metadata) ? Map.of()
                    : labels(metadata.get("labels"));
        }

        /**
         * Reads the mapping as a pod template, with the API server's types; a new model object on each call.
         *
         * @return the workload view, its pod spec at {@code <path>.spec} for a template and {@code <path>} for a pod
         *         spec; empty when a field has the wrong type (the schema of the owner's kind is its CRD's, which
         *         Berth does not read, so such a template is left to that CRD's validation and counted unjudged)
         */
        public Optional<Workload> workload() {
            try {
                if (podSpec) {
                    PodSpec spec = Json.mapper().convertValue(node, PodSpec.class);
                    return Optional.of(Workload.byShape(owner, new PodTemplateSpec(new ObjectMeta(), spec), path,
                            path));
                }
                PodTemplateSpec template = Json.mapper().convertValue(node, PodTemplateSpec.class);
                return Optional.of(Workload.byShape(owner, template, path, FieldPaths.field(path, "spec")));
            } catch (IllegalArgumentException wrongType) {
                return Optional.empty();
            }
        }
    }
}
