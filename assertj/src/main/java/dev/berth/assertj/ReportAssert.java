package dev.berth.assertj;

import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.Severity;
import java.util.List;

/**
 * Assertions on a validation {@link Report}: how many findings it has by rule and by severity, and none above a
 * severity. Failures list the findings in the report's headline format.
 *
 * <pre>{@code
 * Report report = Validator.recommended().evaluate(manifest);
 * assertThat(report).hasNoFindingAbove(Severity.LOW).hasFindingCount("latest-tag", 0);
 * }</pre>
 */
public class ReportAssert extends AbstractBerthAssert<ReportAssert, Report> {

    /**
     * Use {@link BerthAssertions#assertThat(Report)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual the report
     */
    public ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Checks that the report holds no finding at all.
     *
     * <pre>{@code
     * assertThat(Validator.recommended().evaluate(shop)).hasNoFindings();    // passes on the README's shop
     * assertThat(Validator.recommended().evaluate(rootPod)).hasNoFindings(); // fails:
     * // Expecting no finding of rule set 'recommended', but found 1 finding:
     * // Rule 'run-as-non-root' [HIGH] was violated (1 time):
     * //   Deployment shop/web: ...
     * }</pre>
     *
     * @return this assertion
     */
    public ReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWith(ReportMessages.shouldHaveNoFindings(actual.ruleSet(), actual.findings()));
        }
        return myself;
    }

    /**
     * Checks how many findings one rule has.
     *
     * <pre>{@code
     * assertThat(report).hasFindingCount("run-as-non-root", 2); // passes with two pods running as root
     * assertThat(report).hasFindingCount("run-as-non-root", 1); // fails:
     * // Expecting 1 finding of rule 'run-as-non-root', but found 2 findings:
     * // Rule 'run-as-non-root' [HIGH] was violated (2 times): ...
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param expected the number of findings
     * @return this assertion
     */
    public ReportAssert hasFindingCount(String ruleId, int expected) {
        isNotNull();
        List<Finding> findings = actual.findingsOf(ruleId);
        if (findings.size() != expected) {
            failWith(ReportMessages.shouldHaveFindingCountOfRule(ruleId, expected, findings));
        }
        return myself;
    }

    /**
     * Checks how many findings have one severity.
     *
     * <pre>{@code
     * assertThat(report).hasFindingCount(Severity.HIGH, 0); // passes when nothing is HIGH
     * assertThat(report).hasFindingCount(Severity.HIGH, 0); // fails:
     * // Expecting 0 HIGH findings, but found 1 finding:
     * // Rule 'run-as-non-root' [HIGH] was violated (1 time): ...
     * }</pre>
     *
     * @param severity the severity
     * @param expected the number of findings of that severity
     * @return this assertion
     */
    public ReportAssert hasFindingCount(Severity severity, long expected) {
        isNotNull();
        List<Finding> findings = actual.findings().stream().filter(f -> f.severity() == severity).toList();
        if (findings.size() != expected) {
            failWith(ReportMessages.shouldHaveFindingCountOfSeverity(severity, expected, findings));
        }
        return myself;
    }

    /**
     * Checks that no finding is more severe than the given severity: {@code hasNoFindingAbove(Severity.LOW)} allows
     * LOW and INFO findings and fails on MEDIUM and HIGH ones.
     *
     * <pre>{@code
     * assertThat(report).hasNoFindingAbove(Severity.MEDIUM); // passes when nothing is HIGH
     * assertThat(report).hasNoFindingAbove(Severity.LOW);    // fails:
     * // Expecting no finding above LOW, but found 1 finding:
     * // Rule 'run-as-non-root' [HIGH] was violated (1 time): ...
     * }</pre>
     *
     * @param severity the most severe level allowed
     * @return this assertion
     */
    public ReportAssert hasNoFindingAbove(Severity severity) {
        isNotNull();
        List<Finding> above = actual.findings().stream()
                .filter(f -> f.severity().isAtLeast(severity) && f.severity() != severity).toList();
        if (!above.isEmpty()) {
            failWith(ReportMessages.shouldHaveNoFindingAbove(severity, above));
        }
        return myself;
    }

    /**
     * Checks that one rule found something, and goes on to assertions on its findings.
     *
     * <pre>{@code
     * assertThat(report).hasFindingOf("run-as-non-root").on("Deployment", "shop", "web"); // passes
     * assertThat(report).hasFindingOf("latest-tag");                                      // fails:
     * // Expecting 1 or more findings of rule 'latest-tag', but found none
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return assertions on that rule's findings
     */
    public FindingsAssert hasFindingOf(String ruleId) {
        isNotNull();
        List<Finding> findings = actual.findingsOf(ruleId);
        if (findings.isEmpty()) {
            String message = actual.rule(ruleId) == null ? ReportMessages.ruleDidNotRun(ruleId, actual.ruleSet())
                    : ReportMessages.shouldHaveAFindingOfRule(ruleId);
            return missing(message, FindingsAssert.class, Report.class, FindingsAssert::new);
        }
        return child(FindingsAssert.class, Report.class, Reports.only(actual, findings), FindingsAssert::new);
    }
}
