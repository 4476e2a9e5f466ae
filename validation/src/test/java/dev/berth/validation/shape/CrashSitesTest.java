package dev.berth.validation.shape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash sites issue 11 lists, each pinned by the smallest input that reached it: "A mutation fuzzer that feeds
 * readable YAML with missing or null parts found about twenty distinct crashes, all {@code NullPointerException}s
 * inside rules and indexes, at least at: {@code StorageIndex.<init>} (StorageClass without metadata),
 * {@code References$ReferenceCollector.collect} (a null item in a claim list) and {@code .container} (a null
 * container), {@code Rbac.matchesResource} (a null item in {@code resources:}), {@code ReadinessProbe.check} and
 * {@code ReplicasBehindService.check} (Service without metadata), {@code DataPlacement.writable} (volumeMount without
 * name), {@code ClaimTemplateShadowed.check} (volume without name), {@code AutoscalerTargetMissing.check} (an HPA whose
 * {@code scaleTargetRef} is misspelt)".
 *
 * <p>Each input sits beside a readable Deployment, {@code web} in the default namespace, with one replica and no
 * readiness probe, so that a Service selecting it reaches the rules that name the Service
 * ({@code readiness-probe}, {@code replicas-behind-service}). Every rule runs; the run must complete with no
 * {@code rule-failed} finding, the broken part must be reported by a schema rule at its field path, and the
 * Deployment must still be judged (it runs as root, so {@code run-as-non-root} reports it).
 */
class CrashSitesTest {

    private static final String WEB = """
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 1
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    ports: [{containerPort: 8080}]
            """;

    @Test
    void a_service_whose_metadata_key_is_misspelt_is_reported_and_the_deployment_beside_it_is_judged() {
        // GIVEN the issue's first example: "A Service written with metdata: instead of metadata: next to a correct
        // Deployment"
        Report report = judge("""
                apiVersion: v1
                kind: Service
                metdata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: 8080}]
                """);
        // THEN the typo and the missing name are reported, and the Deployment is judged
        assertReported(report, "Service", "unknown-field", "metdata");
        assertReported(report, "Service", "missing-required-field", "metadata.name");
        assertJudged(report);
    }

