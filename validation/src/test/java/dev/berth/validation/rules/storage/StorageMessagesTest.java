package dev.berth.validation.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of each storage rule's main message shapes, judged on the rule's bad fixtures. */
class StorageMessagesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private static int markedLine(String fixture, String marker) throws IOException {
        List<String> lines = Files.readAllLines(FIXTURES.resolve(fixture));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(fixture + " has no line marked " + marker);
    }

    private static List<String> headlines(String ruleId, String fixture) {
        // GIVEN the fixture, WHEN the rule alone judges it
        Manifest manifest = new ManifestReader().read(Path.of("src/test/resources/fixtures", ruleId, fixture));
        RuleSet one = RuleSet.of(ruleId, List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    @Test
    void a_class_undefined_in_a_set_without_classes_is_reported_only_when_complete() throws IOException {
        // GIVEN "a folder that defines some StorageClasses is not the whole cluster; classes every provider ships
        // (GKE standard, standard-rwo, premium-rwo; EKS gp2, gp3; AKS default, managed-csi, managed-premium...) are
        // not \"undefined\". Report only with --complete, or keep a documented, overridable list of well-known
        // classes."
        Manifest manifest = new ManifestReader().read(FIXTURES.resolve(
                "claim-class-undefined/bad-complete-no-classes.yaml"));
        RuleSet complete = RuleSet.of("complete", List.of(new ClaimClassUndefined()))
                .withParameter("claim-class-undefined", "complete", true);
        // WHEN the rule judges the set as given, and declared complete
        List<String> open = headlines("claim-class-undefined", "bad-complete-no-classes.yaml");
        List<Finding> closed = Validator.of(complete).evaluate(manifest).findings();
        // THEN only the complete set has a finding, for the class no provider ships, on the marked line
        assertThat(open).isEmpty();
        assertThat(closed.stream().map(Finding::headline).toList()).containsExactly("PersistentVolumeClaim "
                + "default/data: claim data names StorageClass fast-ssd, which the set does not define (it defines "
                + "none) and which is not a class clusters ship (parameter wellKnownClasses)");
        assertThat(closed.get(0).location().line()).isEqualTo(markedLine("claim-class-undefined/"
                + "bad-complete-no-classes.yaml", "# when complete, expect: claim-class-undefined"));
    }

    @Test
    void the_well_known_classes_are_a_parameter_a_rule_set_can_change() {
        // GIVEN the provider classes fixture, and a rule set that knows only gp3 and managed-csi
        Manifest manifest = new ManifestReader().read(FIXTURES.resolve(
                "claim-class-undefined/good-provider-classes.yaml"));
        RuleSet narrowed = RuleSet.of("narrowed", List.of(new ClaimClassUndefined()))
                .withParameter("claim-class-undefined", "wellKnownClasses", "gp3, managed-csi");
        // WHEN the rule judges it
        List<String> found = Validator.of(narrowed).evaluate(manifest).findings().stream().map(Finding::headline)
                .toList();
        // THEN standard-rwo is no longer taken to come with the cluster
        assertThat(found).containsExactly("StatefulSet default/db: volumeClaimTemplate data names StorageClass "
                + "standard-rwo, which the set does not define; the set defines [ssd]");
    }

    @Test
    void a_database_in_a_bare_pod_names_the_kind_the_datastore_and_the_container() {
        assertThat(headlines("database-not-statefulset", "bad-redis-with-data.yaml")).containsExactly(
                "Pod default/redis-master: Pod runs Redis (image registry.k8s.io/redis:v1) in container master; a "
                        + "Pod gives its pods no stable identity and no storage of their own");
    }

    @Test
    void a_governing_service_that_is_not_headless_names_both_objects() {
        assertThat(headlines("statefulset-headless-service", "bad-clusterip-service.yaml")).containsExactly(
                "StatefulSet shop/db: spec.serviceName \"db\" names Service shop/db, which has type ClusterIP and "
                        + "no clusterIP: None (not headless)");
    }

    @Test
    void a_headless_service_selecting_other_pods_and_a_missing_service_are_told_apart() {
        assertThat(headlines("statefulset-headless-service", "bad-selector-and-missing.yaml")).containsExactly(
                "StatefulSet default/queue: spec.serviceName \"queue\" names Service default/queue, whose selector "
                        + "{app=rabbit} does not match the pod labels {app=queue}",
                "StatefulSet default/search: spec.serviceName \"search-headless\" names Service "
                        + "default/search-headless, which is not in the set");
    }

    @Test
    void ephemeral_data_names_the_datastore_the_path_and_the_volume() {
        assertThat(headlines("authoritative-data-ephemeral", "bad-emptydir-and-no-volume.yaml")).containsExactly(
                "Deployment default/db: PostgreSQL (image postgres:15-alpine) in container postgres keeps its data "
                        + "in /var/lib/postgresql/data on emptyDir volume db-data, which is deleted with the pod",
                "StatefulSet default/mongo: MongoDB (image mongo:7.0) in container mongo keeps its data in /data/db, "
                        + "which no volume covers: the data lives in the container's writable layer and is lost "
                        + "when the container restarts");
    }

    @Test
    void a_shared_claim_in_a_statefulset_names_the_claim() {
        assertThat(headlines("statefulset-claim-templates", "bad-shared-claim.yaml")).containsExactly(
                "StatefulSet default/mysql: MySQL (image mysql:8.0) in container mysql keeps its data in "
                        + "/var/lib/mysql on claim mysql-data, which every replica shares, instead of a "
                        + "volumeClaimTemplate");
    }

    @Test
    void node_local_storage_names_the_class_and_its_provisioner() {
        assertThat(headlines("storage-survives-node-failure", "bad-node-local-class.yaml")).containsExactly(
                "StatefulSet default/cassandra: Apache Cassandra (image cassandra:4.1) in container cassandra keeps "
                        + "its data in /var/lib/cassandra on volumeClaimTemplate cassandra-data of StorageClass "
                        + "fast, whose provisioner rancher.io/local-path makes node-local volumes");
    }

    @Test
    void hostpath_data_names_the_path_the_volume_and_unused_hostpath_volumes() {
        assertThat(headlines("storage-survives-node-failure", "bad-hostpath.yaml")).containsExactly(
                "Deployment default/mysql: MySQL (image mysql:8.0) in container mysql keeps its data in "
                        + "/var/lib/mysql on hostPath volume data (/mnt/mysql)",
                "Deployment default/postgres: PostgreSQL (image postgres:16) in container postgres keeps its data "
                        + "in /var/lib/postgresql/data on claim pg-claim, which can bind to PersistentVolume "
                        + "pg-volume (hostPath /mnt/pg)",
                "PersistentVolume postgres-pv: hostPath /data/postgresql is a directory on whichever node the pod "
                        + "runs on, and no nodeAffinity pins it: a pod on another node sees an empty directory, and "
                        + "ReadWriteMany does not share it across nodes");
    }

    @Test
    void deleted_claims_and_deleting_classes_are_named() {
        assertThat(headlines("data-retained", "bad-delete-policies.yaml")).containsExactly(
                "StatefulSet default/db: PostgreSQL (image postgres:16) in container postgres loses its claims when "
                        + "the StatefulSet is deleted (whenDeleted: Delete)",
                "StatefulSet default/db: PostgreSQL (image postgres:16) in container postgres keeps its data on "
                        + "volumeClaimTemplate data of StorageClass ssd, whose reclaimPolicy is unset (Delete): "
                        + "deleting the claim deletes the volume");
    }

    @Test
    void a_shared_rwo_claim_says_why_pods_land_on_several_nodes() {
        assertThat(headlines("rwo-claim-shared", "bad-replicas-autoscaler-rollout.yaml")).containsExactly(
                "Deployment default/uploads: claim files is ReadWriteOnce, which attaches to one node, but it runs "
                        + "3 replicas",
                "Deployment default/thumbnails: claim files is ReadWriteOnce, which attaches to one node, but "
                        + "HorizontalPodAutoscaler thumbnails scales it",
                "Deployment default/wordpress: claim files is ReadWriteOnce, which attaches to one node, but a "
                        + "rolling update starts the new pod before the old one stops (strategy RollingUpdate by "
                        + "default)");
    }

    @Test
    void a_claim_without_class_size_or_known_class_is_named() {
        assertThat(headlines("claim-storage-class", "bad-no-class.yaml")).first().isEqualTo(
                "PersistentVolumeClaim default/wp-pv-claim: claim wp-pv-claim names no storage class; the "
                        + "cluster's default StorageClass decides whether its data survives node failure and claim "
                        + "deletion");
        assertThat(headlines("claim-class-undefined", "bad-typo.yaml")).containsExactly(
                "StatefulSet default/db: volumeClaimTemplate data names StorageClass ssd-retian, which the set does "
                        + "not define; the set defines [ssd]");
        assertThat(headlines("claim-size-missing", "bad-no-size.yaml")).first().isEqualTo(
                "PersistentVolumeClaim default/data: claim data requests no storage size; the API server rejects a "
                        + "claim without one");
    }

    @Test
    void memory_only_state_and_missing_backups_are_information() {
        assertThat(headlines("stateful-without-storage", "bad-memory-only.yaml")).containsExactly(
                "Deployment default/redis-master: Redis (image registry.k8s.io/redis:e2e) in container master "
                        + "keeps its data in memory and on no persistent volume; it starts empty after every "
                        + "restart",
                "StatefulSet default/indexer: StatefulSet writes to [work] but has no persistent volume and no "
                        + "volumeClaimTemplates; its pods lose what they write on restart");
        assertThat(headlines("stateful-without-storage", "bad-marked-stateful.yaml")).containsExactly(
                "StatefulSet default/basket: StatefulSet is stateful (berth.dev/state-profile STATEFUL/NONE/NONE) "
                        + "and has no persistent volume; what it remembers is lost on every restart "
                        + "(berth.dev/without-storage: sessions may be lost)");
        assertThat(headlines("backup-declared", "bad-no-backup.yaml")).containsExactly(
                "StatefulSet shop/orders-db: PostgreSQL (image postgres:16) in container postgres has no backup: no "
                        + "CronJob in namespace shop mentions [orders-db] or runs a backup tool, and no "
                        + "backup.berth.dev/schedule annotation declares one");
    }

    @Test
    void the_beta_annotation_and_a_shadowed_volume_are_named() {
        assertThat(headlines("storage-class-beta-annotation", "bad-beta-annotation.yaml")).containsExactly(
                "StatefulSet default/mongo: volumeClaimTemplate mongo-persistent-storage names StorageClass fast "
                        + "with the deprecated annotation volume.beta.kubernetes.io/storage-class",
                "PersistentVolumeClaim default/legacy: claim legacy names StorageClass slow with the deprecated "
                        + "annotation volume.beta.kubernetes.io/storage-class, which overrides "
                        + "spec.storageClassName \"fast\"");
        assertThat(headlines("claim-template-shadowed", "bad-cockroachdb.yaml")).containsExactly(
                "StatefulSet default/cockroachdb: pod volume datadir (persistentVolumeClaim datadir) has the name "
                        + "of spec.volumeClaimTemplates[0]; the StatefulSet controller replaces it with the claim "
                        + "made from the template");
    }
}
