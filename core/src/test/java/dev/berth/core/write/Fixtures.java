package dev.berth.core.write;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The representative objects the writer's tests print, built with fabric8 builders. */
final class Fixtures {

    /** A shell script with an empty line and an indented line, ending with one line break. */
    static final String SCRIPT = "#!/bin/sh\nset -eu\n\nif [ -f /data/ready ]; then\n  echo \"ready: yes\"\nfi\n";

    private Fixtures() {
    }

    static Namespace namespace(String name) {
        return new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build();
    }

    /** A database StatefulSet with a claim template, an emptyDir, probes, resources and a security context. */
    static StatefulSet statefulSet() {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("db").withNamespace("shop")
                    .addToLabels("app.kubernetes.io/name", "db").addToLabels("app.kubernetes.io/part-of", "shop")
                .endMetadata()
                .withNewSpec()
                    .withReplicas(3).withServiceName("db").withPodManagementPolicy("OrderedReady")
                    .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "db").endSelector()
                    .withNewTemplate()
                        .withNewMetadata().addToLabels("app.kubernetes.io/name", "db").endMetadata()
                        .withNewSpec()
                            .addNewContainer().withName("postgres").withImage("postgres:16.2")
                                .withArgs("-c", "max_connections=200")
                                .addNewPort().withName("pg").withContainerPort(5432).endPort()
                                .addNewEnv().withName("PGDATA").withValue("/var/lib/postgresql/data/pgdata").endEnv()
                                .addNewEnv().withName("POSTGRES_PASSWORD").withNewValueFrom().withNewSecretKeyRef()
                                    .withName("db").withKey("password").endSecretKeyRef().endValueFrom().endEnv()
                                .withNewResources()
                                    .addToRequests("cpu", new Quantity("500m"))
                                    .addToRequests("memory", new Quantity("1Gi"))
                                    .addToLimits("memory", new Quantity("1Gi"))
                                .endResources()
                                .addNewVolumeMount().withName("data").withMountPath("/var/lib/postgresql/data")
                                    .endVolumeMount()
                                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                                .withNewReadinessProbe().withNewExec().withCommand("pg_isready", "-U", "postgres")
                                    .endExec().withPeriodSeconds(10).endReadinessProbe()
                                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                                    .endSecurityContext()
                            .endContainer()
                            .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume()
                            .withNewSecurityContext().withFsGroup(999L).endSecurityContext()
                        .endSpec()
                    .endTemplate()
                    .addNewVolumeClaimTemplate()
                        .withNewMetadata().withName("data").endMetadata()
                        .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("fast")
                            .withNewResources().addToRequests("storage", new Quantity("20Gi")).endResources()
                        .endSpec()
                    .endVolumeClaimTemplate()
                .endSpec()
                .build();
    }

    /** The headless Service that governs {@link #statefulSet()}. */
    static Service headlessService() {
        return new ServiceBuilder()
                .withNewMetadata().withName("db").withNamespace("shop")
                    .addToLabels("app.kubernetes.io/name", "db").endMetadata()
                .withNewSpec().withClusterIP("None").withPublishNotReadyAddresses(true)
                    .addToSelector("app.kubernetes.io/name", "db")
                    .addNewPort().withName("pg").withPort(5432).withTargetPort(new IntOrString("pg")).endPort()
                    .addNewPort().withName("metrics").withPort(9187).withTargetPort(new IntOrString("9187"))
                        .endPort()
                .endSpec()
                .build();
    }

    /** A ConfigMap whose keys and values a careless YAML writer would let a reader misread. */
    static ConfigMap trickyConfigMap() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("on", "yes");
        data.put("enabled", "true");
        data.put("short-no", "n");
        data.put("version", "1.10");
        data.put("mode", "0755");
        data.put("hex", "0x1F");
        data.put("port", "8080");
        data.put("ratio", ".5");
        data.put("time", "1:20");
        data.put("date", "2024-01-01");
        data.put("empty", "");
        data.put("tilde", "~");
        data.put("null", "null");
        data.put("colon", "key: value");
        data.put("comment", "value #not a comment");
        data.put("star", "*ref");
        data.put("quotes", "say \"hi\" and 'bye'");
        data.put("padded", " padded ");
        data.put("tab", "a\tb");
        data.put("unicode", "grüße, 東京 🚀");
        data.put("image", "nginx:1.25");
        data.put("url", "http://example.com/a?b=c#d");
        data.put("flag", "-Xmx512m");
        data.put("memory", "10Gi");
        data.put("script.sh", SCRIPT);
        data.put("no-final-newline", "line one\nline two");
        data.put("two-final-newlines", "line one\n\n");
        data.put("trailing-space-line", "line one \nline two\n");
        data.put("starts-indented", "  indented\nnot\n");
        return new ConfigMapBuilder()
                .withNewMetadata().withName("tricky").withNamespace("shop")
                    .addToLabels("y", "n").addToAnnotations("note", "off").endMetadata()
                .withData(data)
                .build();
    }

    /** An Opaque Secret with both data and stringData. */
    static Secret secret() {
        return new SecretBuilder()
                .withNewMetadata().withName("db").withNamespace("shop").endMetadata()
                .withType("Opaque")
                .addToData("password", "c2VjcmV0")
                .addToStringData("username", "postgres")
                .addToStringData("port", "5432")
                .build();
    }

    /** A policy that selects every pod of its namespace and lets all ingress in. */
    static NetworkPolicy allowAllIngress() {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName("allow-all-ingress").withNamespace("shop").endMetadata()
                .withNewSpec()
                    .withNewPodSelector().endPodSelector()
                    .addNewIngress().endIngress()
                    .withPolicyTypes("Ingress")
                .endSpec()
                .build();
    }

    /** A cert-manager Certificate, read as a generic resource, with nested maps, lists and typed values. */
    static GenericKubernetesResource certificate() {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("name", "letsencrypt");
        issuer.put("kind", "ClusterIssuer");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("secretName", "shop-tls");
        spec.put("dnsNames", List.of("shop.example.com", "*.shop.example.com"));
        spec.put("duration", "2160h");
        spec.put("isCA", false);
        spec.put("revisionHistoryLimit", 3);
        spec.put("issuerRef", issuer);
        spec.put("usages", List.of());
        return new GenericKubernetesResourceBuilder()
                .withApiVersion("cert-manager.io/v1").withKind("Certificate")
                .withNewMetadata().withName("shop").withNamespace("shop").endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build();
    }
}
