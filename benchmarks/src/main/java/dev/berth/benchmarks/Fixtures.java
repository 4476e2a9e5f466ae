package dev.berth.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects the benchmarks write and read: StatefulSets with their governing headless Services, as a database
 * platform would deploy them. Deterministic, so figures compare from run to run.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * @param count how many StatefulSets, each followed by its Service
     * @return {@code 2 * count} objects
     */
    public static List<HasMetadata> statefulSetsWithServices(int count) {
        List<HasMetadata> objects = new ArrayList<>(2 * count);
        for (int i = 0; i < count; i++) {
            String name = "db-" + i;
            String namespace = "team-" + (i % 50);
            Map<String, String> labels = Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "shop",
                    "app.kubernetes.io/managed-by", "berth");
            objects.add(new ServiceBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels).endMetadata()
                    .withNewSpec().withClusterIP("None").withSelector(Map.of("app.kubernetes.io/name", name))
                    .addNewPort().withName("postgresql").withPort(5432).withTargetPort(new IntOrString("postgresql"))
                    .endPort().endSpec().build());
            objects.add(new StatefulSetBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace).withLabels(labels)
                    .addToAnnotations("berth.dev/checksum-config", Integer.toHexString(name.hashCode()))
                    .endMetadata()
                    .withNewSpec().withReplicas(3).withServiceName(name).withPodManagementPolicy("OrderedReady")
                    .withNewSelector().addToMatchLabels("app.kubernetes.io/name", name).endSelector()
                    .withNewTemplate()
                    .withNewMetadata().withLabels(labels).endMetadata()
                    .withNewSpec()
                    .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(999L).withFsGroup(999L)
                    .endSecurityContext()
                    .addNewContainer().withName("postgresql").withImage("postgres:16.4")
                    .addNewPort().withName("postgresql").withContainerPort(5432).endPort()
                    .addNewEnv().withName("POSTGRES_PASSWORD").withNewValueFrom().withNewSecretKeyRef()
                    .withName(name + "-credentials").withKey("password").endSecretKeyRef().endValueFrom().endEnv()
                    .addNewEnv().withName("PGDATA").withValue("/var/lib/postgresql/data/pgdata").endEnv()
                    .withNewResources().addToRequests("cpu", new Quantity("500m"))
                    .addToRequests("memory", new Quantity("1Gi")).addToLimits("memory", new Quantity("1Gi"))
                    .endResources()
                    .withNewReadinessProbe().withNewExec().withCommand("pg_isready", "-U", "postgres").endExec()
                    .withPeriodSeconds(10).endReadinessProbe()
                    .addNewVolumeMount().withName("data").withMountPath("/var/lib/postgresql/data").endVolumeMount()
                    .withNewSecurityContext().withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true)
                    .withNewCapabilities().addToDrop("ALL").endCapabilities().endSecurityContext()
                    .endContainer()
                    .endSpec().endTemplate()
                    .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata()
                    .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("ssd-retain")
                    .withNewResources().addToRequests("storage", new Quantity("20Gi")).endResources()
                    .endSpec().endVolumeClaimTemplate()
                    .withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted("Retain").withWhenScaled("Retain")
                    .endPersistentVolumeClaimRetentionPolicy()
                    .endSpec().build());
        }
        return objects;
    }
}
