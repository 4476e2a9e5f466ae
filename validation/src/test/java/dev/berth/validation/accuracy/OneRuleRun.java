package dev.berth.validation.accuracy;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleSet;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a few rules alone on one file, the way the agreement tests compare Berth with another linter's verdict on that
 * file: only the mapped rules run, so a finding of any other rule cannot count as agreement.
 *
 * <p>Example: {@code new OneRuleRun(List.of(rule), false).judge(file).flagged()}.
 *
 * @param rules the rules that stand for the other linter's check
 * @param complete whether rules with a {@code complete} parameter run with it on (the file is a whole cluster)
 */
record OneRuleRun(List<Rule> rules, boolean complete) {

    /**
     * What the rules said about one file.
     *
     * @param flagged whether any of the rules reported a finding
     * @param unreadable why the file could not be read, or null when it was read
     */
    record Verdict(boolean flagged, String unreadable) {
    }

    /** Reads {@code file} and reports whether any of the rules finds something in it. */
    Verdict judge(Path file) throws IOException {
        RuleSet only = RuleSet.of("agreement", rules);
        if (complete) {
            for (Rule rule : rules) {
                if (rule.info().parameter("complete") != null) {
                    only = only.withParameter(rule.id(), "complete", true);
                }
            }
        }
        try {
            Manifest manifest = new ManifestReader().read(file);
            Report report = Validator.of(only).parallel(false).evaluate(manifest);
            return new Verdict(rules.stream().anyMatch(r -> !report.findingsOf(r.id()).isEmpty()), null);
        } catch (BerthException e) {
            return new Verdict(false, e.problem());
        }
    }
}
