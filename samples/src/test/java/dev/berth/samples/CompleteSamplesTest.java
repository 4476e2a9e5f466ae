package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12 asks for "no false positive on a correct stateful application": every good sample holds the Secrets,
 * ConfigMaps and claims its workloads use, so the reference checks stay silent even with the set declared complete
 * (the CLI's {@code --complete}), and none of its datastores accepts clients without a password.
 */
class CompleteSamplesTest {

    private static final List<String> RULES = List.of("env-reference-missing", "claim-missing", "claim-unused",
            "datastore-empty-password", "datastore-inline-cloud-disk", "rbac-default-service-account");

    @TestFactory
    Stream<DynamicTest> good_samples_declared_complete_have_no_finding_of_the_issue_12_checks() {
        RuleSet set = RuleSet.of("issue-12", RULES.stream()
                .map(id -> RuleSets.all().rule(id).orElseThrow()).toList());
        for (String id : List.of("env-reference-missing", "claim-missing", "claim-unused")) {
            set = set.withParameter(id, "complete", true);
        }
        Validator validator = Validator.of(set);
        return Samples.all().stream().filter(sample -> !sample.counterExample()).map(sample -> DynamicTest
                .dynamicTest(sample.name(), () -> {
                    // GIVEN a good sample WHEN the checks judge it as a complete set
                    List<String> found = validator.evaluate(sample.manifest()).findings().stream()
                            .map(Finding::headline).toList();
                    // THEN there is no finding (payments-rdbms reads a ConfigMap through its environment, which the
                    // DSL now adds to the set with the component)
                    assertThat(found).isEmpty();
                }));
    }
}
