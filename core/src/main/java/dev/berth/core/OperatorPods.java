package dev.berth.core;

import dev.berth.core.workload.PodTemplatesByShape;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of pods that no workload of the set declares but that run all the same: pods an operator makes from a
 * custom resource of the set, and the static control-plane pods of {@code kube-system}. A selector that matches them
 * does not "select nothing".
 *
 * <p>Where a custom resource's pods get their labels:
 * <ul>
 *   <li>{@code spec.podMetadata.labels} (the Prometheus operator's {@code Prometheus}, {@code Alertmanager},
 *       {@code ThanosRuler}, {@code PrometheusAgent}) and {@code spec.podTemplate.metadata.labels};</li>
 *   <li>the labels of every pod template found by shape in it ({@link PodTemplatesByShape});</li>
 *   <li>the labels the Prometheus operator adds to the pods of a {@code Prometheus} and an {@code Alertmanager} of
 *       group {@code monitoring.coreos.com}: {@code app.kubernetes.io/name: prometheus|alertmanager} and
 *       {@code prometheus|alertmanager: <name>}. Its getting-started and alerting guides expose the pods with
 *       Services that select {@code prometheus: <name>} and {@code alertmanager: <name>}
 *       (https://prometheus-operator.dev/docs/developer/getting-started/,
 *       https://prometheus-operator.dev/docs/developer/alerting/), and kube-prometheus's own Services select
 *       {@code app.kubernetes.io/name: prometheus|alertmanager}. Nothing beyond these is assumed.</li>
 * </ul>
 *
 * <p>The static control-plane pods kubeadm writes to {@code /etc/kubernetes/manifests} carry {@code component:
 * <name>} and {@code tier: control-plane} for {@code kube-apiserver}, {@code etcd}, {@code kube-scheduler} and
 * {@code kube-controller-manager}
 * (https://kubernetes.io/docs/reference/setup-tools/kubeadm/implementation-details/#generate-static-pod-manifests-for-control-plane-components);
 * no manifest declares them, and monitoring stacks select them from {@code kube-system}.
 */
final class OperatorPods {

    private static final String CONTROL_PLANE_NAMESPACE = "kube-system";
    private static final List<Map<String, String>> CONTROL_PLANE = List.of(
            controlPlane("kube-apiserver"), controlPlane("etcd"), controlPlane("kube-scheduler"),
            controlPlane("kube-controller-manager"));
    private static final String PROMETHEUS_GROUP = "monitoring.coreos.com/";

    private final Map<String, List<Map<String, String>>> byNamespace = new HashMap<>();

    OperatorPods(Manifest manifest) {
        byNamespace.put(CONTROL_PLANE_NAMESPACE, new ArrayList<>(CONTROL_PLANE));
        for (HasMetadata object : manifest.objects()) {
            if (object instanceof GenericKubernetesResource custom) {
                List<Map<String, String>> labels = labelsOf(custom);
                if (!labels.isEmpty()) {
                    byNamespace.computeIfAbsent(ObjectRef.namespaceOf(object), n -> new ArrayList<>())
                            .addAll(labels);
                }
            }
        }
    }

    private static Map<String, String> controlPlane(String component) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("component", component);
        labels.put("tier", "control-plane");
        return Map.copyOf(labels);
    }

    /** @return the label sets of the pods the custom resource's operator makes, one per kind of pod */
    private static List<Map<String, String>> labelsOf(GenericKubernetesResource custom) {
        List<Map<String, String>> sets = new ArrayList<>();
        Map<String, Object> fields = custom.getAdditionalProperties();
        Object spec = fields == null ? null : fields.get("spec");
        Map<String, String> declared = new LinkedHashMap<>();
        declared.putAll(PodTemplatesByShape.labels(at(spec, "podMetadata", "labels")));
        declared.putAll(PodTemplatesByShape.labels(at(spec, "podTemplate", "metadata", "labels")));
        declared.putAll(documented(custom));
        if (!declared.isEmpty()) {
            sets.add(declared);
        }
        for (PodTemplatesByShape.Found found : PodTemplatesByShape.find(custom)) {
            if (!found.podLabels().isEmpty()) {
                sets.add(found.podLabels());
            }
        }
        return sets;
    }

    /** The labels the Prometheus operator documents for the pods it makes (see the class comment). */
    private static Map<String, String> documented(GenericKubernetesResource custom) {
        String apiVersion = custom.getApiVersion() == null ? "" : custom.getApiVersion();
        String name = custom.getMetadata() == null ? null : custom.getMetadata().getName();
        if (!apiVersion.startsWith(PROMETHEUS_GROUP) || name == null || name.isEmpty()) {
            return Map.of();
        }
        String app = switch (String.valueOf(custom.getKind())) {
            case "Prometheus" -> "prometheus";
            case "Alertmanager" -> "alertmanager";
            default -> null;
        };
        return app == null ? Map.of() : Map.of("app.kubernetes.io/name", app, app, name);
    }

    private static Object at(Object node, String... keys) {
        Object at = node;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }

    /**
     * @param namespace the selecting object's effective namespace
     * @param selector a label selector
     * @return true when it matches the pods of an operator or of the control plane in that namespace
     */
    boolean selected(String namespace, LabelSelector selector) {
        if (selector == null || Selectors.isEmpty(selector)) {
            return false;
        }
        for (Map<String, String> labels : byNamespace.getOrDefault(namespace, List.of())) {
            if (Selectors.matches(selector, labels)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param namespace the selecting object's effective namespace
     * @param selector equality terms, as a Service uses them
     * @return true when they match the pods of an operator or of the control plane in that namespace
     */
    boolean selected(String namespace, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        for (Map<String, String> labels : byNamespace.getOrDefault(namespace, List.of())) {
            if (Selectors.matchesAll(selector, labels)) {
                return true;
            }
        }
        return false;
    }
}
