package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the kinds the validator inspects to typed fabric8 classes: a model jar missing from the build would otherwise
 * turn them silently into generic resources, and every rule about them would go quiet.
 */
class TypedKindsTest {

    @ParameterizedTest(name = "{0} {1} reads as {2}")
    @CsvSource({
        "v1, Pod, io.fabric8.kubernetes.api.model.Pod",
        "v1, Service, io.fabric8.kubernetes.api.model.Service",
        "v1, ServiceAccount, io.fabric8.kubernetes.api.model.ServiceAccount",
        "v1, ConfigMap, io.fabric8.kubernetes.api.model.ConfigMap",
        "v1, Secret, io.fabric8.kubernetes.api.model.Secret",
        "v1, Namespace, io.fabric8.kubernetes.api.model.Namespace",
        "v1, PersistentVolume, io.fabric8.kubernetes.api.model.PersistentVolume",
        "v1, PersistentVolumeClaim, io.fabric8.kubernetes.api.model.PersistentVolumeClaim",
        "v1, ReplicationController, io.fabric8.kubernetes.api.model.ReplicationController",
        "apps/v1, Deployment, io.fabric8.kubernetes.api.model.apps.Deployment",
        "apps/v1, StatefulSet, io.fabric8.kubernetes.api.model.apps.StatefulSet",
        "apps/v1, DaemonSet, io.fabric8.kubernetes.api.model.apps.DaemonSet",
        "apps/v1, ReplicaSet, io.fabric8.kubernetes.api.model.apps.ReplicaSet",
        "apps/v1beta1, StatefulSet, io.fabric8.kubernetes.api.model.apps.StatefulSet",
        "apps/v1beta2, Deployment, io.fabric8.kubernetes.api.model.apps.Deployment",
        "extensions/v1beta1, Deployment, io.fabric8.kubernetes.api.model.apps.Deployment",
        "extensions/v1beta1, DaemonSet, io.fabric8.kubernetes.api.model.apps.DaemonSet",
        "batch/v1, Job, io.fabric8.kubernetes.api.model.batch.v1.Job",
        "batch/v1, CronJob, io.fabric8.kubernetes.api.model.batch.v1.CronJob",
        "batch/v1beta1, CronJob, io.fabric8.kubernetes.api.model.batch.v1beta1.CronJob",
        "rbac.authorization.k8s.io/v1, Role, io.fabric8.kubernetes.api.model.rbac.Role",
        "rbac.authorization.k8s.io/v1, RoleBinding, io.fabric8.kubernetes.api.model.rbac.RoleBinding",
        "rbac.authorization.k8s.io/v1, ClusterRole, io.fabric8.kubernetes.api.model.rbac.ClusterRole",
        "rbac.authorization.k8s.io/v1, ClusterRoleBinding, io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding",
        "rbac.authorization.k8s.io/v1beta1, ClusterRole, io.fabric8.kubernetes.api.model.rbac.ClusterRole",
        "networking.k8s.io/v1, NetworkPolicy, io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy",
        "extensions/v1beta1, NetworkPolicy, io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy",
        "networking.k8s.io/v1, Ingress, io.fabric8.kubernetes.api.model.networking.v1.Ingress",
        "extensions/v1beta1, Ingress, io.fabric8.kubernetes.api.model.networking.v1beta1.Ingress",
        "policy/v1, PodDisruptionBudget, io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget",
        "policy/v1beta1, PodDisruptionBudget, io.fabric8.kubernetes.api.model.policy.v1beta1.PodDisruptionBudget",
        "autoscaling/v2, HorizontalPodAutoscaler, io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler",
        "autoscaling/v1, HorizontalPodAutoscaler, io.fabric8.kubernetes.api.model.autoscaling.v1.HorizontalPodAutoscaler",
        "autoscaling/v2beta2, HorizontalPodAutoscaler, io.fabric8.kubernetes.api.model.autoscaling.v2beta2.HorizontalPodAutoscaler",
        "autoscaling/v2beta1, HorizontalPodAutoscaler, io.fabric8.kubernetes.api.model.autoscaling.v2beta1.HorizontalPodAutoscaler",
        "storage.k8s.io/v1, StorageClass, io.fabric8.kubernetes.api.model.storage.StorageClass",
        "scheduling.k8s.io/v1, PriorityClass, io.fabric8.kubernetes.api.model.scheduling.v1.PriorityClass",
        "apiextensions.k8s.io/v1, CustomResourceDefinition, io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition",
    })
    void every_kind_the_validator_inspects_is_read_typed(String apiVersion, String kind, String className) {
        // GIVEN a minimal object of the kind
        String yaml = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: x\n";
        // WHEN
        HasMetadata object = new ManifestReader().readString(yaml).objects().get(0);
        // THEN
        assertThat(object).isNotInstanceOf(GenericKubernetesResource.class);
        assertThat(object.getClass().getName()).isEqualTo(className);
        assertThat(object.getKind()).isEqualTo(kind);
        assertThat(object.getApiVersion()).isEqualTo(apiVersion);
    }

    @ParameterizedTest(name = "{0} {1} reads as {2}")
    @CsvSource({
        "v1, Deployment, io.fabric8.kubernetes.api.model.apps.Deployment",
        "v1, StatefulSet, io.fabric8.kubernetes.api.model.apps.StatefulSet",
        "v1, PodDisruptionBudget, io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget",
        "apps/v1, HorizontalPodAutoscaler, io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler",
        "networking.k8s.io/v1, CronJob, io.fabric8.kubernetes.api.model.batch.v1.CronJob",
    })
    void a_known_kind_under_a_wrong_built_in_api_version_is_still_typed(String apiVersion, String kind,
            String className) {
        // GIVEN a minimal, not schema-valid object, as linters' test fixtures often are
        String yaml = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: x\n";
        // WHEN
        HasMetadata object = new ManifestReader().readString(yaml).objects().get(0);
        // THEN it is judged as that kind, and keeps the apiVersion it was written with
        assertThat(object.getClass().getName()).isEqualTo(className);
        assertThat(object.getApiVersion()).isEqualTo(apiVersion);
    }

    @ParameterizedTest(name = "{0} {1} stays generic")
    @CsvSource({
        "serving.knative.dev/v1, Service",
        "example.com/v1, Deployment",
        "monitoring.coreos.com/v1, Pod",
    })
    void a_custom_resource_sharing_a_built_in_kind_name_stays_generic(String apiVersion, String kind) {
        String yaml = "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: x\n";
        HasMetadata object = new ManifestReader().readString(yaml).objects().get(0);
        assertThat(object).isInstanceOf(GenericKubernetesResource.class);
    }
}
