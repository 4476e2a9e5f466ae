package dev.berth.core;

import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Small fabric8 objects for the tests of the resource set, and the shared corpus. */
final class K8s {

    private K8s() {
    }

    /** @return the corpus of real-world manifests shared by the modules */
    static Path corpus() {
        String shared = System.getProperty("berth.shared");
        if (shared == null) {
            throw new IllegalStateException("run the tests through Maven: the system property berth.shared is unset");
        }
        return Path.of(shared, "corpus");
    }

    /** @return the manifest read from these corpus files, in the order given */
    static Manifest readCorpus(String... files) {
        return new ManifestReader().read(Arrays.stream(files).map(f -> corpus().resolve(f)).toArray(Path[]::new));
    }

    static Deployment deployment(String namespace, String name, Map<String, String> podLabels) {
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec()
                .withNewSelector().withMatchLabels(podLabels).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(podLabels).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("nginx:1.27").endContainer().endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    static StatefulSet statefulSet(String namespace, String name, String serviceName, Map<String, String> podLabels) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec()
                .withServiceName(serviceName)
                .withNewSelector().withMatchLabels(podLabels).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(podLabels).endMetadata()
                .withNewSpec().addNewContainer().withName("db").withImage("postgres:16").endContainer().endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    static Pod pod(String namespace, String name, Map<String, String> labels) {
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("busybox:1.36").endContainer().endSpec()
                .build();
    }

    static Service service(String namespace, String name, Map<String, String> selector) {
        return new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().withSelector(selector).addNewPort().withPort(80).endPort().endSpec()
                .build();
    }

    static ServiceAccount serviceAccount(String namespace, String name) {
        return new ServiceAccountBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .build();
    }

    static ConfigMap configMap(String namespace, String name) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToData("k", "v").build();
    }

    static Secret secret(String namespace, String name) {
        return new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToStringData("k", "v").build();
    }

    static StorageClass storageClass(String name) {
        return new StorageClassBuilder().withNewMetadata().withName(name).endMetadata()
                .withProvisioner("kubernetes.io/no-provisioner").build();
    }

    static PersistentVolume persistentVolume(String name) {
        return new PersistentVolumeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withNewHostPath().withPath("/data").endHostPath().endSpec().build();
    }

    static ClusterRole clusterRole(String name) {
        return new ClusterRoleBuilder().withNewMetadata().withName(name).endMetadata()
                .addNewRule().withApiGroups("").withResources("pods").withVerbs("get").endRule().build();
    }

    static Namespace namespace(String name) {
        return new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build();
    }
}
