package dev.berth.assertj;

import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import java.util.List;

/** The failure messages of {@link ManifestAssert}: one small factory per message, each tested against its text. */
final class ManifestMessages {

    private ManifestMessages() {
    }

    static String shouldPass(String ruleSet, Report report) {
        return "Expecting the manifest to pass rule set '" + ruleSet + "', but it did not:\n" + report.toText();
    }

    static String shouldHaveNoFindingOf(String ruleId, List<Finding> findings) {
        return "Expecting no finding of rule '" + ruleId + "', but:\n" + ReportMessages.headlines(findings);
    }

    static String shouldHaveFindingOf(String ruleId, String ruleSet, int objects) {
        return "Expecting a finding of rule '" + ruleId + "' (rule set '" + ruleSet + "'), but it found nothing in "
                + objects + (objects == 1 ? " object" : " objects");
    }

    static String ruleNotInRuleSet(String ruleId, String ruleSet) {
        return "Expecting rule '" + ruleId + "' to be in rule set '" + ruleSet + "', but it is not: "
                + "choose the rules with usingRules(ruleSet)";
    }

    static String shouldContain(String kind, String namespace, String name, List<String> found) {
        String object = namespace == null ? kind + " " + name : kind + " " + namespace + "/" + name;
        return "Expecting the manifest to contain " + object + ", but found "
                + (found.isEmpty() ? "no " + kind : kind + " " + String.join(", ", found));
    }

    static String shouldRunAsKind(String name, String kind, String found) {
        return "Expecting " + name + " to run as a " + kind + ", but found " + found;
    }

    static String ambiguous(String kind, String name, List<String> found) {
        return "Expecting one " + kind + " named \"" + name + "\", but found " + found.size() + ": "
                + String.join(", ", found) + "; name its namespace";
    }
}