    @Test
    void a_storage_class_without_metadata_does_not_break_the_storage_index() {
        // GIVEN a StorageClass without metadata (StorageIndex.<init>), and a claim naming a class
        Report report = judge("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                provisioner: pd.csi.storage.gke.io
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  storageClassName: fast
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 1Gi}}
                """);
        // THEN the missing name is reported, and the Deployment is judged
        assertReported(report, "StorageClass", "missing-required-field", "metadata.name");
        assertJudged(report);
    }

    @Test
    void a_null_item_in_a_claim_template_list_is_reported_not_followed() {
        // GIVEN a StatefulSet whose volumeClaimTemplates hold an empty item
        // (References$ReferenceCollector.collect)
        Report report = judge("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: db, image: "postgres:16"}]
                  volumeClaimTemplates:
                  -
                """);
        // THEN the empty item is reported, and the Deployment is judged
        assertReported(report, "StatefulSet", "missing-required-field", "spec.volumeClaimTemplates[0]");
        assertJudged(report);
    }

    @Test
    void a_null_container_is_reported_not_followed() {
        // GIVEN a Deployment whose container list holds an empty item (References$ReferenceCollector.container)
        Report report = judge("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: worker}
                spec:
                  selector: {matchLabels: {app: worker}}
                  template:
                    metadata: {labels: {app: worker}}
                    spec:
                      containers:
                      -
                """);
        // THEN the empty item is reported, and the Deployment beside it is judged
        assertReported(report, "Deployment", "missing-required-field", "spec.template.spec.containers[0]");
        assertJudged(report);
    }

    @Test
    void a_null_item_in_a_role_rule_resources_is_reported_not_matched() {
        // GIVEN a Role whose rule lists an empty resource (Rbac.matchesResource)
        Report report = judge("""
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: reader}
                rules:
                - apiGroups: [""]
                  resources: [pods, ~]
                  verbs: [get]
                """);
        // THEN the empty item is reported, and the Deployment is judged
        assertReported(report, "Role", "missing-required-field", "rules[0].resources[1]");
        assertJudged(report);
    }

    @Test
    void a_service_without_metadata_in_front_of_the_deployment_is_reported_and_the_deployment_is_judged() {
        // GIVEN a Service without metadata that selects the Deployment (ReadinessProbe.check,
        // ReplicasBehindService.check)
        Report report = judge("""
                apiVersion: v1
                kind: Service
                spec:
                  selector: {app: web}
                  ports: [{port: 80, targetPort: 8080}]
                """);
        // THEN the missing name is reported, and the Deployment is judged
        assertReported(report, "Service", "missing-required-field", "metadata.name");
        assertJudged(report);
    }

    @Test
    void a_volume_mount_without_a_name_is_reported() {
        // GIVEN a Deployment whose container mounts a volume without naming it (DataPlacement.writable)
        Report report = judge("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: files}
                spec:
                  selector: {matchLabels: {app: files}}
                  template:
                    metadata: {labels: {app: files}}
                    spec:
                      containers:
                      - name: files
                        image: nginx:1.27
                        volumeMounts: [{mountPath: /data}]
                      volumes: [{name: data, emptyDir: {}}]
                """);
        // THEN the missing name is reported, and the Deployment beside it is judged
        assertReported(report, "Deployment", "missing-required-field",
                "spec.template.spec.containers[0].volumeMounts[0].name");
        assertJudged(report);
    }

    @Test
    void a_volume_without_a_name_beside_claim_templates_is_reported() {
        // GIVEN a StatefulSet with a claim template and a volume without a name (ClaimTemplateShadowed.check)
        Report report = judge("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers:
                      - name: db
                        image: postgres:16
                        volumeMounts: [{name: data, mountPath: /var/lib/postgresql/data}]
                      volumes: [{emptyDir: {}}]
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources: {requests: {storage: 1Gi}}
                """);
        // THEN the missing name is reported, and the Deployment is judged
        assertReported(report, "StatefulSet", "missing-required-field", "spec.template.spec.volumes[0].name");
        assertJudged(report);
    }

    @Test
    void an_autoscaler_whose_scale_target_ref_is_misspelt_is_reported() {
        // GIVEN an HPA whose scaleTargetRef is misspelt (AutoscalerTargetMissing.check)
        Report report = judge("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec:
                  scaleTargetRf: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 2
                  maxReplicas: 5
                """);
        // THEN the typo and the missing reference are reported, and the Deployment is judged
        assertReported(report, "HorizontalPodAutoscaler", "unknown-field", "spec.scaleTargetRf");
        assertReported(report, "HorizontalPodAutoscaler", "missing-required-field", "spec.scaleTargetRef");
        assertJudged(report);
    }

    @Test
    void a_document_whose_kind_is_null_is_reported_and_the_deployment_beside_it_is_judged() {
        // GIVEN a document with kind: null, which the reader reads (it refuses a missing kind), as the
        // missing-parts sweep found it (InvalidName.syntaxFor)
        Report report = judge("""
                apiVersion: v1
                kind: null
                metadata: {name: settings}
                data: {mode: fast}
                """);
        // THEN the missing kind is reported, and the Deployment is judged
        assertReported(report, "", "missing-required-field", "kind");
        assertJudged(report);
    }

    /** Reads the input with the Deployment after it, and judges it with every rule, as complete. */
    private static Report judge(String yaml) {
        Manifest manifest = new ManifestReader().readString(yaml + WEB, "crash.yaml");
        Report report = Validator.of(RuleSets.all()).evaluate(manifest);
        List<String> failed = report.findingsOf("rule-failed").stream().map(Finding::headline).toList();
        assertThat(failed).as("rule-failed findings").isEmpty();
        return report;
    }

    private static void assertReported(Report report, String kind, String ruleId, String fieldPath) {
        assertThat(report.findings())
                .as("findings:%n%s", String.join("\n", report.findings().stream()
                        .map(f -> f.ruleId() + " " + f.object() + " " + f.fieldPath()).toList()))
                .anySatisfy(f -> {
                    assertThat(f.object().kind()).isEqualTo(kind);
                    assertThat(f.ruleId()).isEqualTo(ruleId);
                    assertThat(f.fieldPath()).isEqualTo(fieldPath);
                });
    }

    private static void assertJudged(Report report) {
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.object().toString()).isEqualTo("Deployment default/web");
            assertThat(f.ruleId()).isEqualTo("run-as-non-root");
        });
    }
}
