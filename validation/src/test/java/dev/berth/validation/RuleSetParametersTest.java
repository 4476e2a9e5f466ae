package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One parameter set on every rule that declares it: {@code berth lint --complete} and the Maven plugin's complete. */
class RuleSetParametersTest {

    @Test
    void complete_reaches_every_rule_that_declares_it_and_no_other() {
        // GIVEN the recommended rules, some of which declare the parameter complete
        RuleSet recommended = RuleSets.recommended();
        List<Rule> declaring = recommended.rules().stream()
                .filter(rule -> rule.info().parameter("complete") != null).toList();
        assertThat(declaring).isNotEmpty();
        // WHEN complete is set where declared
        RuleSet whole = recommended.withParameterWhereDeclared("complete", Boolean.TRUE);
        // THEN each declaring rule has it, and the others have no parameter set
        for (Rule rule : whole.rules()) {
            if (declaring.contains(rule)) {
                assertThat(whole.parametersOf(rule)).as(rule.id()).containsEntry("complete", Boolean.TRUE);
            } else {
                assertThat(whole.parametersOf(rule)).as(rule.id()).doesNotContainKey("complete");
            }
        }
        assertThat(whole.rules()).isEqualTo(recommended.rules());
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        assertThatThrownBy(() -> RuleSets.recommended().withParameterWhereDeclared("complete", "yes"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
