package dev.berth.assertj.extension;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.assertj.AbstractFindingsAssert;
import dev.berth.validation.Report;
import dev.berth.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 3: "{@code AbstractBerthAssert} says users do not extend it, so a platform team's own assertions
 * cannot share Berth's style". A team's assertion, in a package of its own, extends the findings assertion as AssertJ's
 * documentation shows.
 */
class AcmeFindingsAssertTest {

    /** The pattern the Javadoc of {@link AbstractFindingsAssert} documents. */
    static class AcmeFindingsAssert extends AbstractFindingsAssert<AcmeFindingsAssert> {
        AcmeFindingsAssert(Report actual) {
            super(actual, AcmeFindingsAssert.class);
        }

        static AcmeFindingsAssert assertThatFindings(Report report) {
            return new AcmeFindingsAssert(report);
        }

        AcmeFindingsAssert namesTheTeam(String team) {
            if (findings().stream().noneMatch(f -> f.message().contains(team))) {
                failWithMessage("Expecting a finding naming team %s, but found %s", team,
                        findings().stream().map(f -> f.message()).toList());
            }
            return myself;
        }
    }

    @Test
    void a_teams_own_assertion_chains_with_berths_and_sees_the_narrowed_findings() {
        // GIVEN the findings of a custom rule
        Report report = Validator.of(dev.berth.assertj.FindingsNarrowingTestAccess.TEAM)
                .evaluate(dev.berth.assertj.FindingsNarrowingTestAccess.TWO_UNLABELLED);
        // WHEN a team's assertion narrows with Berth's checks and then its own, THEN both read in one chain
        AcmeFindingsAssert.assertThatFindings(report).on("Deployment", "web").atFieldPath("metadata.labels")
                .namesTheTeam("team").hasCount(1);
        assertThatThrownBy(() -> AcmeFindingsAssert.assertThatFindings(report).on("Deployment", "web")
                .namesTheTeam("payments"))
                .hasMessage("Expecting a finding naming team payments, but found [has no label team]");
    }
}
