package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.rules.SuppressionWithoutReason;
import dev.berth.validation.rules.storage.DatabaseNotStatefulSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: reports, their text, suppressions, rule sets and the two doors. */
class ValidatorTest {

    private static final String MYSQL_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: mysql
              namespace: shop
            spec:
              selector: {matchLabels: {app: mysql}}
              template:
                metadata: {labels: {app: mysql}}
                spec:
                  containers:
                  - name: mysql
                    image: mysql:8.0
            """;

    /** Two rules are enough to exercise the engine; the catalogue's own tests judge the rest. */
    private static final RuleSet FOCUSED = RuleSet.of("focused",
            List.of(new DatabaseNotStatefulSet(), new SuppressionWithoutReason()));

    private final ManifestReader reader = new ManifestReader();
    private final Validator validator = Validator.of(FOCUSED);

    @Test
    void a_violated_rule_reads_as_headline_object_location_remediation_and_link() {
        // GIVEN MySQL in a Deployment
        Manifest manifest = reader.readString(MYSQL_DEPLOYMENT, "mysql.yaml");
        // WHEN the rules judge it
        Report report = validator.evaluate(manifest);
        // THEN the text names the rule, the object, the line and the fix
        assertThat(report.toText()).isEqualTo("""
                Rule 'database-not-statefulset' [HIGH] was violated (1 time):
                  Deployment shop/mysql: Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment \
                gives its pods no stable identity and no storage of their own
                    at mysql.yaml:13:9
                Remediation: Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing \
                Service, or host it outside the cluster behind an ExternalName Service.
                See: berth explain database-not-statefulset, https://berth.dev/rules/database-not-statefulset

                1 finding in 1 object (rule set focused): 1 high, 0 medium, 0 low, 0 info
                """);
    }

    @Test
    void a_finding_is_a_record_with_rule_object_field_and_position() {
        Manifest manifest = reader.readString(MYSQL_DEPLOYMENT, "mysql.yaml");
        Finding finding = validator.evaluate(manifest).findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("database-not-statefulset");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.object().toString()).isEqualTo("Deployment shop/mysql");
        assertThat(finding.fieldPath()).isEqualTo("spec.template.spec.containers[0].image");
        assertThat(finding.location().file()).contains("mysql.yaml");
        assertThat(finding.location().line()).isEqualTo(13);
    }

    @Test
    void a_reasoned_suppression_silences_the_rule_and_is_kept_in_the_report() {
        String yaml = MYSQL_DEPLOYMENT.replace("  namespace: shop\n",
                "  namespace: shop\n  annotations:\n    ignore.berth.dev/database-not-statefulset: \"throwaway test db\"\n");
        Report report = validator.evaluate(reader.readString(yaml));
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).extracting(Finding::ruleId).containsExactly("database-not-statefulset");
    }

    @Test
    void a_suppression_without_a_reason_suppresses_nothing_and_is_itself_a_finding() {
        String yaml = MYSQL_DEPLOYMENT.replace("  namespace: shop\n",
                "  namespace: shop\n  annotations:\n    ignore.berth.dev/database-not-statefulset: \"\"\n");
        Report report = validator.evaluate(reader.readString(yaml));
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactly("database-not-statefulset", "suppression-without-reason");
        assertThat(report.findingsOf("suppression-without-reason").get(0).message()).isEqualTo(
                "the suppression of rule database-not-statefulset gives no reason, so it suppresses nothing");
    }

    @Test
    void check_throws_an_assertion_error_with_the_text_report() {
        Manifest manifest = reader.readString(MYSQL_DEPLOYMENT, "mysql.yaml");
        assertThatThrownBy(() -> validator.check(manifest))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Rule 'database-not-statefulset' [HIGH] was violated (1 time):");
    }

    @Test
    void check_passes_below_its_threshold() {
        Manifest manifest = reader.readString(MYSQL_DEPLOYMENT);
        RuleSet lowered = FOCUSED.withSeverity("database-not-statefulset", Severity.LOW);
        Validator.of(lowered).failingAt(Severity.MEDIUM).check(manifest);
        assertThat(Validator.of(lowered).evaluate(manifest).findings().get(0).severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void parallel_and_sequential_runs_give_the_same_report() {
        Manifest manifest = reader.readString(MYSQL_DEPLOYMENT + "---\n" + MYSQL_DEPLOYMENT.replace("mysql", "pg")
                .replace("MySQL", "pg").replace("pg:8.0", "postgres:16"));
        List<Finding> parallel = Validator.of(RuleSets.all()).evaluate(manifest).findings();
        List<Finding> sequential = Validator.of(RuleSets.all()).parallel(false).evaluate(manifest).findings();
        assertThat(parallel).isEqualTo(sequential).hasSizeGreaterThan(2);
    }

    @Test
    void a_rule_set_can_drop_rules_and_refuses_unknown_ids() {
        RuleSet without = FOCUSED.without("database-not-statefulset");
        assertThat(without.contains("database-not-statefulset")).isFalse();
        assertThat(Validator.of(without).evaluate(reader.readString(MYSQL_DEPLOYMENT)).isEmpty()).isTrue();
        assertThatThrownBy(() -> RuleSets.recommended().without("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set recommended has no rule no-such-rule");
    }

    @Test
    void an_unknown_rule_set_name_lists_the_known_ones() {
        assertThatThrownBy(() -> RuleSets.named("everything"))
                .hasMessage("no rule set named everything; the rule sets are [recommended, strict, "
                        + "pod-security-baseline, pod-security-restricted, all]");
    }

    @Test
    void rule_metadata_is_checked_when_it_is_built() {
        assertThatThrownBy(() -> RuleInfo.id("Bad_Id").summary("s").category(Category.WORKLOAD)
                .remediation("Fix it.").build())
                .hasMessage("rule id must be kebab-case, optionally after a pack prefix and a dot (team-label, "
                        + "acme.team-label), was Bad_Id");
        assertThatThrownBy(() -> RuleInfo.id("ok").summary("ends with a period.").category(Category.WORKLOAD)
                .remediation("Fix it.").build())
                .hasMessage("rule ok: summary must be one line without a trailing period, was ends with a period.");
    }

    @Test
    void an_identical_finding_is_reported_once_with_its_count(@TempDir Path dir) throws IOException {
        // GIVEN MySQL in a Deployment, in a file named twice (a folder and a file inside it), so the set holds the
        // object twice, at the same place
        Path file = Files.writeString(dir.resolve("mysql.yaml"), MYSQL_DEPLOYMENT);
        Manifest manifest = reader.read(file, file);
        // WHEN the rules judge it
        Report report = validator.evaluate(manifest);
        // THEN the finding is reported once, and the text says how many times it was found
        assertThat(report.findings()).hasSize(1);
        assertThat(report.times(report.findings().get(0))).isEqualTo(2);
        assertThat(report.toText()).isEqualTo("""
                Rule 'database-not-statefulset' [HIGH] was violated (1 time):
                  Deployment shop/mysql: Deployment runs MySQL (image mysql:8.0) in container mysql; a Deployment \
                gives its pods no stable identity and no storage of their own (2 times)
                    at %s:13:9
                Remediation: Run the datastore as a StatefulSet with volumeClaimTemplates and a headless governing \
                Service, or host it outside the cluster behind an ExternalName Service.
                See: berth explain database-not-statefulset, https://berth.dev/rules/database-not-statefulset

                1 finding in 2 objects (rule set focused): 1 high, 0 medium, 0 low, 0 info
                """.formatted(report.findings().get(0).location().file().orElseThrow()));
    }
}
