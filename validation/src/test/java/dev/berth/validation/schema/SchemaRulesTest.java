package dev.berth.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema rules' messages, exactly, and the cases fixtures cannot show. */
class SchemaRulesTest {

    private final ManifestReader reader = new ManifestReader();

    private static List<String> messages(String ruleId, Manifest manifest) {
        RuleSet one = RuleSet.of("test", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    @Test
    void a_misspelt_field_is_reported_with_the_closest_field_the_kind_defines() {
        // GIVEN a Deployment with replica for replicas and a misspelt container field
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  replica: 3
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27.1
                        imagePullPolicyy: Always
                        zzz: 1
                """);
        // WHEN unknown-field judges it
        List<String> messages = messages("unknown-field", manifest);
        // THEN each names the field, the kind and, when one is close, the field meant
        assertThat(messages).containsExactly(
                "Deployment shop/web: spec.replica is not a field of apps/v1 Deployment, so it has no effect; "
                        + "did you mean spec.replicas?",
                "Deployment shop/web: spec.template.spec.containers[0].imagePullPolicyy is not a field of apps/v1 "
                        + "Deployment, so it has no effect; did you mean "
                        + "spec.template.spec.containers[0].imagePullPolicy?",
                "Deployment shop/web: spec.template.spec.containers[0].zzz is not a field of apps/v1 Deployment, "
                        + "so it has no effect");
    }

    @Test
    void the_closest_field_ignores_case_and_counts_a_swap_of_two_letters_as_one_edit() {
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  contianers: []
                  securityContext: {runAsNonroot: true}
                """);
        assertThat(messages("unknown-field", manifest)).containsExactly(
                "Pod default/p: spec.contianers is not a field of v1 Pod, so it has no effect; did you mean "
                        + "spec.containers?",
                "Pod default/p: spec.securityContext.runAsNonroot is not a field of v1 Pod, so it has no effect; "
                        + "did you mean spec.securityContext.runAsNonRoot?");
    }

    @Test
    void an_unquoted_yaml11_value_is_reported_with_how_kubectl_reads_it() {
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: flags
                  labels: {version: 1.10}
                data:
                  enabled: yes
                  on: weekdays
                """);
        assertThat(messages("yaml11-ambiguous-value", manifest)).containsExactly(
                "ConfigMap default/flags: data.enabled: kubectl reads yes as boolean true; quote it: \"yes\"",
                "ConfigMap default/flags: data.on: kubectl reads the key on as boolean true; quote it: \"on\"",
                "ConfigMap default/flags: metadata.labels.version: kubectl reads 1.10 as number 1.1; quote it: "
                        + "\"1.10\"");
    }

    @Test
    void an_ambiguous_secret_value_is_reported_without_the_value() {
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: Secret
                metadata: {name: creds}
                stringData:
                  password: 0o1234
                  flag: off
                """);
        List<String> messages = messages("yaml11-ambiguous-value", manifest);
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain("1234").doesNotContain("off\""));
        assertThat(messages).contains(
                "Secret default/creds: stringData.flag: kubectl reads this Secret value as a boolean, not text; "
                        + "quote it");
    }

    @Test
    void an_ambiguous_value_near_a_secret_or_shaped_like_one_is_reported_without_the_value() {
        // GIVEN an environment variable's value, a value under a secret-looking key and one that mixes letters and
        // digits, each read by YAML 1.1 as a number
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data:
                  db-password: 0123
                  mask: 0x1F
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - name: app
                    env:
                    - {name: PIN, value: 0777}
                """);
        // WHEN / THEN only the type is named
        assertThat(messages("yaml11-ambiguous-value", manifest)).containsExactlyInAnyOrder(
                "ConfigMap default/c: data.db-password: kubectl reads this value as a number, not text; quote it",
                "ConfigMap default/c: data.mask: kubectl reads this value as a number, not text; quote it",
                "Pod default/p: spec.containers[0].env[0].value: kubectl reads this value as a number, not text; "
                        + "quote it");
    }

    @Test
    void names_are_checked_with_the_syntax_of_their_kind() {
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: Web_App, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - {name: web.server, image: nginx:1.27.1}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: 1web, namespace: Shop}
                spec:
                  ports: [{port: 80}]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: "system:view/all"}
                """);
        assertThat(messages("invalid-name", manifest)).containsExactly(
                "Deployment shop/Web_App: metadata.name \"Web_App\" is not a valid DNS-1123 subdomain: the "
                        + "upper-case letter 'W' is not allowed (only lower-case letters, digits, '-' and '.')",
                "Deployment shop/Web_App: container name \"web.server\" is not a valid DNS-1123 label: '.' is not "
                        + "allowed (only lower-case letters, digits, '-')",
                "Service Shop/1web: metadata.name \"1web\" is not a valid DNS-1035 label, which a Service name "
                        + "must be: it must start with a lower-case letter",
                "Service Shop/1web: metadata.namespace \"Shop\" is not a valid DNS-1123 label: the upper-case "
                        + "letter 'S' is not allowed (only lower-case letters, digits, '-')",
                "ClusterRole system:view/all: metadata.name \"system:view/all\" is not a valid path segment name: "
                        + "'/' is not allowed");
    }

    @Test
    void label_keys_and_values_and_annotation_keys_are_checked() {
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  labels:
                    -tier: web
                    role: web frontend
                    Example.com/x: "y"
                  annotations:
                    example.com/owner/team: shop
                """);
        assertThat(messages("invalid-label", manifest)).containsExactly(
                "ConfigMap default/c: annotation key \"example.com/owner/team\" is not valid: its name part "
                        + "\"owner/team\": '/' is not allowed (only letters, digits, '-', '_' and '.')",
                "ConfigMap default/c: label key \"-tier\" is not valid: its name part \"-tier\": it must start and "
                        + "end with a letter or digit",
                "ConfigMap default/c: the value \"web frontend\" of label role is not valid: a space is not allowed "
                        + "(only letters, digits, '-', '_' and '.')",
                "ConfigMap default/c: label key \"Example.com/x\" is not valid: its prefix \"Example.com\" is no "
                        + "DNS subdomain: the upper-case letter 'E' is not allowed (only lower-case letters, digits, "
                        + "'-' and '.')");
    }

    @Test
    void missing_required_fields_name_the_field_and_the_kind() {
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                      - ports: [{containerPort: 80}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{name: http, targetPort: 80}]
                """);
        assertThat(messages("missing-required-field", manifest)).containsExactly(
                "Deployment default/web: spec.selector is missing; the API server rejects a Deployment (apps/v1) "
                        + "without it",
                "Deployment default/web: the container at spec.template.spec.containers[0] has no image to run",
                "Deployment default/web: the container at spec.template.spec.containers[0] has no name",
                "Service default/web: spec.ports[0].port is missing; every Service port needs the number clients "
                        + "connect to");
    }

    @Test
    void an_object_built_in_code_without_a_name_is_reported() {
        Manifest manifest = Manifest.of(new ConfigMapBuilder().withNewMetadata().endMetadata().build());
        assertThat(messages("missing-required-field", manifest)).containsExactly(
                "ConfigMap default/: metadata.name is missing; every ConfigMap needs a name (or "
                        + "metadata.generateName)");
    }

    @Test
    void a_second_definition_names_where_the_first_is() {
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {a: "1"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {a: "2"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c}
                data: {a: "1"}
                """, "c.yaml");
        assertThat(messages("duplicate-object", manifest)).containsExactly(
                "ConfigMap default/c: an identical copy, at c.yaml:11:1, of the definition at c.yaml:1:1, which "
                        + "Berth judges; this copy is ignored",
                "ConfigMap default/c: defined again with other content at c.yaml:6:1; Berth judges the definition "
                        + "at c.yaml:1:1 (of differing definitions, the one whose content sorts first, whatever the "
                        + "file names) and ignores this one, while kubectl apply keeps whichever it applies last");
    }

    @Test
    void which_of_two_definitions_is_judged_does_not_depend_on_file_names(@TempDir Path folder) throws Exception {
        // GIVEN issue 17: "where two definitions really collide, the same one is used whatever the file names, and
        // the message says which": one ConfigMap defined in two files, read once as a.yaml then b.yaml, once with
        // the names swapped
        String replicasOne = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {replicas: \"1\"}\n";
        String replicasTwo = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {replicas: \"2\"}\n";
        Path first = Files.createDirectories(folder.resolve("first"));
        Path swapped = Files.createDirectories(folder.resolve("swapped"));
        Files.writeString(first.resolve("a.yaml"), replicasOne);
        Files.writeString(first.resolve("b.yaml"), replicasTwo);
        Files.writeString(swapped.resolve("a.yaml"), replicasTwo);
        Files.writeString(swapped.resolve("b.yaml"), replicasOne);
        // WHEN each folder is read and judged
        Manifest one = reader.read(ManifestReader.manifestFiles(first));
        Manifest other = reader.read(ManifestReader.manifestFiles(swapped));
        // THEN both use the definition with replicas 1, and the message names its file
        assertThat(one.find("ConfigMap", "default", "c").orElseThrow().toString()).contains("replicas=1");
        assertThat(other.find("ConfigMap", "default", "c").orElseThrow().toString()).contains("replicas=1");
        assertThat(messages("duplicate-object", one)).containsExactly("ConfigMap default/c: defined again with "
                + "other content at " + first.resolve("b.yaml") + ":1:1; Berth judges the definition at "
                + first.resolve("a.yaml") + ":1:1 (of differing definitions, the one whose content sorts first, "
                + "whatever the file names) and ignores this one, while kubectl apply keeps whichever it applies last");
        assertThat(messages("duplicate-object", other)).containsExactly("ConfigMap default/c: defined again with "
                + "other content at " + swapped.resolve("a.yaml") + ":1:1; Berth judges the definition at "
                + swapped.resolve("b.yaml") + ":1:1 (of differing definitions, the one whose content sorts first, "
                + "whatever the file names) and ignores this one, while kubectl apply keeps whichever it applies last");
    }

    @Test
    void objects_named_by_generate_name_never_collide() {
        // GIVEN issue 17: "`generateName` objects have no fixed identity": two migration Jobs and two ConfigMaps
        // named by generateName alone, in one namespace, and one pair of true duplicates beside them
        Manifest manifest = reader.readString("""
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: "migrate:1.0"}]}}}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: "migrate:1.1"}]}}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {generateName: run-}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {generateName: other-}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                """, "jobs.yaml");
        // WHEN duplicate-object judges them
        // THEN only the named pair is reported: each generateName object becomes an object of its own
        assertThat(manifest.duplicates()).extracting(Object::toString).containsExactly("ConfigMap default/settings");
        assertThat(messages("duplicate-object", manifest)).containsExactly(
                "ConfigMap default/settings: an identical copy, at jobs.yaml:23:1, of the definition at "
                        + "jobs.yaml:19:1, which Berth judges; this copy is ignored");
    }

    @Test
    void a_placeholder_quantity_in_a_duplicate_does_not_end_the_run() {
        // GIVEN issue 17's case: "Two PersistentVolumes with the same name, one with
        // `capacity: {storage: FILESTORE_CAPACITY}`, make the duplicate-object rule throw NumberFormatException"
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: data}
                spec:
                  capacity: {storage: 1Ti}
                  accessModes: [ReadWriteMany]
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: data}
                spec:
                  capacity: {storage: FILESTORE_CAPACITY}
                  accessModes: [ReadWriteMany]
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: data}
                spec:
                  capacity: {storage: 1024Gi}
                  accessModes: [ReadWriteMany]
                """, "pv.yaml");
        // WHEN duplicate-object judges it
        List<String> messages = messages("duplicate-object", manifest);
        // THEN both copies are reported, and 1024Gi is the same amount as 1Ti, as the API server compares them
        assertThat(messages).containsExactly(
                "PersistentVolume data: an identical copy, at pv.yaml:1:1, of the definition at pv.yaml:15:1, "
                        + "which Berth judges; this copy is ignored",
                "PersistentVolume data: defined again with other content at pv.yaml:8:1; Berth judges the "
                        + "definition at pv.yaml:15:1 (of differing definitions, the one whose content sorts first, "
                        + "whatever the file names) and ignores this one, while kubectl apply keeps whichever it "
                        + "applies last");
    }

    @Test
    void a_value_that_does_not_parse_is_reported_with_its_path_and_the_placeholder_hint() {
        // GIVEN issue 17's placeholder capacity, a cron day 7, a quoted port, a bad selector operator and a budget
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: data}
                spec:
                  capacity: {storage: FILESTORE_CAPACITY}
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: report}
                spec:
                  schedule: 0 6 * * 7
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                          - name: r
                            image: busybox:1.36
                            resources: {requests: {memory: 64 Mi}}
                            ports: [{containerPort: 70000}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  ports: [{port: 80, targetPort: "8080"}]
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  maxUnavailable: half
                  selector:
                    matchExpressions: [{key: app, operator: In}]
                """);
        // WHEN invalid-value judges them
        List<String> messages = messages("invalid-value", manifest);
        // THEN each names the field, what was found and what was expected, or that it is a placeholder
        assertThat(messages).containsExactly(
                "PersistentVolume data: spec.capacity.storage: FILESTORE_CAPACITY is not a quantity; it looks like a "
                        + "placeholder: render this file first (helm, kustomize, envsubst) or exclude it",
                "CronJob default/report: spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort: "
                        + "70000 is not a port (expected a number from 1 to 65535)",
                "CronJob default/report: spec.jobTemplate.spec.template.spec.containers[0].resources.requests.memory: "
                        + "\"64 Mi\" is not a quantity (expected a number with an optional suffix, such as 500m, 1Gi "
                        + "or 2e3)",
                "CronJob default/report: spec.schedule: \"0 6 * * 7\" is not a cron schedule: day of week 7 is above "
                        + "the maximum 6",
                "Service default/web: spec.ports[0].targetPort: \"8080\" is a quoted number, which the API server "
                        + "reads as a port name, and a name needs a letter (write the number without quotes)",
                "PodDisruptionBudget default/web: spec.maxUnavailable: half is not a count or percentage (expected a "
                        + "whole number such as 1, or a percentage such as 25%)",
                "PodDisruptionBudget default/web: spec.selector.matchExpressions[0].values: operator In needs at "
                        + "least one value");
    }

    @Test
    void a_budget_or_rollout_percentage_above_100_is_reported_and_a_surge_may_exceed_it() {
        // GIVEN percentages above 100%, which the API server refuses except for maxSurge (IsNotMoreThan100Percent)
        Manifest manifest = reader.readString("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec:
                  minAvailable: 150%
                  selector: {matchLabels: {app: web}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  strategy: {rollingUpdate: {maxSurge: 200%, maxUnavailable: 101%}}
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "nginx:1.27.1"}]
                """);
        // WHEN invalid-value judges them THEN the budget and maxUnavailable are reported, maxSurge is not
        assertThat(messages("invalid-value", manifest)).containsExactly(
                "PodDisruptionBudget default/web: spec.minAvailable: 150% is above 100% (expected a percentage from "
                        + "0% to 100%, or a whole number)",
                "Deployment default/web: spec.strategy.rollingUpdate.maxUnavailable: 101% is above 100% (expected a "
                        + "percentage from 0% to 100%, or a whole number)");
    }

    @Test
    void a_negative_count_size_or_port_is_reported_with_the_least_value_kubernetes_accepts() {
        // GIVEN issue 16's negative replicas, and a negative memory request, probe period and deadline
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: -1
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      activeDeadlineSeconds: -5
                      containers:
                      - name: web
                        image: nginx:1.27.1
                        resources: {requests: {memory: -1Gi}}
                        livenessProbe: {tcpSocket: {port: 80}, periodSeconds: -10}
                """);
        // WHEN negative-value judges it
        List<String> messages = messages("negative-value", manifest);
        // THEN each names the field and the least value, and invalid-value stays silent on them
        assertThat(messages).containsExactly(
                "Deployment default/web: spec.replicas: -1 is negative; the API server accepts only values of 0 or "
                        + "more",
                "Deployment default/web: spec.template.spec.activeDeadlineSeconds: -5 is negative; the API server "
                        + "accepts only values of 1 or more",
                "Deployment default/web: spec.template.spec.containers[0].livenessProbe.periodSeconds: -10 is "
                        + "negative; the API server accepts only values of 0 or more",
                "Deployment default/web: spec.template.spec.containers[0].resources.requests.memory: -1Gi is "
                        + "negative; the API server accepts only quantities of 0 or more");
        assertThat(messages("invalid-value", manifest)).isEmpty();
    }

    @Test
    void invalid_base64_names_the_key_and_never_the_value() {
        // GIVEN issue 16's "invalid base64 under Secret.data (and in ConfigMap.binaryData)"
        Manifest manifest = reader.readString("""
                apiVersion: v1
                kind: Secret
                metadata: {name: db}
                data: {password: hunter2!, tls.key: c2VjcmV0, token: c2VjcmV0c}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: blob}
                binaryData: {logo.png: "iVBORw0KGgo=AAAA"}
                """);
        // WHEN invalid-base64 judges them
        List<String> messages = messages("invalid-base64", manifest);
        // THEN the key and the reason are named, and no message holds any part of a value
        assertThat(messages).containsExactly(
                "Secret default/db: data.password is not valid base64: character 8 is outside the base64 alphabet "
                        + "(A-Z, a-z, 0-9, +, /)",
                "Secret default/db: data.token is not valid base64: its length without line breaks, 9, is not a "
                        + "multiple of 4 (pad the end with =)",
                "ConfigMap default/blob: binaryData['logo.png'] is not valid base64: character 13 comes after the = "
                        + "padding, which may only end the value");
        assertThat(String.join("\n", messages)).doesNotContain("hunter", "c2Vj", "iVBOR");
    }

    @Test
    void the_corpus_defines_zk_pdb_twice() throws Exception {
        // GIVEN the shared corpus, whose reviewer notes that two files define PodDisruptionBudget zk-pdb
        Path corpus = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus at " + corpus);
        Manifest manifest = reader.read(ManifestReader.manifestFiles(corpus));
        // WHEN duplicate-object judges it
        Report report = Validator.of(RuleSet.of("t", List.of(RuleSets.all().rule("duplicate-object")
                .orElseThrow()))).evaluate(manifest);
        // THEN the second zk-pdb is reported
        assertThat(report.findings()).extracting(f -> f.object().toString())
                .contains("PodDisruptionBudget default/zk-pdb");
    }

    @Test
    void objects_built_in_code_have_no_unknown_fields_or_ambiguous_values() {
        Manifest manifest = Manifest.of(new DeploymentBuilder().withNewMetadata().withName("web").endMetadata()
                .build());
        assertThat(messages("unknown-field", manifest)).isEmpty();
        assertThat(messages("yaml11-ambiguous-value", manifest)).isEmpty();
    }
}
