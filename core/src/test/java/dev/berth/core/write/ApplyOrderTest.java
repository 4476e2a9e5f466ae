package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects print in the order {@code kubectl apply} can create them. */
class ApplyOrderTest {

    @Test
    void objects_print_namespaces_first_then_definitions_config_rbac_claims_services_workloads_and_policies() {
        // GIVEN one object of many kinds, listed in reverse of apply order
        List<HasMetadata> objects = List.of(
                new IngressBuilder().withNewMetadata().withName("web").withNamespace("shop").endMetadata().build(),
                Fixtures.allowAllIngress(),
                new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("api").withNamespace("shop")
                        .endMetadata().build(),
                new PodDisruptionBudgetBuilder().withNewMetadata().withName("db").withNamespace("shop").endMetadata()
                        .build(),
                Fixtures.statefulSet(),
                new DeploymentBuilder().withNewMetadata().withName("api").withNamespace("shop").endMetadata().build(),
                Fixtures.headlessService(),
                new PersistentVolumeClaimBuilder().withNewMetadata().withName("data").withNamespace("shop")
                        .endMetadata().build(),
                new RoleBindingBuilder().withNewMetadata().withName("api").withNamespace("shop").endMetadata().build(),
                new ClusterRoleBuilder().withNewMetadata().withName("reader").endMetadata().build(),
                new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace("shop").endMetadata()
                        .build(),
                Fixtures.secret(),
                new ServiceAccountBuilder().withNewMetadata().withName("api").withNamespace("shop").endMetadata()
                        .build(),
                new StorageClassBuilder().withNewMetadata().withName("fast").endMetadata().build(),
                new CustomResourceDefinitionBuilder().withNewMetadata().withName("certificates.cert-manager.io")
                        .endMetadata().build(),
                Fixtures.namespace("shop"));
        // WHEN they are written
        List<HasMetadata> printed = ManifestWriter.yaml().ordered(Manifest.of(objects));
        // THEN they come in apply order
        assertThat(printed).extracting(HasMetadata::getKind).containsExactly("Namespace",
                "CustomResourceDefinition", "StorageClass", "ServiceAccount", "Secret", "ConfigMap", "ClusterRole",
                "RoleBinding", "PersistentVolumeClaim", "Service", "Deployment", "StatefulSet",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "Ingress");
    }

    @Test
    void objects_of_one_kind_sort_by_namespace_then_name() {
        // GIVEN ConfigMaps in two namespaces, out of order
        List<HasMetadata> objects = List.of(configMap("shop", "b"), configMap("billing", "z"),
                configMap("shop", "a"), configMap(null, "m"));
        // WHEN they are ordered
        List<HasMetadata> printed = ApplyOrder.sort(objects);
        // THEN the effective namespace comes first ("default" for none), then the name
        assertThat(printed).extracting(o -> o.getMetadata().getName()).containsExactly("z", "m", "a", "b");
    }

    @Test
    void custom_resources_and_unknown_kinds_come_after_every_known_kind() {
        // GIVEN a custom resource and a NetworkPolicy, the custom resource first
        Manifest manifest = Manifest.of(Fixtures.certificate(), Fixtures.allowAllIngress());
        // WHEN the manifest is written
        String yaml = ManifestWriter.yaml().write(manifest);
        // THEN the NetworkPolicy comes first
        assertThat(yaml.indexOf("kind: NetworkPolicy")).isLessThan(yaml.indexOf("kind: Certificate"));
        assertThat(ApplyOrder.rankOf("Certificate")).isEqualTo(ApplyOrder.kinds().size());
    }

    @Test
    void with_apply_order_off_objects_keep_the_manifest_order() {
        // GIVEN a Service before its Namespace
        Manifest manifest = Manifest.of(Fixtures.headlessService(), Fixtures.namespace("shop"));
        // WHEN written with apply order off
        String yaml = ManifestWriter.yaml().withApplyOrder(false).write(manifest);
        // THEN the Service stays first
        assertThat(yaml).startsWith("apiVersion: v1\nkind: Service\n");
    }

    private static HasMetadata configMap(String namespace, String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata().build();
    }
}
