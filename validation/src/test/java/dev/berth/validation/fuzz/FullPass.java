package dev.berth.validation.fuzz;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.read.ReadResult;
import dev.berth.core.write.ManifestWriter;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Berth does with a user's text, once: read it (YAML or JSON, every document that reads), judge it with
 * every rule twice (as given, and with every rule's {@code complete} parameter on, as {@code berth lint --complete}
 * does), render the report as text, write the objects as YAML and as JSON, and read the written YAML back.
 *
 * <p>What it returns is what went wrong: an exception other than {@link BerthException} at any stage, a
 * {@code rule-failed} finding, or written YAML that does not read. A {@link BerthException} from the first read or from
 * a writer is Berth refusing, with one clear line, what it cannot read or write, which is its job.
 *
 * <p>Rules run on the calling thread (no parallel validator), so an exception's top frames are the rule's own, and
 * many passes can run side by side. A pass holds no state and may be shared between threads.
 */
final class FullPass {

    /** The id of the finding the validator makes of a rule that threw. */
    static final String RULE_FAILED = "rule-failed";

    private static final ManifestReader READER = new ManifestReader();
    private static final RuleSet AS_GIVEN = RuleSets.all();
    private static final RuleSet COMPLETE = complete(RuleSets.all());

    private FullPass() {
    }

    /**
     * @param text the input, YAML or JSON
     * @return what went wrong, in stage order; empty when nothing did
     */
    static List<Failure> run(String text) {
        return run(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes the input as a file would hold it
     * @return what went wrong, in stage order; empty when nothing did
     */
    static List<Failure> run(byte[] bytes) {
        List<Failure> failures = new ArrayList<>();
        Manifest manifest;
        try {
            ReadResult read = READER.readAll(new ByteArrayInputStream(bytes), "fuzz.yaml");
            manifest = read.manifest();
        } catch (BerthException refused) {
            return failures;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(Failure.thrown("read", e));
            return failures;
        }
        judge("validate", AS_GIVEN, manifest, failures);
        judge("validate --complete", COMPLETE, manifest, failures);
        String yaml = write("write yaml", ManifestWriter.yaml(), manifest, failures);
        write("write json", ManifestWriter.json(), manifest, failures);
        if (yaml != null && !manifest.isEmpty()) {
            try {
                READER.readString(yaml, "written.yaml");
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(Failure.thrown("read back", e));
            }
        }
        return failures;
    }

    /**
     * Judges with the whole set; when that throws (a validator without isolation stops at the first rule that
     * throws), judges again rule by rule, so that every rule that throws on this input is named, each once.
     */
    private static void judge(String stage, RuleSet set, Manifest manifest, List<Failure> failures) {
        List<Failure> whole = new ArrayList<>();
        if (judge(stage, Validator.of(set).parallel(false), manifest, whole)) {
            failures.addAll(whole);
            return;
        }
        Set<String> sites = new HashSet<>();
        for (Rule rule : set.rules()) {
            List<Failure> ofRule = new ArrayList<>();
            RuleSet alone = RuleSet.of(rule.id(), List.of(rule));
            for (Map.Entry<String, Object> parameter : set.parametersOf(rule).entrySet()) {
                alone = alone.withParameter(rule.id(), parameter.getKey(), parameter.getValue());
            }
            judge(stage, Validator.of(alone).parallel(false), manifest, ofRule);
            ofRule.stream().filter(failure -> sites.add(failure.site())).forEach(failures::add);
        }
    }

    /** @return false when the validator threw */
    private static boolean judge(String stage, Validator validator, Manifest manifest, List<Failure> failures) {
        try {
            Report report = validator.evaluate(manifest);
            for (Finding finding : report.findings()) {
                if (finding.ruleId().equals(RULE_FAILED)) {
                    failures.add(Failure.ruleFailed(stage, finding));
                }
            }
            report.toText();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(Failure.thrown(stage, e));
            return false;
        }
    }

    /** A BerthException here is the writer refusing an object it cannot write (no kind), which is its job. */
    private static String write(String stage, ManifestWriter writer, Manifest manifest, List<Failure> failures) {
        try {
            return writer.write(manifest);
        } catch (BerthException refused) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(Failure.thrown(stage, e));
            return null;
        }
    }

    private static RuleSet complete(RuleSet set) {
        RuleSet completed = set;
        for (Rule rule : set.rules()) {
            if (rule.info().parameter("complete") != null) {
                completed = completed.withParameter(rule.id(), "complete", Boolean.TRUE);
            }
        }
        return completed;
    }
}
