package dev.berth.cli;

import dev.berth.validation.RuleInfo;
import dev.berth.validation.docs.RulePages;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code berth explain RULE}: the rule's page, why it matters, how to fix it, a bad and a good example. Berth's pages
 * are {@code docs/rules/<id>.md}, packaged in the validation jar; a rule pack's rule is explained from its
 * {@link RuleInfo} (rationale, failing and passing example, docs URL).
 *
 * <pre>{@code
 * berth explain statefulset-headless-service
 * }</pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: why it matters, how to fix it, a bad and a good example.",
        footerHeading = "%nExamples:%n",
        footer = {"  berth explain database-not-statefulset", "  berth explain run-as-non-root | less",
            "  berth explain --rule-pack acme-rules.jar acme.team-label"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule was explained", "2:no such rule"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption rulePacks;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'berth rules' lists them.")
    private String id;

    @Override
    public Integer call() throws IOException {
        RuleInfo info = rulePacks.packs().all().rule(id).map(rule -> rule.info())
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no rule " + id + "; 'berth rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(RulePages.explained(info));
        out.flush();
        return ExitCode.OK;
    }
}
