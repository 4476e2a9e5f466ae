package dev.berth.validation.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the state and storage rules agreeing with the reviewer's verdicts on the shared corpus of real manifests, as
 * {@code docs/accuracy-corpus.md} records them. Files whose verdict is cross-file are judged together as one manifest.
 */
class CorpusVerdictsTest {

    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");

    /** Files the verdicts judge together; every other file is judged alone. */
    private static final List<List<String>> TOGETHER = List.of(
            List.of("k8s-website-mysql-statefulset.yaml", "k8s-website-mysql-services.yaml",
                    "k8s-website-mysql-configmap.yaml"),
            List.of("k8s-examples-cassandra-statefulset.yaml", "k8s-examples-cassandra-headless-service.yaml"),
            List.of("eks-workshop-catalog-mysql-statefulset-emptydir.yaml",
                    "eks-workshop-catalog-mysql-clusterip-service.yaml"),
            List.of("k8s-website-mysql-single-instance-deployment.yaml", "k8s-website-mysql-hostpath-pv-and-pvc.yaml"),
            List.of("k8s-examples-nfs-server-deployment.yaml", "k8s-examples-nfs-pv.yaml", "k8s-examples-nfs-pvc.yaml"),
            List.of("k8s-website-wordpress-deployment.yaml", "k8s-website-wordpress-mysql-deployment.yaml"));

