package dev.berth.assertj;

import dev.berth.validation.Finding;
import dev.berth.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The failure messages of {@link ReportAssert} and {@link FindingsAssert}: one small factory each. */
final class ReportMessages {

    private ReportMessages() {
    }

    static String shouldHaveNoFindings(String ruleSet, List<Finding> findings) {
        return "Expecting no finding of rule set '" + ruleSet + "', but found " + count(findings) + ":\n"
                + headlines(findings);
    }

    static String shouldHaveFindingCountOfRule(String ruleId, int expected, List<Finding> findings) {
        return "Expecting " + count(expected) + " of rule '" + ruleId + "', but found " + found(findings);
    }

    static String shouldHaveFindingCountOfSeverity(Severity severity, long expected, List<Finding> findings) {
        return "Expecting " + expected + " " + severity + (expected == 1 ? " finding" : " findings") + ", but found "
                + found(findings);
    }

    static String shouldHaveNoFindingAbove(Severity severity, List<Finding> above) {
        return "Expecting no finding above " + severity + ", but found " + count(above) + ":\n" + headlines(above);
    }

    static String shouldHaveFindingOn(String ruleId, String object, List<Finding> findings) {
        return "Expecting a finding of rule '" + ruleId + "' on " + object + ", but found it only on:\n"
                + headlines(findings);
    }

    static String shouldHaveFindingWith(String ruleId, String expected, String foundWhat, List<Finding> findings,
            Function<Finding, String> shown) {
        StringBuilder out = new StringBuilder("Expecting a finding of rule '").append(ruleId).append("' ")
                .append(expected).append(", but found ").append(foundWhat).append(':');
        findings.forEach(f -> out.append("\n  ").append(shown.apply(f)));
        return out.toString();
    }

    static String shouldHaveAFindingOfRule(String ruleId) {
        return "Expecting 1 or more findings of rule '" + ruleId + "', but found none";
    }

    static String ruleDidNotRun(String ruleId, String ruleSet) {
        return "Expecting rule '" + ruleId + "' to have run, but rule set '" + ruleSet + "' does not hold it";
    }

    /**
     * The validation report's headline format, one block per rule, most severe first:
     * {@code Rule 'id' [SEVERITY] was violated (N times):} then each finding's headline and, for objects read from
     * a file, where.
     */
    static String headlines(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId))
                .forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            List<Finding> group = rule.getValue();
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("Rule '").append(rule.getKey()).append("' [").append(group.get(0).severity())
                    .append("] was violated (").append(group.size()).append(group.size() == 1 ? " time" : " times")
                    .append("):");
            for (Finding finding : group) {
                out.append("\n  ").append(finding.headline());
                String at = finding.location().describe();
                if (!at.isEmpty()) {
                    out.append("\n    at ").append(at);
                }
            }
        }
        return out.toString();
    }

    private static String found(List<Finding> findings) {
        return findings.isEmpty() ? "none" : count(findings) + ":\n" + headlines(findings);
    }

    private static String count(List<Finding> findings) {
        return count(findings.size());
    }

    private static String count(long n) {
        return n + (n == 1 ? " finding" : " findings");
    }
}
