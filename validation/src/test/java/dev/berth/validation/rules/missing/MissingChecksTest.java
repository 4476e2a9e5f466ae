package dev.berth.validation.rules.missing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks issue 12 asks for, by their exact messages:
 *
 * <blockquote>The goal: <b>95% or better against any established linter on the checks both have, and no false
 * positive on a correct stateful application.</b>
 * <ul>
 * <li>Identity: a RoleBinding or ClusterRoleBinding whose subject is the {@code default} ServiceAccount; RBAC that
 * allows {@code create} on {@code pods} (and on workloads that make pods); env {@code valueFrom} naming a Secret or
 * ConfigMap (or a key) that the set does not contain, under {@code --complete}.</li>
 * <li>Storage: containers without {@code ephemeral-storage} requests/limits (strict); a datastore whose data sits on an
 * inline cloud volume (cinder, awsElasticBlockStore, azureDisk, gcePersistentDisk) instead of a claim; a claim or
 * claim template referenced by no workload and a workload mounting a claim the set lacks (with
 * {@code --complete}).</li>
 * <li>Datastores: empty-password switches ({@code MYSQL_ALLOW_EMPTY_PASSWORD},
 * {@code POSTGRES_HOST_AUTH_METHOD=trust}, {@code ALLOW_EMPTY_PASSWORD=yes}, Redis without {@code requirepass}...),
 * recognised from the datastore catalogue.</li>
 * </ul></blockquote>
 */
class MissingChecksTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** {@code Kind namespace/name: message} of each finding of one rule on one of its fixtures. */
    private static List<String> messages(String ruleId, String fixture, boolean complete) {
        RuleSet one = RuleSet.of(ruleId, List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        if (complete) {
            one = one.withParameter(ruleId, "complete", true);
        }
        return Validator.of(one).evaluate(new ManifestReader().read(FIXTURES.resolve(ruleId).resolve(fixture)))
                .findings().stream().map(f -> f.object() + ": " + f.message()).toList();
    }

    /** The lines of a fixture marked {@code # when complete, expect: <rule>}, and those a complete set reports. */
    private static void assertCompleteMarkers(String ruleId, String fixture) throws IOException {
        Path file = FIXTURES.resolve(ruleId).resolve(fixture);
        List<String> lines = Files.readAllLines(file);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("expect: " + ruleId)) {
                expected.add(i + 1);
            }
        }
        RuleSet complete = RuleSet.of(ruleId, List.of(RuleSets.all().rule(ruleId).orElseThrow()))
                .withParameter(ruleId, "complete", true);
        List<Finding> found = Validator.of(complete).evaluate(new ManifestReader().read(file)).findings();
        assertThat(expected).isNotEmpty();
        assertThat(found.stream().map(f -> f.location().line()).sorted().toList()).isEqualTo(expected);
    }

    @Test
    void a_binding_to_the_default_account_names_the_role_and_the_pods_it_reaches() {
        // GIVEN a RoleBinding and a ClusterRoleBinding whose subjects include a namespace's default account
        // WHEN rbac-default-service-account judges them
        List<String> found = messages("rbac-default-service-account", "bad-default-account-bound.yaml", false);
        // THEN each names the role, the account with its namespace, and who runs as it
        assertThat(found).containsExactly(
                "RoleBinding shop/config-reader: grants Role shop/config-reader to ServiceAccount shop/default, "
                        + "which every pod of namespace shop that names no ServiceAccount runs as",
                "ClusterRoleBinding node-reader: grants ClusterRole view to ServiceAccount monitoring/default, "
                        + "which every pod of namespace monitoring that names no ServiceAccount runs as");
    }

    @Test
    void a_role_that_creates_pods_or_workloads_names_the_verbs_and_resources() {
        // GIVEN a Role that creates pods and a ClusterRole with every verb on Deployments and StatefulSets
        // WHEN rbac-pod-create judges them
        List<String> found = messages("rbac-pod-create", "bad-creates-workloads.yaml", false);
        // THEN each message names the rule, the verbs and what its subjects can then do
        assertThat(found).containsExactly(
                "Role shop/job-runner: rules[0] allows [create] on pods, so its subjects can start pods that run "
                        + "as any ServiceAccount and mount any Secret of namespace shop",
                "ClusterRole deployer: rules[0] allows [*] on deployments, statefulsets, so its subjects can start "
                        + "pods that run as any ServiceAccount and mount any Secret of every namespace it is bound "
                        + "for");
    }

    @Test
    void missing_secrets_configmaps_and_keys_are_reported_only_in_a_complete_set() throws IOException {
        // GIVEN a Deployment reading a missing Secret, a missing key of a ConfigMap and a missing ConfigMap
        String fixture = "bad-missing-secret-and-key.yaml";
        // WHEN env-reference-missing judges it, without and with the set declared complete
        List<String> open = messages("env-reference-missing", fixture, false);
        List<String> closed = messages("env-reference-missing", fixture, true);
        // THEN only the complete set reports, naming objects and keys but no value
        assertThat(open).isEmpty();
        assertThat(closed).containsExactly(
                "Deployment shop/web: container web takes its environment from ConfigMap shop/web-defaults, which "
                        + "the set does not hold; the kubelet does not start the container until it exists",
                "Deployment shop/web: container web reads environment variable DB_PASSWORD from Secret "
                        + "shop/db-credentials, which the set does not hold; the kubelet does not start the "
                        + "container until it exists",
                "Deployment shop/web: container web reads environment variable FEATURES from key features of "
                        + "ConfigMap shop/web-config, which has no such key (its keys: LOG_LEVEL); the kubelet does "
                        + "not start the container until it is added");
        // AND the findings sit on the lines the fixture marks "when complete"
        assertCompleteMarkers("env-reference-missing", fixture);
    }

    @Test
    void a_missing_secret_is_not_reported_where_the_set_holds_no_secret_of_the_namespace() {
        // GIVEN a complete set whose Deployment reads Secret shop/db-credentials, and no Secret of namespace shop
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                        env:
                        - name: DB_PASSWORD
                          valueFrom: {secretKeyRef: {name: db-credentials, key: password}}
                """;
        RuleSet complete = RuleSet.of("one", List.of(RuleSets.all().rule("env-reference-missing").orElseThrow()))
                .withParameter("env-reference-missing", "complete", true);
        // WHEN env-reference-missing judges it
        List<Finding> found = Validator.of(complete).evaluate(new ManifestReader().readString(yaml)).findings();
        // THEN the Secret is taken to be made outside the set, as Secrets usually are
        assertThat(found).isEmpty();
    }

    @Test
    void the_good_references_fixture_stays_silent_in_a_complete_set() {
        // GIVEN references that resolve, an optional one, and a Secret a SealedSecret makes
        // WHEN env-reference-missing judges them in a complete set
        List<String> found = messages("env-reference-missing", "good-references-resolve.yaml", true);
        // THEN there is no finding
        assertThat(found).isEmpty();
    }

    @Test
    void a_missing_ephemeral_storage_limit_says_whether_a_request_is_set() {
        // GIVEN one container with no ephemeral-storage and one with a request only
        // WHEN ephemeral-storage-limit judges them
        List<String> found = messages("ephemeral-storage-limit", "bad-no-limit.yaml", false);
        // THEN the messages tell the two apart
        assertThat(found).containsExactly(
                "Deployment default/web: container web sets no ephemeral-storage request or limit; its logs, "
                        + "writable layer and emptyDir volumes can fill the node's disk, and the kubelet then "
                        + "evicts other pods too",
                "Deployment default/web: container shipper sets an ephemeral-storage request of 1Gi but no limit; "
                        + "its logs, writable layer and emptyDir volumes can fill the node's disk, and the kubelet "
                        + "then evicts other pods too");
    }

    @Test
    void a_datastore_on_an_inline_cloud_disk_names_the_disk_type_and_volume() {
        // GIVEN MongoDB on a gcePersistentDisk and PostgreSQL on an awsElasticBlockStore volume
        // WHEN datastore-inline-cloud-disk judges them
        List<String> found = messages("datastore-inline-cloud-disk", "bad-inline-disks.yaml", false);
        // THEN each message names the datastore, its data path and the inline disk
        assertThat(found).containsExactly(
                "Deployment default/mongo: MongoDB (image mongo:7.0) in container mongo keeps its data in /data/db "
                        + "on inline gcePersistentDisk volume data instead of a PersistentVolumeClaim; the pod spec "
                        + "names one hand-made disk in one zone, whose in-tree driver Kubernetes has removed",
                "StatefulSet default/pg: PostgreSQL (image postgres:16) in container postgres keeps its data in "
                        + "/var/lib/postgresql/data on inline awsElasticBlockStore volume pgdata instead of a "
                        + "PersistentVolumeClaim; the pod spec names one hand-made disk in one zone, whose in-tree "
                        + "driver Kubernetes has removed");
    }

    @Test
    void an_inline_cloud_disk_in_a_statefulset_is_one_finding_not_two() {
        // GIVEN the StatefulSet of the bad fixture, whose data is on an inline EBS volume
        // WHEN statefulset-claim-templates judges it
        RuleSet one = RuleSet.of("one", List.of(RuleSets.all().rule("statefulset-claim-templates").orElseThrow()));
        List<Finding> found = Validator.of(one).evaluate(new ManifestReader().read(
                FIXTURES.resolve("datastore-inline-cloud-disk/bad-inline-disks.yaml"))).findings();
        // THEN it leaves the finding to datastore-inline-cloud-disk
        assertThat(found).isEmpty();
    }

    @Test
    void an_unmounted_claim_template_is_reported_and_an_unmounted_claim_only_in_a_complete_set()
            throws IOException {
        // GIVEN a claim template no container mounts and a claim no workload mounts
        String fixture = "bad-unmounted-claims.yaml";
        // WHEN claim-unused judges them, without and with the set declared complete
        List<String> open = messages("claim-unused", fixture, false);
        List<String> closed = messages("claim-unused", fixture, true);
        // THEN the template is reported either way, the claim only in the complete set
        String template = "StatefulSet default/pg: volumeClaimTemplate data is mounted by no container of the "
                + "StatefulSet, so each replica gets a claim nothing writes to";
        assertThat(open).containsExactly(template);
        assertThat(closed).containsExactly(template, "PersistentVolumeClaim default/reports: claim reports is "
                + "mounted by no workload of the set, so it holds a volume that nothing uses");
        // AND the complete set's findings sit on the marked lines
        assertCompleteMarkers("claim-unused", fixture);
    }

    @Test
    void a_missing_claim_is_reported_only_in_a_complete_set() throws IOException {
        // GIVEN a Deployment mounting a claim the set does not hold
        String fixture = "bad-claim-not-in-set.yaml";
        // WHEN claim-missing judges it, without and with the set declared complete
        // THEN only the complete set reports it
        assertThat(messages("claim-missing", fixture, false)).isEmpty();
        assertThat(messages("claim-missing", fixture, true)).containsExactly("Deployment blog/wordpress: volume "
                + "content names PersistentVolumeClaim blog/wp-content, which the set does not hold; its pods stay "
                + "Pending until it exists");
        assertCompleteMarkers("claim-missing", fixture);
    }

    @Test
    void claims_in_the_set_and_claims_made_from_templates_are_held_in_a_complete_set() {
        // GIVEN a claim of the set and a Job mounting data-mysql-0, which StatefulSet mysql makes
        // WHEN claim-missing and claim-unused judge them in a complete set
        // THEN neither reports anything
        assertThat(messages("claim-missing", "good-claims-in-set.yaml", true)).isEmpty();
        assertThat(messages("claim-unused", "good-claims-mounted.yaml", true)).isEmpty();
    }

    @Test
    void each_empty_password_switch_is_named_without_any_password() {
        // GIVEN MySQL, PostgreSQL, Bitnami MariaDB, Redis and MongoDB started without a password
        // WHEN datastore-empty-password judges them
        List<String> found = messages("datastore-empty-password", "bad-no-password.yaml", false);
        // THEN each message names the container, the datastore and the switch or the missing option
        assertThat(found).containsExactly(
                "StatefulSet default/db: container mysql runs MySQL (image mysql:8.0) with "
                        + "MYSQL_ALLOW_EMPTY_PASSWORD set and no root password, so root logs in without one",
                "StatefulSet default/db: container postgres runs PostgreSQL (image postgres:16) with "
                        + "POSTGRES_HOST_AUTH_METHOD=trust, so any client that reaches it logs in as any user "
                        + "without a password",
                "StatefulSet default/db: container mariadb runs MariaDB (image bitnami/mariadb:11.4) with "
                        + "ALLOW_EMPTY_PASSWORD=yes and no password, so it accepts clients without one",
                "StatefulSet default/cache: container redis runs Redis (image redis:7.2) without requirepass, so "
                        + "any client that reaches port 6379 reads and writes every key",
                "StatefulSet default/cache: container mongo runs MongoDB (image mongo:7.0) without "
                        + "MONGO_INITDB_ROOT_PASSWORD or --auth, so any client that reaches port 27017 reads and "
                        + "writes every database");
    }

    @Test
    void a_mysql_switch_beside_a_root_password_and_a_redis_sentinel_are_not_reported() {
        // GIVEN MySQL with the switch and a root password from a Secret, and a Redis Sentinel container
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
                      containers:
                      - name: mysql
                        image: mysql:8.0
                        env:
                        - {name: MYSQL_ALLOW_EMPTY_PASSWORD, value: "yes"}
                        - name: MYSQL_ROOT_PASSWORD
                          valueFrom: {secretKeyRef: {name: mysql, key: root}}
                      - name: sentinel
                        image: redis:7.2
                        command: [redis-sentinel, /etc/sentinel/sentinel.conf]
                """;
        RuleSet one = RuleSet.of("one", List.of(RuleSets.all().rule("datastore-empty-password").orElseThrow()));
        // WHEN datastore-empty-password judges it
        List<Finding> found = Validator.of(one).evaluate(new ManifestReader().readString(yaml)).findings();
        // THEN root has a password and the Sentinel keeps no data of its own: no finding
        assertThat(found).isEmpty();
    }
}
