package dev.berth.assertj;

import dev.berth.core.ObjectRef;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Assertions on the findings of one rule, for the tests of custom rules: where they are (object, field path, line) and
 * what they say. Every {@code on}, {@code at} and {@code with} check narrows: it passes when at least one of the
 * findings so far matches, and the checks after it see only the matching ones, so {@link #hasCount(int)} counts the
 * narrowed findings.
 *
 * <pre>{@code
 * assertThat(manifest).usingRules(RuleSets.all().with(new TeamLabel()))
 *         .hasFindingOf("team-label").on("Deployment", "shop", "web")
 *         .atFieldPath("metadata.labels").atLine(4).withMessage("has no label team").hasCount(1);
 * }</pre>
 *
 * <p>A platform team extends it the way AssertJ's own assertions are extended: a class with its own self type, a
 * public constructor (AssertJ's soft assertions subclass it) and an entry point; {@link #findings()} gives the findings
 * narrowed so far and {@link #failWithMessage(String, Object...)} fails in AssertJ's style.
 *
 * <pre>{@code
 * public class AcmeFindingsAssert extends AbstractFindingsAssert<AcmeFindingsAssert> {
 *     public AcmeFindingsAssert(Report actual) {
 *         super(actual, AcmeFindingsAssert.class);
 *     }
 *
 *     public static AcmeFindingsAssert assertThatFindings(Report report) {
 *         return new AcmeFindingsAssert(report);
 *     }
 *
 *     public AcmeFindingsAssert namesTheTeam(String team) {
 *         if (findings().stream().noneMatch(f -> f.message().contains(team))) {
 *             failWithMessage("Expecting a finding naming team %s, but found %s", team, findings());
 *         }
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the assertion's own type, for chaining
 */
public abstract class AbstractFindingsAssert<SELF extends AbstractFindingsAssert<SELF>>
        extends AbstractBerthAssert<SELF, Report> {

    private List<Finding> selected;

    /**
     * @param actual a report holding one rule's findings (as {@code hasFindingOf(ruleId)} gives), or null when a soft
     *        navigation found none
     * @param selfType the assertion's own class
     */
    protected AbstractFindingsAssert(Report actual, Class<?> selfType) {
        super(actual, selfType);
        this.selected = actual == null ? List.of() : actual.findings();
    }

    /** @return the findings the checks so far have narrowed to, in report order */
    protected List<Finding> findings() {
        return selected;
    }

    /**
     * Checks that a finding is on the object of that kind and name, in any namespace, and narrows to the findings on
     * it.
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
    public SELF on(String kind, String name) {
        return narrow(f -> f.object().kind().equals(kind) && f.object().name().equals(name),
                all -> ReportMessages.shouldHaveFindingOn(ruleId(), kind + " " + name, all));
    }

    /**
     * Checks that a finding is on the object of that kind, namespace and name, and narrows to the findings on it.
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
    public SELF on(String kind, String namespace, String name) {
        ObjectRef expected = ObjectRef.of(kind, namespace, name);
        return narrow(f -> f.object().equals(expected),
                all -> ReportMessages.shouldHaveFindingOn(ruleId(), expected.toString(), all));
    }

    /**
     * Checks that a finding is about that field, and narrows to those findings.
     *
     * <pre>{@code
     * assertThat(shop).hasFindingOf("team-label").atFieldPath("metadata.labels");      // passes
     * assertThat(shop).hasFindingOf("team-label").atFieldPath("metadata.annotations"); // fails:
     * // Expecting a finding of rule 'team-label' at field path metadata.annotations, but found it only at:
     * //   Deployment shop/web at metadata.labels
     * }</pre>
     *
     * @param fieldPath the field path, such as {@code spec.serviceName}; empty for the object as a whole
     * @return this assertion
     */
    public SELF atFieldPath(String fieldPath) {
        return narrow(f -> f.fieldPath().equals(fieldPath), all -> ReportMessages.shouldHaveFindingWith(ruleId(),
                "at field path " + fieldPath, "it only at", all,
                f -> f.object() + " at " + (f.fieldPath().isEmpty() ? "the object as a whole" : f.fieldPath())));
    }

    /**
     * Checks that a finding points at that line of the file its object was read from, and narrows to those findings.
     *
     * <pre>{@code
     * assertThat(legacy).hasFindingOf("statefulset-headless-service").atLine(28); // passes
     * assertThat(legacy).hasFindingOf("statefulset-headless-service").atLine(27); // fails:
     * // Expecting a finding of rule 'statefulset-headless-service' at line 27, but found it only at:
     * //   StatefulSet shop/db at legacy-shop.yaml:28:3
     * }</pre>
     *
     * @param line the 1-based line; objects built in code have none
     * @return this assertion
     */
    public SELF atLine(int line) {
        return narrow(f -> f.location().line() == line, all -> ReportMessages.shouldHaveFindingWith(ruleId(),
                "at line " + line, "it only at", all, f -> f.object() + " at "
                        + (f.location().describe().isEmpty() ? "no line (built in code)" : f.location().describe())));
    }

    /**
     * Checks that a finding says exactly that, and narrows to those findings.
     *
     * <pre>{@code
     * assertThat(shop).hasFindingOf("team-label").withMessage("has no label team"); // passes
     * assertThat(shop).hasFindingOf("team-label").withMessage("has no label tema"); // fails:
     * // Expecting a finding of rule 'team-label' with message "has no label tema", but found only:
     * //   Deployment shop/web: has no label team
     * }</pre>
     *
     * @param message the whole message, without the object it is on
     * @return this assertion
     */
    public SELF withMessage(String message) {
        return narrow(f -> f.message().equals(message), all -> ReportMessages.shouldHaveFindingWith(ruleId(),
                "with message \"" + message + "\"", "only", all, Finding::headline));
    }

    /**
     * Checks that a finding's message contains that text, and narrows to those findings.
     *
     * <pre>{@code
     * assertThat(shop).hasFindingOf("team-label").withMessageContaining("label team"); // passes
     * assertThat(shop).hasFindingOf("team-label").withMessageContaining("tema");       // fails:
     * // Expecting a finding of rule 'team-label' with a message containing "tema", but found only:
     * //   Deployment shop/web: has no label team
     * }</pre>
     *
     * @param text a part of the message
     * @return this assertion
     */
    public SELF withMessageContaining(String text) {
        return narrow(f -> f.message().contains(text), all -> ReportMessages.shouldHaveFindingWith(ruleId(),
                "with a message containing \"" + text + "\"", "only", all, Finding::headline));
    }

    /**
     * Checks how many findings the checks so far have narrowed to.
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
    public SELF hasCount(int expected) {
        if (!skipped() && selected.size() != expected) {
            failWith(ReportMessages.shouldHaveFindingCountOfRule(ruleId(), expected, selected));
        }
        return myself;
    }

    private SELF narrow(Predicate<Finding> test, Function<List<Finding>, String> failure) {
        if (skipped()) {
            return myself;
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : selected) {
            if (test.test(finding)) {
                kept.add(finding);
            }
        }
        if (kept.isEmpty()) {
            failWith(failure.apply(selected));
            return myself;
        }
        selected = List.copyOf(kept);
        return myself;
    }

    private String ruleId() {
        return actual.findings().get(0).ruleId();
    }
}
