package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 4: "public helpers for claims, claim templates and effective storage classes" ("the helper that knows
 * a claim's effective storage class is package-private (re-implemented with the precedence wrong)").
 */
class StorageClassesTest {

    /** A pack's rule that says, for each claim and claim template, which class it gets. */
    static final class ClassOfEachClaim extends Rule {
        ClassOfEachClaim() {
            super(RuleInfo.id("class-of-each-claim").summary("Says each claim's class").category(Category.STORAGE)
                    .remediation("Nothing to do.").build());
        }

        @Override
        public void check(RuleContext context) {
            for (RuleContext.ClaimAt at : context.claims()) {
                String found = context.effectiveStorageClass(at.claim()).map(c -> c.isEmpty() ? "no class" : c)
                        .orElse("the cluster's default");
                String defined = context.storageClassOf(at.claim()).map(c -> "defined").orElse("not defined");
                context.report(at.owner(), at.field("spec.storageClassName"), at.label() + " gets " + found + " ("
                        + defined + ")");
            }
        }
    }

    private static final String CLAIMS = """
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata:
              name: both
              annotations: {volume.beta.kubernetes.io/storage-class: legacy}
            spec: {storageClassName: fast, resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: named}
            spec: {storageClassName: fast, resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: none}
            spec: {storageClassName: "", resources: {requests: {storage: 1Gi}}}
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db}
            spec:
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: db, image: postgres:16.4}]}
              volumeClaimTemplates:
              - metadata: {name: data}
                spec: {resources: {requests: {storage: 1Gi}}}
            """;

    private static List<String> messages(String yaml) {
        Manifest manifest = new ManifestReader().readString(yaml, "claims.yaml");
        return Validator.of(RuleSet.of("t", List.of(new ClassOfEachClaim()))).evaluate(manifest).findings().stream()
                .map(f -> f.object() + " " + f.fieldPath() + ": " + f.message()).toList();
    }

    @Test
    void the_beta_annotation_wins_then_the_field_then_the_sets_default_class() {
        // GIVEN claims naming their class in each way, a claim template naming none, and a default StorageClass
        String yaml = CLAIMS + """
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: standard
                  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
                provisioner: pd.csi.storage.gke.io
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: fast}
                provisioner: pd.csi.storage.gke.io
                """;
        // WHEN a rule asks the context, THEN it gets Kubernetes's answer for each
        assertThat(messages(yaml)).containsExactly(
                "PersistentVolumeClaim default/both spec.storageClassName: claim both gets legacy (not defined)",
                "PersistentVolumeClaim default/named spec.storageClassName: claim named gets fast (defined)",
                "PersistentVolumeClaim default/none spec.storageClassName: claim none gets no class (not defined)",
                "StatefulSet default/db spec.volumeClaimTemplates[0].spec.storageClassName: volumeClaimTemplate data "
                        + "gets standard (defined)");
    }

    @Test
    void without_a_single_default_class_a_claim_that_names_none_is_left_to_the_cluster() {
        // GIVEN two classes marked default (one with the beta annotation)
        String yaml = CLAIMS + """
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: standard
                  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
                provisioner: a
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: older
                  annotations: {storageclass.beta.kubernetes.io/is-default-class: "true"}
                provisioner: b
                """;
        // THEN the template's class is the cluster's to decide
        assertThat(messages(yaml)).last().isEqualTo("StatefulSet default/db "
                + "spec.volumeClaimTemplates[0].spec.storageClassName: volumeClaimTemplate data gets the cluster's "
                + "default (not defined)");
        assertThat(messages(CLAIMS)).last().asString().endsWith("gets the cluster's default (not defined)");
    }
}
