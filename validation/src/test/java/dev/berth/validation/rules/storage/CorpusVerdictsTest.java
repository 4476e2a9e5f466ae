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

    @Test
    void dump() throws IOException {
        Map<String, List<String>> actual = judge();
        actual.forEach((file, findings) -> System.out.println("DUMP " + file + " " + findings));
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
                found.get(file).add(finding.ruleId() + " " + finding.object() + " | " + finding.message());
            }
        }
        return found;
    }
}
