package dev.berth.cli;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RulePacks;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.docs.RulePages;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        description = {"List the rules: id, severity, category, whether the rule set runs it, its pack, and summary.",
            "ON means the set named by --rules runs the rule (the recommended set, run by default, unless told).",
            "PACK is built-in for Berth's rules, and the jar's file name for a rule pack's."},
        footerHeading = "%nExamples:%n",
        footer = {"  berth rules", "  berth rules --rules pod-security-restricted", "  berth rules | grep storage",
            "  berth rules --rule-pack acme-rules.jar",
            "  berth rules --rule-pack acme-rules.jar --write-docs docs   # docs/rules.md and docs/rules/<id>.md"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the table was printed (or the pages written)",
            "2:unknown rule set, a rule pack that cannot be loaded, or pages that cannot be written"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", paramLabel = "SET", defaultValue = RuleSets.RECOMMENDED,
            description = "The set whose rules are marked ON. Default: ${DEFAULT-VALUE}.")
    private String rules;

    @Mixin
    private RulePackOption rulePacks;

    @Option(names = "--write-docs", paramLabel = "DIR", description = "Write the pages of the rule packs' rules (not "
            + "Berth's) instead of the table: DIR/rules.md, the index, and DIR/rules/<id>.md, one a rule.")
    private Path writeDocs;

    @Override
    public Integer call() {
        RulePacks packs = rulePacks.packs();
        RuleSet on;
        try {
            on = packs.named(rules);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (writeDocs != null) {
            return writeDocs(packs, out);
        }
        var all = packs.all().rules();
        int idWidth = all.stream().mapToInt(rule -> rule.id().length()).max().orElse(2);
        int packWidth = all.stream().mapToInt(rule -> rule.pack().length()).max().orElse(4);
        String row = "%-" + idWidth + "s  %-8s  %-12s  %-3s  %-" + packWidth + "s  %s%n";
        out.printf(row, "ID", "SEVERITY", "CATEGORY", "ON", "PACK", "SUMMARY");
        for (Rule rule : all) {
            RuleInfo info = rule.info();
            out.printf(row, info.id(), info.severity().label(), info.category().name().toLowerCase(Locale.ROOT),
                    on.contains(info.id()) ? "yes" : "no", rule.pack(), info.summary());
        }
        out.printf("%n%d rules; %d in rule set %s. 'berth explain RULE' tells why and how to fix.%n", all.size(),
                on.rules().size(), rules);
        out.flush();
        return ExitCode.OK;
    }

    private int writeDocs(RulePacks packs, PrintWriter out) {
        RuleSet mine = packs.packRules();
        if (mine.rules().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--write-docs writes the pages of rule packs' rules, and "
                    + "no rule pack is loaded: give one with --rule-pack (Berth's own pages are docs/rules/)");
        }
        List<RuleSet> named = RuleSets.names().stream().map(packs::named).toList();
        try {
            List<Path> written = RulePages.write(mine, named, writeDocs);
            out.printf("wrote %d pages to %s (rules.md and rules/<id>.md)%n", written.size(), writeDocs);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        out.flush();
        return ExitCode.OK;
    }
}
