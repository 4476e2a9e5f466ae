package dev.berth.validation.rules.workload;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.nio.file.Path;
import java.util.List;

/** Runs one rule over one of its fixtures and renders each finding as {@code object: message}. */
public final class Messages {

    private Messages() {
    }

    /**
     * @param ruleId a rule id
     * @param fixture a file name in the rule's fixture folder
     * @return {@code Kind namespace/name: message} for each finding, in report order
     */
    public static List<String> of(String ruleId, String fixture) {
        RuleSet one = RuleSet.of(ruleId, List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        Path file = Path.of("src/test/resources/fixtures", ruleId, fixture);
        return Validator.of(one).evaluate(new ManifestReader().read(file)).findings().stream()
                .map(f -> f.object() + ": " + f.message()).toList();
    }
}
