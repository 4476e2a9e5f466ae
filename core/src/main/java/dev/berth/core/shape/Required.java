package dev.berth.core.shape;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Map;

/**
 * The fields Kubernetes requires of a part, from the API server's validation (the {@code Required value} errors of
 * {@code k8s.io/kubernetes/pkg/apis/core/validation} and its siblings, v1.31), limited to what identifies a part: the
 * name a rule keys it by, the number a port is. A part without one gets the zero value in the rules' view (empty text,
 * 0), as a Go linter sees it, so it is still judged; an object without an {@linkplain #anchors anchor} is not.
 */
final class Required {

    /** Parts without which the whole object means nothing, so it is kept from the rules. */
    private static final Map<Class<?>, List<String>> ANCHORS = Map.of(
            RoleBinding.class, List.of("roleRef"),
            ClusterRoleBinding.class, List.of("roleRef"),
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec.class,
            List.of("scaleTargetRef"),
            io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscalerSpec.class,
            List.of("scaleTargetRef"));

    private static final Map<Class<?>, List<String>> FIELDS = Map.ofEntries(
            Map.entry(Container.class, List.of("name")),
            Map.entry(EphemeralContainer.class, List.of("name")),
            Map.entry(Volume.class, List.of("name")),
            Map.entry(VolumeMount.class, List.of("name", "mountPath")),
            Map.entry(EnvVar.class, List.of("name")),
            Map.entry(ContainerPort.class, List.of("containerPort")),
            Map.entry(ServicePort.class, List.of("port")),
            Map.entry(Subject.class, List.of("kind", "name")),
            Map.entry(RoleRef.class, List.of("kind", "name")),
            Map.entry(LabelSelectorRequirement.class, List.of("key", "operator")),
            Map.entry(StorageClass.class, List.of("provisioner")),
            Map.entry(PersistentVolume.class, List.of("spec")),
            Map.entry(io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class, List.of("spec")),
            Map.entry(io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler.class, List.of("spec")),
            Map.entry(NodeSelectorRequirement.class, List.of("key", "operator")),
            Map.entry(TopologySpreadConstraint.class, List.of("maxSkew", "topologyKey", "whenUnsatisfiable")),
            Map.entry(io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference.class,
                    List.of("kind", "name")),
            Map.entry(io.fabric8.kubernetes.api.model.autoscaling.v1.CrossVersionObjectReference.class,
                    List.of("kind", "name")));

    private Required() {
    }

    /**
     * @param type a model class
     * @return the JSON names of the fields it requires, empty for most classes
     */
    static List<String> of(Class<?> type) {
        return FIELDS.getOrDefault(type, List.of());
    }

    /**
     * @param type a model class
     * @return the JSON names of the parts it needs to mean anything, empty for most classes
     */
    static List<String> anchors(Class<?> type) {
        return ANCHORS.getOrDefault(type, List.of());
    }
}
