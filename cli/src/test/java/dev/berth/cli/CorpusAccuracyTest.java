package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.Reference;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.values.ObjectValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code berth lint} on the shared corpus agrees with the validation issue's accuracy table,
 * {@code docs/accuracy-corpus.md}: the table is parsed, not copied, so the two cannot drift apart.
 */
class CorpusAccuracyTest {

    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
    private static final Path TABLE = Path.of(System.getProperty("berth.root", ".."), "docs", "accuracy-corpus.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rules of the table's three verdict columns: DB-kind, Headless and Durable. */
    private static final Set<String> VERDICT_RULES = Set.of("database-not-statefulset", "statefulset-headless-service",
            "storage-survives-node-failure", "authoritative-data-ephemeral", "statefulset-claim-templates");

    /**
     * The files the table judges together, as its introduction names them ("the MySQL StatefulSet with its Services
     * and ConfigMap; Cassandra with its headless Service; ..."); every other file is judged alone.
     */
    private static final List<List<String>> TOGETHER = List.of(
            List.of("k8s-website-mysql-statefulset", "k8s-website-mysql-services", "k8s-website-mysql-configmap"),
            List.of("k8s-examples-cassandra-statefulset", "k8s-examples-cassandra-headless-service"),
            List.of("eks-workshop-catalog-mysql-statefulset-emptydir", "eks-workshop-catalog-mysql-clusterip-service"),
            List.of("k8s-website-mysql-single-instance-deployment", "k8s-website-mysql-hostpath-pv-and-pvc"),
            List.of("k8s-examples-nfs-server-deployment", "k8s-examples-nfs-pv", "k8s-examples-nfs-pvc"),
            List.of("k8s-website-wordpress-deployment", "k8s-website-wordpress-mysql-deployment"));

    @Test
    void lint_flags_the_same_files_with_the_same_verdict_rules_as_the_accuracy_table() throws IOException {
        // GIVEN the table's verdict columns, read from the docs
        Map<String, Set<String>> table = table();
        // WHEN berth lint judges the corpus as the table does, printing JSON
        Map<String, Set<String>> linted = new TreeMap<>();
        table.keySet().forEach(file -> linted.put(file, new TreeSet<>()));
        for (List<String> group : groups(table.keySet())) {
            List<String> args = new ArrayList<>(List.of("lint", "--rules", "all", "--format", "json"));
            group.forEach(file -> args.add(CORPUS.resolve(file + ".yaml").toString()));
            Cli.Result result = run(args.toArray(String[]::new));
            assertThat(result.err()).as(group.toString()).isEmpty();
            flagged(JSON.readTree(result.out())).forEach((file, rules) -> linted.get(file).addAll(rules));
        }
        // THEN every file carries exactly the verdict rules the table shows for it
        assertThat(table).hasSize(38);
        assertThat(table.values().stream().filter(rules -> !rules.isEmpty())).as("files the table flags").hasSize(11);
        assertThat(linted).isEqualTo(table);
    }

    @Test
    void lint_of_the_whole_corpus_folder_reads_every_file_and_flags_at_least_what_the_table_flags()
            throws IOException {
        // GIVEN the table, and the corpus folder as CI lints it in one run
        Map<String, Set<String>> table = table();
        // WHEN the whole folder is linted at once (unrelated applications side by side)
        Cli.Result result = run("lint", "--rules", "all", "--format", "json", CORPUS.toString());
        // THEN every file is read cleanly, findings exit 1, and each file the table flags is flagged with those rules
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.path("objects").asInt()).isGreaterThanOrEqualTo(table.size());
        Map<String, Set<String>> flagged = flagged(report);
        // (a file whose objects refer to an object the folder defines twice with other content is judged against the
        // definition Berth names in its duplicate-object finding, which may be another application's: its verdict
        // rules then depend on that choice, and the collision itself must be reported)
        Map<String, Set<ObjectRef>> ambiguous = referringToCollisions(new ManifestReader().read(CORPUS));
        Set<String> collisions = new TreeSet<>();
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("ruleId").asText().equals("duplicate-object")
                    && finding.path("message").asText().contains("other content")) {
                JsonNode object = finding.path("object");
                collisions.add(ObjectRef.of(object.path("kind").asText(), object.path("namespace").asText(),
                        object.path("name").asText()).toString());
            }
        }
        assertThat(ambiguous).as("files referring to colliding objects")
                .containsKey("k8s-website-mysql-single-instance-deployment");
        table.forEach((file, rules) -> {
            if (ambiguous.containsKey(file)) {
                assertThat(ambiguous.get(file)).as(file).allMatch(ref -> collisions.contains(ref.toString()));
            } else {
                assertThat(flagged.getOrDefault(file, Set.of())).as(file).containsAll(rules);
            }
        });
    }

    /**
     * @return per corpus file (without .yaml), the objects its objects refer to that the set defines more than once
     *         with different content
     */
    private static Map<String, Set<ObjectRef>> referringToCollisions(Manifest corpus) {
        Map<String, Set<ObjectRef>> referring = new TreeMap<>();
        for (Reference reference : corpus.references().all()) {
            List<HasMetadata> copies = corpus.objects().stream()
                    .filter(object -> ObjectRef.of(object).equals(reference.to())).toList();
            if (copies.size() > 1 && copies.stream().anyMatch(copy -> !ObjectValues.sameContent(copies.get(0), copy))) {
                HasMetadata from = corpus.find(reference.from()).orElseThrow();
                String file = Path.of(corpus.sourceOf(from).orElseThrow().origin()).getFileName().toString();
                referring.computeIfAbsent(file.replaceFirst("\\.yaml$", ""), f -> new TreeSet<>()).add(reference.to());
            }
        }
        return referring;
    }

    /** Per corpus file (without .yaml), the verdict rules its row names after an arrow in the three verdict columns. */
    static Map<String, Set<String>> table() throws IOException {
        Map<String, Set<String>> rows = new TreeMap<>();
        Pattern ruleAfterArrow = Pattern.compile("→[^`|]*`([a-z0-9-]+)`");
        boolean inTable = false;
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("| File |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            Set<String> rules = new TreeSet<>();
            for (int column = 2; column <= 4; column++) {
                for (String part : cells[column].split(";")) {
                    Matcher rule = ruleAfterArrow.matcher(part);
                    while (rule.find()) {
                        if (VERDICT_RULES.contains(rule.group(1))) {
                            rules.add(rule.group(1));
                        }
                    }
                }
            }
            rows.put(cells[1].trim(), rules);
        }
        return rows;
    }

    private static List<List<String>> groups(Set<String> files) throws IOException {
        List<List<String>> groups = new ArrayList<>(TOGETHER);
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            assertThat(corpus.filter(file -> file.toString().endsWith(".yaml")).count()).isEqualTo(files.size());
        }
        files.stream().filter(file -> TOGETHER.stream().noneMatch(group -> group.contains(file)))
                .forEach(file -> groups.add(List.of(file)));
        return groups;
    }

    private static Map<String, Set<String>> flagged(JsonNode report) {
        Map<String, Set<String>> flagged = new TreeMap<>();
        for (JsonNode finding : report.path("findings")) {
            String rule = finding.path("ruleId").asText();
            if (VERDICT_RULES.contains(rule)) {
                String file = Path.of(finding.path("location").path("file").asText()).getFileName().toString();
                flagged.computeIfAbsent(file.replaceFirst("\\.yaml$", ""), f -> new TreeSet<>()).add(rule);
            }
        }
        return flagged;
    }
}
