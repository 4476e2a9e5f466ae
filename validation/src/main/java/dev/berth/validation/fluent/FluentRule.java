package dev.berth.validation.fluent;

import dev.berth.core.Manifest;
import dev.berth.core.text.Patterns;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Category;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule written with {@link Rules}: a selection of workloads, the conditions they should meet, and why. Its
 * description ("workloads that have label tier=frontend should have at least 2 replicas, because the frontend must
 * survive a node loss") is the headline of a failed {@link #check(Manifest)}, and its summary in reports.
 *
 * <pre>{@code
 * FluentRule rule = Rules.workloads().that().haveLabel("tier", "frontend")
 *         .should().haveReplicasAtLeast(2)
 *         .because("the frontend must survive a node loss")
 *         .as("frontend-replicas");
 * rule.check(manifest);                                     // in a unit test
 * Validator.of(RuleSets.recommended().with(rule)).evaluate(manifest); // or beside the built-in rules
 * }</pre>
 *
 * <p>Immutable: every method returns a new rule. The id is derived from the description unless {@link #as} gives
 * one; the severity is MEDIUM unless {@link #withSeverity} changes it. Suppression annotations
 * ({@code ignore.berth.dev/<id>}) work as for any rule.
 */
public final class FluentRule extends Rule {

    /** The look-behinds let only the first character of a run start a search that must reach the end. */
    private static final Pattern TRAILING_STOPS = Patterns.compile("(?<![.\\s])[.\\s]+$");
    private static final Pattern NOT_ID = Patterns.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Patterns.compile("^-+|(?<!-)-+$");

    private final WorkloadSelection selection;
    private final List<Conditions.Condition> conditions;
    private final String reason;
    private final String givenId;
    private final Severity severity;
    private final boolean allowEmpty;

    private FluentRule(WorkloadSelection selection, List<Conditions.Condition> conditions, String reason,
            String givenId, Severity severity, boolean allowEmpty) {
        super(info(selection, conditions, reason, givenId, severity));
        this.selection = selection;
        this.conditions = conditions;
        this.reason = reason;
        this.givenId = givenId;
        this.severity = severity;
        this.allowEmpty = allowEmpty;
    }

    static FluentRule of(WorkloadSelection selection, List<Conditions.Condition> conditions) {
        return new FluentRule(selection, conditions, null, null, Severity.MEDIUM, false);
    }

    FluentRule withConditions(List<Conditions.Condition> more) {
        return new FluentRule(selection, more, reason, givenId, severity, allowEmpty);
    }

    /**
     * @param why why the rule matters; it ends the description, after "because"
     * @return a copy with that reason
     */
    public FluentRule because(String why) {
        return new FluentRule(selection, conditions, Objects.requireNonNull(why, "why"), givenId, severity,
                allowEmpty);
    }

    /**
     * @param id a kebab-case id for reports and suppression annotations, such as {@code frontend-replicas}
     * @return a copy with that id
     * @throws IllegalArgumentException when the id is not kebab-case
     */
    public FluentRule as(String id) {
        return new FluentRule(selection, conditions, reason, Objects.requireNonNull(id, "id"), severity, allowEmpty);
    }

    /**
     * @param value the severity of the rule's findings. Default: MEDIUM
     * @return a copy with that severity
     */
    public FluentRule withSeverity(Severity value) {
        return new FluentRule(selection, conditions, reason, givenId, Objects.requireNonNull(value, "value"),
                allowEmpty);
    }

    /**
     * @param allowed true when selecting no workload is expected and the check should pass. Default: false, so that
     *                a selector that matches nothing (a typo in a label) cannot make a test pass for ever
     * @return a copy with that choice
     */
    public FluentRule allowEmptyShould(boolean allowed) {
        return new FluentRule(selection, conditions, reason, givenId, severity, allowed);
    }

    /** @return the conditions so far, to add another: {@code .should().runAsNonRoot().andShould().haveProbes()} */
    public Conditions andShould() {
        return new Conditions(selection, conditions, this);
    }

    /** @return what the rule says, such as "workloads that are in namespace shop should run as non-root" */
    public String description() {
        String should = conditions.stream().map(Conditions.Condition::description)
                .collect(Collectors.joining(" and "));
        return selection.description() + " should " + should + (reason == null ? "" : ", because " + reason);
    }

    /**
     * @param manifest a manifest
     * @return the workloads the rule selects in it, in order
     */
    public List<Workload> selectedIn(Manifest manifest) {
        List<Workload> selected = new ArrayList<>();
        for (Workload workload : manifest.workloads()) {
            if (info().appliesTo(workload.kind()) && selection.selects(workload)) {
                selected.add(workload);
            }
        }
        return selected;
    }

    /**
     * @param manifest a manifest
     * @return the rule's findings on it
     */
    public Report evaluate(Manifest manifest) {
        return Validator.of(RuleSet.of(id(), List.of(this))).parallel(false).evaluate(manifest);
    }

    /**
     * Checks the manifest, for unit tests.
     *
     * @param manifest a manifest
     * @throws AssertionError when the rule selects no workload (unless {@link #allowEmptyShould} allows it), or when a
     *                        selected workload fails a condition: headed by the rule's description, one line per
     *                        finding with its file and line
     */
    public void check(Manifest manifest) {
        if (!allowEmpty && selectedIn(manifest).isEmpty()) {
            throw new AssertionError("Rule '" + description() + "' selected no workload; if that is expected, call "
                    + "allowEmptyShould(true)");
        }
        Report report = evaluate(manifest);
        if (report.isEmpty()) {
            return;
        }
        int n = report.findings().size();
        StringBuilder text = new StringBuilder("Rule '").append(description()).append("' was violated (").append(n)
                .append(n == 1 ? " time" : " times").append("):");
        for (Finding finding : report.findings()) {
            text.append("\n  ").append(finding.headline());
            String at = finding.location().describe();
            if (!at.isEmpty()) {
                text.append("\n    at ").append(at);
            }
        }
        throw new AssertionError(text.toString());
    }

    @Override
    public void check(RuleContext context) {
        for (Workload workload : context.workloads()) {
            if (!selection.selects(workload)) {
                continue;
            }
            for (Conditions.Condition condition : conditions) {
                condition.check(workload, context.manifest(),
                        (path, message) -> context.report(workload.owner(), path, message));
            }
        }
    }

    private static RuleInfo info(WorkloadSelection selection, List<Conditions.Condition> conditions, String reason,
            String givenId, Severity severity) {
        String should = conditions.stream().map(Conditions.Condition::description)
                .collect(Collectors.joining(" and "));
        String plain = selection.description() + " should " + should;
        String summary = TRAILING_STOPS.matcher(reason == null ? plain : plain + ", because " + reason).replaceAll("");
        return RuleInfo.id(givenId != null ? givenId : kebab(plain))
                .summary(summary)
                .severity(severity)
                .category(Category.WORKLOAD)
                .kinds(selection.kinds().toArray(String[]::new))
                .remediation("Make each selected workload " + should + ".")
                .build();
    }

    private static String kebab(String text) {
        return OUTER_DASHES.matcher(NOT_ID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }
}
