package dev.berth.validation.rules.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's "Deprecated annotations with a current replacement ({@code
 * service.alpha.kubernetes.io/tolerate-unready-endpoints} -> {@code publishNotReadyAddresses}, {@code
 * volume.beta.kubernetes.io/storage-class}, {@code scheduler.alpha.kubernetes.io/...})": each message against its exact
 * text, and the annotations left to other rules or still current.
 */
class DeprecatedAnnotationTest {

    private final ManifestReader reader = new ManifestReader();

    private static List<String> messages(String ruleId, Manifest manifest) {
        RuleSet one = RuleSet.of("test", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    @Test
    void a_deprecated_annotation_is_reported_with_its_replacement_and_what_current_releases_do_with_it() {
        // GIVEN a headless Service that tolerates unready endpoints by annotation, and a StatefulSet whose pods and
        // claim template use deprecated annotations
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: db
                  namespace: shop
                  annotations: {service.alpha.kubernetes.io/tolerate-unready-endpoints: "true"}
                spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: shop}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata:
                      labels: {app: db}
                      annotations:
                        seccomp.security.alpha.kubernetes.io/pod: runtime/default
                        container.seccomp.security.alpha.kubernetes.io/db: runtime/default
                        scheduler.alpha.kubernetes.io/critical-pod: ""
                    spec:
                      containers: [{name: db, image: postgres:16.4}]
                  volumeClaimTemplates:
                  - metadata:
                      name: data
                      annotations: {volume.beta.kubernetes.io/storage-provisioner: ebs.csi.aws.com}
                    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                """);
        // WHEN deprecated-annotation judges them
        List<String> messages = messages("deprecated-annotation", manifest);
        // THEN each names the annotation, the release that deprecated it, its effect now, and the replacement
        String pod = "StatefulSet shop/db: annotation ";
        assertThat(messages).containsExactly(
                "Service shop/db: annotation service.alpha.kubernetes.io/tolerate-unready-endpoints is deprecated since "
                        + "Kubernetes 1.11 and EndpointSlices ignore it; use spec.publishNotReadyAddresses: true",
                pod + "container.seccomp.security.alpha.kubernetes.io/db is deprecated since Kubernetes 1.19 and "
                        + "has no effect since 1.27; use securityContext.seccompProfile of container db",
                pod + "scheduler.alpha.kubernetes.io/critical-pod is deprecated since Kubernetes 1.13 and has no "
                        + "effect since 1.16; use spec.priorityClassName: system-cluster-critical (or "
                        + "system-node-critical)",
                pod + "seccomp.security.alpha.kubernetes.io/pod is deprecated since Kubernetes 1.19 and has no "
                        + "effect since 1.27; use spec.securityContext.seccompProfile",
                "StatefulSet shop/db: annotation volume.beta.kubernetes.io/storage-provisioner is "
                        + "deprecated since Kubernetes 1.23; use the annotation volume.kubernetes.io/storage-provisioner");
    }

    @Test
    void the_storage_class_beta_annotation_is_left_to_its_own_rule_and_current_alpha_annotations_are_silent() {
        // GIVEN a claim with the beta storage-class annotation, and a Namespace with the current node-selector one
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: data
                  annotations: {volume.beta.kubernetes.io/storage-class: fast}
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                ---
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: agents
                  annotations: {scheduler.alpha.kubernetes.io/node-selector: "pool=agents"}
                """);
        // WHEN deprecated-annotation and storage-class-beta-annotation judge them
        // THEN only storage-class-beta-annotation speaks, once
        assertThat(messages("deprecated-annotation", manifest)).isEmpty();
        assertThat(messages("storage-class-beta-annotation", manifest)).hasSize(1);
    }
}
