package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same 100-component application two ways: with the DSL, and with hand-written fabric8 builders that produce
 * equal objects (checked by {@code DslFixturesTest}). 80 stateless services (ServiceAccount, Deployment, Service,
 * PodDisruptionBudget) and 20 PostgreSQL datastores (ServiceAccount, StatefulSet, headless and client Services,
 * PodDisruptionBudget): 420 objects.
 */
public final class DslFixtures {

    /** Components of each kind. */
    public static final int SERVICES = 80;
    /** Datastores. */
    public static final int DATASTORES = 20;

    private static final String APP = "bench";

    private DslFixtures() {
    }

    /** @return the application, described with the DSL */
    public static Application dsl() {
        var app = Berth.application(APP);
        for (int i = 0; i < SERVICES; i++) {
            app.add(Berth.statelessService("svc-" + i).image("ghcr.io/acme/svc-" + i + ":1.0." + i)
                    .expose(Ports.http(8080))
                    .env("LOG_LEVEL", EnvValues.of("info"))
                    .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-" + (i % DATASTORES)
                            + "-credentials"), "password"))
                    .readiness(Probes.http("/ready", 8080)));
        }
        for (int i = 0; i < DATASTORES; i++) {
            app.add(Berth.datastore("db-" + i, DatastorePresets.postgresql()));
        }
        return app.build();
    }

    /** @return the same objects, built with fabric8 builders by hand */
    public static Manifest handWritten() {
        List<HasMetadata> objects = new ArrayList<>(420);
        for (int i = 0; i < SERVICES; i++) {
            service(objects, "svc-" + i, "1.0." + i, "db-" + (i % DATASTORES) + "-credentials");
        }
        for (int i = 0; i < DATASTORES; i++) {
            datastore(objects, "db-" + i);
        }
        return Manifest.of(objects);
    }

    private static Map<String, String> selector(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app.kubernetes.io/name", name);
        m.put("app.kubernetes.io/instance", APP);
        return m;
    }

    private static Map<String, String> labels(String name, String role) {
        Map<String, String> m = selector(name);
        if (role != null) {
            m.put("app.kubernetes.io/component", role);
        }
        m.put("app.kubernetes.io/part-of", APP);
        m.put("app.kubernetes.io/managed-by", "berth");
        return m;
    }

    private static ObjectMeta meta(String name, Map<String, String> labels) {
        return new ObjectMetaBuilder().withName(name).withNamespace(APP).withLabels(labels).build();
    }

    private static Probe timed(ProbeBuilder b) {
        return b.withPeriodSeconds(10).withTimeoutSeconds(3).withFailureThreshold(3).build();
    }

    private static io.fabric8.kubernetes.api.model.SecurityContext containerSecurity(boolean readOnly) {
        return new io.fabric8.kubernetes.api.model.SecurityContextBuilder().withAllowPrivilegeEscalation(false)
                .withReadOnlyRootFilesystem(readOnly).withRunAsNonRoot(true).withNewCapabilities().withDrop("ALL")
                .endCapabilities().build();
    }

    private static PodSpecBuilder pod(String name, long uid) {
        return new PodSpecBuilder().withServiceAccountName(name).withAutomountServiceAccountToken(false)
                .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(uid).withRunAsGroup(uid)
                .withFsGroup(uid).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                .endSecurityContext();
    }

    private static void spread(PodSpecBuilder pod, String name, String when) {
        pod.addNewTopologySpreadConstraint().withMaxSkew(1).withTopologyKey("kubernetes.io/hostname")
                .withWhenUnsatisfiable(when).withNewLabelSelector().withMatchLabels(selector(name)).endLabelSelector()
                .endTopologySpreadConstraint();
    }

    private static void budget(List<HasMetadata> out, String name, String role) {
        out.add(new PodDisruptionBudgetBuilder().withMetadata(meta(name, labels(name, role))).withNewSpec()
                .withMaxUnavailable(new IntOrString(1)).withNewSelector().withMatchLabels(selector(name))
                .endSelector().endSpec().build());
    }

    private static void service(List<HasMetadata> out, String name, String tag, String secret) {
        out.add(new ServiceAccountBuilder().withMetadata(meta(name, labels(name, null)))
                .withAutomountServiceAccountToken(false).build());
        Map<String, String> podLabels = labels(name, null);
        podLabels.put("app.kubernetes.io/version", tag);
        PodSpecBuilder pod = pod(name, 10001).addToContainers(new ContainerBuilder().withName(name)
                .withImage("ghcr.io/acme/" + name + ":" + tag).withImagePullPolicy("IfNotPresent")
                .withEnv(new EnvVarBuilder().withName("LOG_LEVEL").withValue("info").build(),
                        new EnvVarBuilder().withName("DB_PASSWORD").withNewValueFrom().withNewSecretKeyRef()
                                .withName(secret).withKey("password").endSecretKeyRef().endValueFrom().build())
                .withNewResources().addToRequests("cpu", new Quantity("100m"))
                .addToRequests("memory", new Quantity("128Mi")).addToLimits("memory", new Quantity("256Mi"))
                .endResources()
                .withVolumeMounts(new VolumeMountBuilder().withName("tmp").withMountPath("/tmp").build())
                .withSecurityContext(containerSecurity(true))
                .addNewPort().withName("http").withContainerPort(8080).withProtocol("TCP").endPort()
                .withReadinessProbe(timed(new ProbeBuilder().withNewHttpGet().withPath("/ready")
                        .withPort(new IntOrString(8080)).endHttpGet()))
                .build())
                .withVolumes(new VolumeBuilder().withName("tmp").withNewEmptyDir()
                        .withSizeLimit(new Quantity("64Mi")).endEmptyDir().build());
        spread(pod, name, "ScheduleAnyway");
        out.add(new DeploymentBuilder().withMetadata(meta(name, podLabels)).withNewSpec().withReplicas(2)
                .withNewSelector().withMatchLabels(selector(name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(podLabels).withAnnotations(Map.of()).endMetadata()
                .withSpec(pod.build()).endTemplate().endSpec().build());
        out.add(new ServiceBuilder().withMetadata(meta(name, labels(name, null))).withNewSpec().withType("ClusterIP")
                .withSelector(selector(name)).addNewPort().withName("http").withPort(8080)
                .withTargetPort(new IntOrString("http")).withProtocol("TCP").endPort().endSpec().build());
        budget(out, name, null);
    }

    private static void datastore(List<HasMetadata> out, String name) {
        String role = "database";
        out.add(new ServiceAccountBuilder().withMetadata(meta(name, labels(name, role)))
                .withAutomountServiceAccountToken(false).build());
        Map<String, String> podLabels = labels(name, role);
        podLabels.put("app.kubernetes.io/version", "16.4");
        Probe ready = timed(new ProbeBuilder().withNewExec().withCommand("pg_isready", "-U", "postgres", "-h",
                "127.0.0.1").endExec());
        PodSpecBuilder pod = pod(name, 999).addToContainers(new ContainerBuilder().withName(name)
                .withImage("postgres:16.4").withImagePullPolicy("IfNotPresent")
                .withEnv(new EnvVarBuilder().withName("PGDATA").withValue("/var/lib/postgresql/data/pgdata").build(),
                        new EnvVarBuilder().withName("POSTGRES_PASSWORD").withNewValueFrom().withNewSecretKeyRef()
                                .withName(name + "-credentials").withKey("password").endSecretKeyRef().endValueFrom()
                                .build())
                .withNewResources().addToRequests("cpu", new Quantity("250m"))
                .addToRequests("memory", new Quantity("512Mi")).addToLimits("memory", new Quantity("1Gi"))
                .endResources()
                .withVolumeMounts(new VolumeMountBuilder().withName("data").withMountPath("/var/lib/postgresql/data")
                        .build(), new VolumeMountBuilder().withName("tmp").withMountPath("/tmp").build(),
                        new VolumeMountBuilder().withName("var-run-postgresql").withMountPath("/var/run/postgresql")
                                .build())
                .withSecurityContext(containerSecurity(true))
                .addNewPort().withName("postgresql").withContainerPort(5432).withProtocol("TCP").endPort()
                .withReadinessProbe(ready).withLivenessProbe(ready)
                .withStartupProbe(new ProbeBuilder(ready).withPeriodSeconds(5).withFailureThreshold(60).build())
                .build())
                .withVolumes(new VolumeBuilder().withName("tmp").withNewEmptyDir()
                        .withSizeLimit(new Quantity("64Mi")).endEmptyDir().build(),
                        new VolumeBuilder().withName("var-run-postgresql").withNewEmptyDir()
                                .withSizeLimit(new Quantity("64Mi")).endEmptyDir().build());
        spread(pod, name, "DoNotSchedule");
        out.add(new StatefulSetBuilder().withMetadata(meta(name, podLabels)).withNewSpec()
                .withServiceName(name + "-headless").withReplicas(1).withPodManagementPolicy("OrderedReady")
                .withNewUpdateStrategy().withType("RollingUpdate").endUpdateStrategy()
                .withNewSelector().withMatchLabels(selector(name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(podLabels).withAnnotations(Map.of()).endMetadata()
                .withSpec(pod.build()).endTemplate()
                .withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted("Retain").withWhenScaled("Retain")
                .endPersistentVolumeClaimRetentionPolicy()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").withLabels(selector(name))
                .endMetadata().withNewSpec().withAccessModes("ReadWriteOnce").withNewResources()
                .addToRequests("storage", new Quantity("20Gi")).endResources().endSpec().endVolumeClaimTemplate()
                .endSpec().build());
        for (boolean headless : new boolean[] {true, false}) {
            out.add(new ServiceBuilder().withMetadata(meta(headless ? name + "-headless" : name, labels(name, role)))
                    .withNewSpec().withType(headless ? null : "ClusterIP").withClusterIP(headless ? "None" : null)
                    .withSelector(selector(name)).addNewPort().withName("postgresql").withPort(5432)
                    .withTargetPort(new IntOrString("postgresql")).withProtocol("TCP").endPort().endSpec().build());
        }
        budget(out, name, role);
    }
}
