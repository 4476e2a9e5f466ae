package dev.berth.dsl.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The DSL and the validator agree: what the DSL writes for each seed case passes the recommended rules. */
class SeedCasesValidateTest {

    @TestFactory
    Stream<DynamicTest> every_seed_case_passes_the_recommended_rules_with_nothing_above_info() {
        Validator validator = Validator.of(RuleSets.recommended());
        return SeedCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            // GIVEN a seed case WHEN validated with the recommended rules
            Report report = validator.evaluate(e.getValue().get().manifest());
            // THEN nothing above info is found
            assertThat(report.atLeast(Severity.LOW).findings()).as(report.toText()).isEmpty();
        }));
    }
}
