package dev.berth.validation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Category;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule page's {@code ## Good} example is a remediation a user can apply as it is: judged on its own by every rule,
 * it has no finding of its rule and no schema finding (nothing the API server would refuse that Berth knows of).
 * Other rules may still speak: a page shows one rule's fix, not a hardened workload.
 */
class GoodExamplesTest {

    private static final Path DOCS = Path.of(System.getProperty("berth.root", "..")).resolve("docs/rules");

    static Stream<Rule> rules() {
        return RuleSets.all().rules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_good_example_judged_alone_has_no_finding_of_its_rule_and_no_schema_finding(Rule rule)
            throws IOException {
        // GIVEN the Good example of the rule's page, alone
        Path page = DOCS.resolve(rule.id() + ".md");
        String good = CatalogueTest.yamlBlock(Files.readAllLines(page, StandardCharsets.UTF_8), "## Good", page);
        // WHEN every rule judges it
        Report report = Validator.of(RuleSets.all()).evaluate(new ManifestReader().readString(good, page + " ## Good"));
        // THEN its own rule is silent, and so is every schema rule
        List<String> wrong = report.findings().stream()
                .filter(f -> f.ruleId().equals(rule.id()) || isSchema(report, f))
                .map(f -> f.ruleId() + ": " + f.headline()).toList();
        assertThat(wrong).as("findings on the ## Good example of %s", page).isEmpty();
    }

    @Test
    void privilege_escalation_stays_silent_on_a_privileged_container_that_leaves_the_field_unset() {
        // GIVEN a privileged container, which the API server refuses with allowPrivilegeEscalation: false
        String privileged = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: node-agent
                spec:
                  containers:
                  - name: agent
                    image: example/agent:1.0
                    securityContext:
                      privileged: true
                """;
        // WHEN every rule judges it
        Report report = Validator.of(RuleSets.all()).evaluate(new ManifestReader().readString(privileged));
        // THEN privileged speaks, and privilege-escalation does not ask for a field the API server would refuse
        assertThat(report.findingsOf("privileged")).hasSize(1);
        assertThat(report.findingsOf("privilege-escalation")).isEmpty();
    }

    private static boolean isSchema(Report report, Finding finding) {
        return report.rule(finding.ruleId()) != null
                && report.rule(finding.ruleId()).category() == Category.SCHEMA;
    }
}
