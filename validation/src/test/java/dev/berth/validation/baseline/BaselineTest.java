package dev.berth.validation.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.ObjectRef;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.Location;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines: record today's findings, fail only on new ones, survive unrelated edits. */
class BaselineTest {

    private static final String MYSQL = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: mysql, namespace: shop}
            spec:
              selector: {matchLabels: {app: mysql}}
              template:
                metadata: {labels: {app: mysql}}
                spec:
                  containers:
                  - {name: mysql, image: "mysql:8.0"}
            """;

    private static final String MONGO = """
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: mongo, namespace: shop}
            spec:
              selector: {matchLabels: {app: mongo}}
              template:
                metadata: {labels: {app: mongo}}
                spec:
                  containers:
                  - {name: mongo, image: "mongo:7.0"}
            """;

    private final ManifestReader reader = new ManifestReader();

    private Report evaluate(String yaml) {
        // One rule keeps the expected baselines small and independent of the catalogue's growth.
        return Validator.of(RuleSet.of("baseline-test",
                List.of(RuleSets.all().rule("database-not-statefulset").orElseThrow())))
                .evaluate(reader.readString(yaml, "shop.yaml"));
    }

    @Test
    void a_baseline_is_deterministic_json_keyed_by_rule_object_and_field() {
        // GIVEN today's report
        Report today = evaluate(MYSQL);
        // WHEN it becomes a baseline
        String json = Baseline.of(today).toJson();
        // THEN the file names rule, object and field, and no line
        assertThat(json).isEqualTo("""
                {
                  "schema": "berth.dev/baseline/v1",
                  "total": 1,
                  "findings": [
                    {
                      "ruleId": "database-not-statefulset",
                      "object": {
                        "kind": "Deployment",
                        "namespace": "shop",
                        "name": "mysql"
                      },
                      "fieldPath": "spec.template.spec.containers[0].image",
                      "count": 1
                    }
                  ]
                }
                """);
    }

    @Test
    void only_new_findings_remain_after_filtering(@TempDir Path dir) {
        // GIVEN a committed baseline of MySQL's finding
        Path file = dir.resolve("baseline/berth-baseline.json");
        Baseline.of(evaluate(MYSQL)).write(file);
        // WHEN MongoDB joins, and lines above MySQL shift by an unrelated edit
        Report tomorrow = evaluate("# a comment\n# and another\n" + MYSQL + MONGO);
        Report fresh = Baseline.read(file).filter(tomorrow);
        // THEN only MongoDB's finding is new
        assertThat(tomorrow.findings()).hasSize(2);
        assertThat(fresh.findings()).extracting(f -> f.object().name()).containsExactly("mongo");
        assertThat(fresh.ruleSet()).isEqualTo(tomorrow.ruleSet());
        assertThat(fresh.rules()).isEqualTo(tomorrow.rules());
    }

    @Test
    void a_key_counts_its_findings_and_findings_beyond_the_count_are_new() {
        // GIVEN a baseline that accepts two findings at one field
        ObjectRef db = ObjectRef.of("Deployment", "shop", "db");
        Finding one = new Finding("r", Severity.HIGH, db, "spec", "first", "Fix.", Location.none());
        Finding two = new Finding("r", Severity.HIGH, db, "spec", "second", "Fix.", Location.none());
        Finding three = new Finding("r", Severity.HIGH, db, "spec", "third", "Fix.", Location.none());
        Baseline baseline = Baseline.of(report(one, two));
        assertThat(baseline.entries()).containsEntry(new Baseline.Key("r", db, "spec"), 2);
        // WHEN three appear
        Report fresh = baseline.filter(report(one, two, three));
        // THEN the third is new
        assertThat(fresh.findings()).extracting(Finding::message).containsExactly("third");
        assertThat(baseline.size()).isEqualTo(2);
    }

    @Test
    void fixed_findings_are_listed_so_the_baseline_can_shrink() {
        Baseline baseline = Baseline.of(evaluate(MYSQL + MONGO));
        Map<Baseline.Key, Integer> fixed = baseline.fixed(evaluate(MONGO));
        assertThat(fixed.keySet()).extracting(Baseline.Key::toString).containsExactly(
                "database-not-statefulset Deployment shop/mysql spec.template.spec.containers[0].image");
    }

    @Test
    void a_baseline_reads_back_equal_to_what_was_written(@TempDir Path dir) {
        Baseline baseline = Baseline.of(evaluate(MYSQL + MONGO));
        Path file = dir.resolve("b.json");
        baseline.write(file);
        assertThat(Baseline.read(file)).isEqualTo(baseline);
        assertThat(Baseline.read(file).toJson()).isEqualTo(baseline.toJson());
    }

    @Test
    void a_file_that_is_not_a_baseline_is_refused_with_its_name() {
        assertThatThrownBy(() -> Baseline.parse("{\"schema\": \"berth.dev/report/v1\"}", "b.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline b.json has schema \"berth.dev/report/v1\", expected \"berth.dev/baseline/v1\"; "
                        + "write it again with Baseline.of(report).write(file)");
        assertThatThrownBy(() -> Baseline.parse("{", "b.json"))
                .hasMessageStartingWith("baseline b.json is not JSON: ");
        assertThatThrownBy(() -> Baseline.parse("{\"schema\": \"berth.dev/baseline/v1\", \"findings\": [{}]}",
                "b.json")).hasMessage("baseline b.json: findings[0] needs a ruleId and an object {kind, namespace, "
                        + "name}");
    }

    @Test
    void an_empty_baseline_lets_every_finding_through() {
        Report today = evaluate(MYSQL);
        assertThat(Baseline.empty().filter(today).findings()).isEqualTo(today.findings());
    }

    private static Report report(Finding... findings) {
        return new Report("custom", 1, Map.of(), List.of(findings), List.of());
    }
}
