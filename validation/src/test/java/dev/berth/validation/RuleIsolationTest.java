package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.rules.storage.DatabaseNotStatefulSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that throws is one finding of its own; every other object and every other rule is still judged. */
class RuleIsolationTest {

    private static final String THREE_DATABASES = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: first, namespace: shop}
            spec:
              selector: {matchLabels: {app: first}}
              template:
                metadata: {labels: {app: first}}
                spec:
                  containers: [{name: mysql, image: "mysql:8.0"}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: broken, namespace: shop}
            spec:
              selector: {matchLabels: {app: broken}}
              template:
                metadata: {labels: {app: broken}}
                spec:
                  containers: [{name: mysql, image: "mysql:8.0"}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: last, namespace: shop}
            spec:
              selector: {matchLabels: {app: last}}
              template:
                metadata: {labels: {app: last}}
                spec:
                  containers: [{name: mysql, image: "mysql:8.0"}]
            """;

    /** Reports every object, and throws on the one named broken, as a rule with a bug would. */
    static final class FailsOnBroken extends Rule {
        private final boolean objectByObject;

        FailsOnBroken(boolean objectByObject) {
            super(objectByObject
                    ? RuleInfo.id("fails-on-broken").summary("Fails on broken").severity(Severity.LOW)
                            .category(Category.CONFIG).remediation("None.").objectByObject().build()
                    : RuleInfo.id("fails-on-broken").summary("Fails on broken").severity(Severity.LOW)
                            .category(Category.CONFIG).remediation("None.").build());
            this.objectByObject = objectByObject;
        }

        @Override
        public void check(RuleContext context) {
            for (HasMetadata object : context.objects()) {
                if (object.getMetadata().getName().equals("broken")) {
                    String missing = null;
                    missing.length();
                }
                context.report(object, "", "seen");
            }
        }
    }

    private final Manifest manifest = new ManifestReader().readString(THREE_DATABASES, "dbs.yaml");

    @Test
    void a_rule_that_throws_on_one_object_still_judges_the_others_in_its_block() {
        // GIVEN a rule that throws on the second of three objects, judged in one block
        RuleSet set = RuleSet.of("isolated", List.of(new FailsOnBroken(true), new DatabaseNotStatefulSet()));
        // WHEN the validator runs it, serially and in parallel, in blocks of every size
        for (int blockSize : new int[] {1, 2, 512}) {
            for (boolean parallel : new boolean[] {false, true}) {
                Report report = Validator.of(set).parallel(parallel).inBlocksOf(blockSize).evaluate(manifest);
                // THEN the failure is one finding on the object, the other objects keep their findings
                assertThat(report.findingsOf("fails-on-broken")).extracting(f -> f.object().name())
                        .containsExactly("first", "last");
                assertThat(report.findingsOf(RuleFailure.ID)).singleElement().satisfies(failure -> {
                    assertThat(failure.object().toString()).isEqualTo("Deployment shop/broken");
                    assertThat(failure.severity()).isEqualTo(Severity.HIGH);
                    assertThat(failure.location().describe()).isEqualTo("dbs.yaml:11:1");
                    assertThat(failure.message()).isEqualTo("rule fails-on-broken failed: NullPointerException: "
                            + "Cannot invoke \"String.length()\" because \"missing\" is null");
                });
                // AND every other rule judged every object
                assertThat(report.findingsOf("database-not-statefulset")).hasSize(3);
            }
        }
    }

    @Test
    void a_whole_set_rule_that_throws_is_reported_on_the_object_that_fails_it_alone() {
        // GIVEN a rule that sees the whole set in one pass and throws on one object
        RuleSet set = RuleSet.of("isolated", List.of(new FailsOnBroken(false), new DatabaseNotStatefulSet()));
        // WHEN the validator runs it
        Report report = Validator.of(set).evaluate(manifest);
        // THEN its findings are lost for this run, but the failure names the object and the other rules still ran
        assertThat(report.findingsOf("fails-on-broken")).isEmpty();
        assertThat(report.findingsOf(RuleFailure.ID)).extracting(f -> f.object().toString())
                .containsExactly("Deployment shop/broken");
        assertThat(report.findingsOf("database-not-statefulset")).hasSize(3);
        assertThat(report.rule(RuleFailure.ID)).isEqualTo(RuleFailure.INFO);
    }

    @Test
    void a_failure_message_quotes_no_input_value() {
        // GIVEN a rule whose exception message would quote an input value
        Rule parsing = new Rule(RuleInfo.id("parses-replicas").summary("Parses").severity(Severity.LOW)
                .category(Category.CONFIG).remediation("None.").objectByObject().build()) {
            @Override
            public void check(RuleContext context) {
                Integer.parseInt("s3cr3t-value");
            }
        };
        // WHEN it fails
        Report report = Validator.of(RuleSet.of("one", List.of(parsing))).evaluate(manifest);
        // THEN the message names the exception and where it came from, never the value
        assertThat(report.findingsOf(RuleFailure.ID)).hasSize(3).allSatisfy(failure -> {
            assertThat(failure.message()).startsWith("rule parses-replicas failed: NumberFormatException: at "
                    + "NumberFormatException.forInputString(NumberFormatException.java:");
            assertThat(failure.message()).doesNotContain("s3cr3t");
        });
    }

    @Test
    void a_failing_lookup_table_is_one_finding_not_one_per_object() {
        // GIVEN a rule whose whole-set table throws
        Rule tabled = new Rule(RuleInfo.id("tabled").summary("Uses a table").severity(Severity.LOW)
                .category(Category.CONFIG).remediation("None.").objectByObject().build()) {
            @Override
            public void check(RuleContext context) {
                context.once("broken-table", m -> {
                    throw new IllegalStateException("no table");
                });
            }
        };
        // WHEN it runs in blocks of one object
        Report report = Validator.of(RuleSet.of("one", List.of(tabled))).inBlocksOf(1).evaluate(manifest);
        // THEN one failure stands for all, on the manifest's first object
        assertThat(report.findingsOf(RuleFailure.ID)).singleElement().satisfies(failure -> {
            assertThat(failure.object().name()).isEqualTo("first");
            assertThat(failure.message()).startsWith("rule tabled failed: IllegalStateException: at ");
        });
    }
}
