package dev.berth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The manifest's references and selections over objects that are readable but broken, as issue 11 found them: "a
 * null item in a claim list" ({@code References$ReferenceCollector.collect}), "a null container" ({@code .container}),
 * and, from the missing-parts sweep, a null volume, subject, env or envFrom item, Ingress rule or path, and a null
 * selector expression ({@code ManifestIndex.smallest}, {@code Selectors.holds}). Each used to end the whole run with a
 * NullPointerException before any rule ran; a broken item is now skipped, and the references of the other items are
 * still made. Reporting the broken item is the schema rules' job.
 */
class BrokenShapesTest {

    private static List<String> references(String yaml) {
        Manifest manifest = new ManifestReader().readString(yaml, "broken.yaml");
        return manifest.references().all().stream().map(r -> r.from().name() + " " + r.fieldPath() + " -> " + r.to())
                .toList();
    }

    @Test
    void null_items_in_a_pod_are_skipped_and_the_other_references_are_made() {
        // GIVEN a StatefulSet whose claim templates, containers, env, envFrom, volumes and pull secrets each hold an
        // empty item beside a good one
        String yaml = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      imagePullSecrets: [~, {name: registry}]
                      containers:
                      -
                      - name: db
                        image: postgres:16
                        env: [~, {name: PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]
                        envFrom: [~, {configMapRef: {name: settings}}]
                      volumes: [~, {name: config, configMap: {name: config}}]
                  volumeClaimTemplates:
                  -
                  - metadata: {name: data}
                    spec: {storageClassName: fast}
                """;
        // WHEN its references are listed
        List<String> references = references(yaml);
        // THEN the good items' references are there, the empty items skipped
        assertThat(references).containsExactlyInAnyOrder(
                "db spec.serviceName -> Service default/db",
                "db spec.volumeClaimTemplates[1].spec.storageClassName -> StorageClass fast",
                "db spec.template.spec.imagePullSecrets[1] -> Secret default/registry",
                "db spec.template.spec.volumes[1].configMap.name -> ConfigMap default/config",
                "db spec.template.spec.containers[1].env[1].valueFrom.secretKeyRef.name -> Secret default/db",
                "db spec.template.spec.containers[1].envFrom[1].configMapRef.name -> ConfigMap default/settings");
    }

    @Test
    void null_subjects_and_ingress_rules_are_skipped_and_the_other_references_are_made() {
        // GIVEN a RoleBinding with an empty subject and an Ingress with an empty rule and an empty path
        String yaml = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: readers}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
                subjects: [~, {kind: ServiceAccount, name: app}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  rules:
                  -
                  - http:
                      paths:
                      -
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """;
        // WHEN their references are listed
        List<String> references = references(yaml);
        // THEN the good items' references are there
        assertThat(references).containsExactlyInAnyOrder(
                "readers roleRef -> Role default/reader",
                "readers subjects[1] -> ServiceAccount default/app",
                "web spec.rules[1].http.paths[1].backend.service.name -> Service default/web");
    }

    @Test
    void a_null_selector_expression_selects_nothing_and_does_not_end_the_selection() {
        // GIVEN a NetworkPolicy whose pod selector holds an empty expression, and a pod it would otherwise select
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db}
                spec:
                  podSelector:
                    matchExpressions: [~, {key: app, operator: In, values: [db]}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db}
                spec:
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: postgres:16}]
                """, "broken.yaml");
        HasMetadata policy = manifest.objects().get(0);
        // WHEN the pods it selects are listed
        // THEN the invalid expression matches nothing, as an expression without a key does
        assertThat(manifest.references().selected(policy)).isEmpty();
    }
}
