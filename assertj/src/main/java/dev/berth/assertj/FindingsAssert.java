package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import java.util.List;

/**
 * Assertions on the findings of one rule, reached through {@link ManifestAssert#hasFindingOf(String)} or
 * {@link ReportAssert#hasFindingOf(String)}: the objects they are on and how many there are. Made for the tests of
 * custom rules.
 *
 * <pre>{@code
 * assertThat(manifest).usingRules(RuleSets.all().with(new MyRule()))
 *         .hasFindingOf("my-rule").on("Deployment", "shop", "web").hasCount(1);
 * }</pre>
 */
public class FindingsAssert extends AbstractBerthAssert<FindingsAssert, Report> {

    /**
     * Reached through {@code hasFindingOf(ruleId)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual a report narrowed to one rule's findings
     */
    public FindingsAssert(Report actual) {
        super(actual, FindingsAssert.class);
    }

    /**
     * Checks that a finding is on the object of that kind and name, in any namespace.
     *
     * <pre>{@code
     * assertThat(rootShop).hasFindingOf("run-as-non-root").on("Deployment", "web"); // passes
     * assertThat(rootShop).hasFindingOf("run-as-non-root").on("Deployment", "api"); // fails:
     * // Expecting a finding of rule 'run-as-non-root' on Deployment api, but found it only on:
     * // Rule 'run-as-non-root' [HIGH] was violated (1 time):
     * //   Deployment shop/web: ...
     * }</pre>
     *
     * @param kind the object's kind
     * @param name the object's name
     * @return this assertion
     */
    public FindingsAssert on(String kind, String name) {
        if (skipped()) {
            return myself;
        }
        List<Finding> findings = actual.findings();
        if (findings.stream().noneMatch(f -> f.object().kind().equals(kind) && f.object().name().equals(name))) {
            failWith(ReportMessages.shouldHaveFindingOn(ruleId(), kind + " " + name, findings));
        }
        return myself;
    }

    /**
     * Checks that a finding is on the object of that kind, namespace and name.
     *
     * <pre>{@code
     * assertThat(rootShop).hasFindingOf("run-as-non-root").on("Deployment", "shop", "web");    // passes
     * assertThat(rootShop).hasFindingOf("run-as-non-root").on("Deployment", "staging", "web"); // fails:
     * // Expecting a finding of rule 'run-as-non-root' on Deployment staging/web, but found it only on: ...
     * }</pre>
     *
     * @param kind the object's kind
     * @param namespace the object's namespace ({@code default} for objects that name none)
     * @param name the object's name
     * @return this assertion
     */
    public FindingsAssert on(String kind, String namespace, String name) {
        if (skipped()) {
            return myself;
        }
        ObjectRef expected = ObjectRef.of(kind, namespace, name);
        List<Finding> findings = actual.findings();
        if (findings.stream().noneMatch(f -> f.object().equals(expected))) {
            failWith(ReportMessages.shouldHaveFindingOn(ruleId(), expected.toString(), findings));
        }
        return myself;
    }

    /**
     * Checks how many findings the rule has.
     *
     * <pre>{@code
     * assertThat(rootShop).hasFindingOf("run-as-non-root").hasCount(1); // passes
     * assertThat(rootShop).hasFindingOf("run-as-non-root").hasCount(2); // fails:
     * // Expecting 2 findings of rule 'run-as-non-root', but found 1 finding: ...
     * }</pre>
     *
     * @param expected the number of findings
     * @return this assertion
     */
    public FindingsAssert hasCount(int expected) {
        if (!skipped() && actual.findings().size() != expected) {
            failWith(ReportMessages.shouldHaveFindingCountOfRule(ruleId(), expected, actual.findings()));
        }
        return myself;
    }

    private String ruleId() {
        return actual.findings().get(0).ruleId();
    }
}
