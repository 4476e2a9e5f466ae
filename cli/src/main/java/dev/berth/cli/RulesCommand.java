package dev.berth.cli;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code berth rules}: the catalogue as a table, one rule a line.
 *
 * <pre>{@code
 * berth rules --rules strict
 * }</pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List the rules: id, severity, category, whether the rule set runs it, and summary.",
            "ON means the set named by --rules runs the rule (the recommended set, run by default, unless told)."},
        footerHeading = "%nExamples:%n",
        footer = {"  berth rules", "  berth rules --rules pod-security-restricted", "  berth rules | grep storage"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the table was printed", "2:unknown rule set"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "SET", defaultValue = RuleSets.RECOMMENDED,
            description = "The set whose rules are marked ON. Default: ${DEFAULT-VALUE}.")
    private String rules;

    @Override
    public Integer call() {
        RuleSet on;
        try {
            on = RuleSets.named(rules);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        var all = RuleSets.all().rules();
        int idWidth = all.stream().mapToInt(rule -> rule.id().length()).max().orElse(2);
        String row = "%-" + idWidth + "s  %-8s  %-12s  %-3s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(row, "ID", "SEVERITY", "CATEGORY", "ON", "SUMMARY");
        for (Rule rule : all) {
            RuleInfo info = rule.info();
            out.printf(row, info.id(), info.severity().label(), info.category().name().toLowerCase(Locale.ROOT),
                    on.contains(info.id()) ? "yes" : "no", info.summary());
        }
        out.printf("%n%d rules; %d in rule set %s. 'berth explain RULE' tells why and how to fix.%n", all.size(),
                on.rules().size(), rules);
        out.flush();
        return ExitCode.OK;
    }
}