    /** Per file, the storage findings Berth gives; docs/accuracy-corpus.md says how each meets the verdicts. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            entry("eks-workshop-catalog-mysql-clusterip-service.yaml"),
            entry("eks-workshop-catalog-mysql-statefulset-emptydir.yaml",
                    "authoritative-data-ephemeral StatefulSet default/catalog-mysql",
                    "backup-declared StatefulSet default/catalog-mysql",
                    "statefulset-headless-service StatefulSet default/catalog-mysql"),
            entry("k8s-examples-cassandra-headless-service.yaml"),
            entry("k8s-examples-cassandra-statefulset.yaml",
                    "backup-declared StatefulSet default/cassandra",
                    "data-retained StatefulSet default/cassandra",
                    "storage-class-beta-annotation StatefulSet default/cassandra",
                    "storage-survives-node-failure StatefulSet default/cassandra"),
            entry("k8s-examples-cockroachdb-statefulset.yaml",
                    "backup-declared StatefulSet default/cockroachdb",
                    "claim-storage-class StatefulSet default/cockroachdb",
                    "claim-template-shadowed StatefulSet default/cockroachdb"),
            entry("k8s-examples-elasticsearch-rbac.yaml"),
            entry("k8s-examples-guestbook-all-in-one.yaml",
                    "stateful-without-storage Deployment default/redis-master",
                    "stateful-without-storage Deployment default/redis-replica"),
            entry("k8s-examples-minio-standalone-deployment.yaml",
                    "backup-declared Deployment default/minio-deployment",
                    "database-not-statefulset Deployment default/minio-deployment"),
            entry("k8s-examples-mongo-rc-gcepd-hostport.yaml",
                    "backup-declared ReplicationController default/mongo-controller",
                    "database-not-statefulset ReplicationController default/mongo-controller",
                    "datastore-inline-cloud-disk ReplicationController default/mongo-controller"),
            entry("k8s-examples-nfs-pv.yaml"),
            entry("k8s-examples-nfs-pvc.yaml"),
            entry("k8s-examples-nfs-server-deployment.yaml"),
            entry("k8s-examples-redis-master-pod-emptydir.yaml",
                    "authoritative-data-ephemeral Pod default/redis-master",
                    "backup-declared Pod default/redis-master",
                    "database-not-statefulset Pod default/redis-master"),
            entry("k8s-examples-storageclass-gce-pd.yaml"),
            entry("k8s-website-hpa-php-apache.yaml"),
            entry("k8s-website-mongo-deployment-no-volume.yaml",
                    "authoritative-data-ephemeral Deployment default/mongo",
                    "backup-declared Deployment default/mongo",
                    "database-not-statefulset Deployment default/mongo"),
            entry("k8s-website-mysql-configmap.yaml"),
            entry("k8s-website-mysql-hostpath-pv-and-pvc.yaml"),
            entry("k8s-website-mysql-services.yaml"),
            entry("k8s-website-mysql-single-instance-deployment.yaml",
                    "backup-declared Deployment default/mysql",
                    "database-not-statefulset Deployment default/mysql",
                    "storage-survives-node-failure Deployment default/mysql"),
            entry("k8s-website-mysql-statefulset.yaml",
                    "backup-declared StatefulSet default/mysql",
                    "claim-storage-class StatefulSet default/mysql"),
            entry("k8s-website-networkpolicy-db.yaml"),
            entry("k8s-website-networkpolicy-default-deny-ingress.yaml"),
            entry("k8s-website-nginx-deployment.yaml"),
            entry("k8s-website-nginx-statefulset-web.yaml",
                    "claim-storage-class StatefulSet default/web"),
            entry("k8s-website-wordpress-deployment.yaml",
                    "claim-storage-class PersistentVolumeClaim default/wp-pv-claim"),
            entry("k8s-website-wordpress-mysql-deployment.yaml",
                    "backup-declared Deployment default/wordpress-mysql",
                    "claim-storage-class PersistentVolumeClaim default/mysql-pv-claim",
                    "database-not-statefulset Deployment default/wordpress-mysql"),
            entry("k8s-website-zookeeper-pdb-minavailable.yaml"),
            entry("k8s-website-zookeeper-statefulset.yaml",
                    "backup-declared StatefulSet default/zk",
                    "claim-storage-class StatefulSet default/zk"),
            entry("ksm-standard-clusterrole.yaml"),
            entry("ksm-standard-clusterrolebinding.yaml"),
            entry("ksm-standard-deployment.yaml"),
            entry("ksm-standard-serviceaccount.yaml"),
            entry("kubeflow-pipelines-postgres-hostpath-pv.yaml",
                    "storage-survives-node-failure PersistentVolume postgres-pv"),
            entry("mongo-k8s-sidecar-mongo-statefulset.yaml",
                    "backup-declared StatefulSet default/mongo",
                    "storage-class-beta-annotation StatefulSet default/mongo"),
            entry("online-boutique-cartservice-and-redis-cart.yaml",
                    "authoritative-data-ephemeral Deployment default/redis-cart",
                    "backup-declared Deployment default/redis-cart",
                    "database-not-statefulset Deployment default/redis-cart"),
            entry("sanderploegsma-redis-cluster-statefulset.yaml",
                    "backup-declared StatefulSet default/redis-cluster",
                    "claim-storage-class StatefulSet default/redis-cluster"),
            entry("voting-app-postgres-deployment-emptydir.yaml",
                    "authoritative-data-ephemeral Deployment default/db",
                    "backup-declared Deployment default/db",
                    "database-not-statefulset Deployment default/db"));

    @Test
    void every_corpus_file_gets_exactly_the_storage_findings_the_verdict_table_records() throws IOException {
        // GIVEN the corpus, cross-file verdicts judged together
        // WHEN every storage rule judges it
        Map<String, List<String>> actual = judge();
        // THEN each of the 38 files gets exactly the findings of the table
        assertThat(actual.keySet()).hasSize(38).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        actual.forEach((file, findings) -> assertThat(findings).as(file)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(file)));
    }

    @Test
    void the_three_verdict_rules_fire_exactly_on_the_files_the_reviewer_failed() throws IOException {
        // GIVEN the reviewer's FAIL verdicts for the DB-kind, headless and durable-PVC rules, agreed ones only
        Map<String, List<String>> failed = Map.of(
                "database-not-statefulset", List.of("k8s-examples-minio-standalone-deployment.yaml",
                        "k8s-examples-mongo-rc-gcepd-hostport.yaml", "k8s-examples-redis-master-pod-emptydir.yaml",
                        "k8s-website-mongo-deployment-no-volume.yaml",
                        "k8s-website-mysql-single-instance-deployment.yaml",
                        "k8s-website-wordpress-mysql-deployment.yaml",
                        "online-boutique-cartservice-and-redis-cart.yaml",
                        "voting-app-postgres-deployment-emptydir.yaml"),
                "statefulset-headless-service", List.of("eks-workshop-catalog-mysql-statefulset-emptydir.yaml"),
                "durable", List.of("eks-workshop-catalog-mysql-statefulset-emptydir.yaml",
                        "k8s-examples-cassandra-statefulset.yaml", "k8s-examples-redis-master-pod-emptydir.yaml",
                        "k8s-examples-mongo-rc-gcepd-hostport.yaml",
                        "k8s-website-mongo-deployment-no-volume.yaml",
                        "k8s-website-mysql-single-instance-deployment.yaml",
                        "kubeflow-pipelines-postgres-hostpath-pv.yaml",
                        "online-boutique-cartservice-and-redis-cart.yaml",
                        "voting-app-postgres-deployment-emptydir.yaml"));
        // WHEN the storage rules judge the corpus
        Map<String, List<String>> actual = judge();
        // THEN the files with a finding of each verdict rule are exactly those
        failed.forEach((rule, files) -> assertThat(actual.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(f -> rule.equals("durable")
                        ? DURABLE.stream().anyMatch(f::startsWith) : f.startsWith(rule + " ")))
                .map(Map.Entry::getKey).toList()).as(rule).containsExactlyInAnyOrderElementsOf(files));
    }

    private static final List<String> DURABLE = List.of("storage-survives-node-failure ",
            "authoritative-data-ephemeral ", "statefulset-claim-templates ", "datastore-inline-cloud-disk ");

    private static Map.Entry<String, List<String>> entry(String file, String... findings) {
        return Map.entry(file, List.of(findings));
    }

    static Map<String, List<String>> judge() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        List<List<String>> groups = new ArrayList<>(TOGETHER);
        files.stream().filter(f -> TOGETHER.stream().noneMatch(g -> g.contains(f))).forEach(f -> groups.add(List.of(f)));
        Map<String, List<String>> found = new TreeMap<>();
        files.forEach(f -> found.put(f, new ArrayList<>()));
        Validator validator = Validator.of(RuleSet.of("storage", new StorageRules().rules()));
        ManifestReader reader = new ManifestReader();
        for (List<String> group : groups) {
            Manifest manifest = Manifest.empty();
            for (String file : group) {
                manifest = manifest.plus(reader.read(CORPUS.resolve(file)));
            }
            for (Finding finding : validator.evaluate(manifest).findings()) {
                String file = Path.of(finding.location().file().orElseThrow()).getFileName().toString();
                found.get(file).add(finding.ruleId() + " " + finding.object());
            }
        }
        return found;
    }
}
