package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.fluent.FluentRule;
import dev.berth.validation.fluent.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Judging a manifest block by block gives the very report that judging it in one pass gives: the same findings, in
 * the same order, the same suppressed findings. Blocks of one object are the hardest case: every lookup of another
 * object then crosses a block, so a rule that walks the manifest instead of its block, or builds a table from its
 * block alone, shows up here.
 */
class BlockEquivalenceTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
    private static final Validator ONE_PASS = Validator.of(RuleSets.all()).inBlocksOf(Integer.MAX_VALUE);

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void each_rule_fixture_gets_the_same_report_in_blocks_of_one_object(Path fixture) {
        // GIVEN a rule fixture
        Manifest manifest = new ManifestReader().read(fixture);
        // WHEN every rule judges it one object at a time, and in one pass
        // THEN the reports are the same
        assertSameReport(manifest, ONE_PASS.inBlocksOf(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64})
    void every_fixture_together_gets_the_same_report_whatever_the_block_size(int blockSize) {
        // GIVEN every fixture of every rule as one manifest, some hundred objects
        Manifest manifest = new ManifestReader().read(FIXTURES);
        assertThat(manifest.size()).isGreaterThan(300);
        // WHEN judged in blocks of that size, in parallel and serially
        // THEN the reports are the one-pass report
        assertSameReport(manifest, ONE_PASS.inBlocksOf(blockSize));
        assertSameReport(manifest, ONE_PASS.inBlocksOf(blockSize).parallel(false));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 50})
    void the_shared_corpus_together_gets_the_same_report_whatever_the_block_size(int blockSize) {
        Manifest manifest = new ManifestReader().read(CORPUS);
        assertSameReport(manifest, ONE_PASS.inBlocksOf(blockSize));
    }

    @Test
    void a_fluent_rule_sees_the_whole_manifest_so_a_block_without_its_objects_is_no_empty_selection() {
        // GIVEN a rule that must select something, and a manifest where one object of hundreds is selected
        FluentRule rule = Rules.workloads().that().haveNameMatching("web").should().haveReplicasAtLeast(1)
                .because("the front end runs");
        Manifest manifest = new ManifestReader().read(FIXTURES).plus(new ManifestReader().readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: fluent}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: "nginx:1.27"}]
                """, "web.yaml"));
        // WHEN it runs in blocks of one object
        Report report = Validator.of(RuleSet.of("fluent", java.util.List.of(rule))).inBlocksOf(1).evaluate(manifest);
        // THEN it judged the whole set at once: it selected the Deployment and found nothing wrong
        assertThat(rule.info().objectByObject()).isFalse();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void a_block_holds_at_least_one_object() {
        assertThatThrownBy(() -> Validator.recommended().inBlocksOf(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a block holds at least 1 object, was 0");
    }

    private static void assertSameReport(Manifest manifest, Validator blocks) {
        Report expected = ONE_PASS.evaluate(manifest);
        Report actual = blocks.evaluate(manifest);
        assertThat(actual.findings()).containsExactlyElementsOf(expected.findings());
        assertThat(actual.suppressed()).containsExactlyElementsOf(expected.suppressed());
        assertThat(actual.toText()).isEqualTo(expected.toText());
    }
}
