package dev.berth.cli;

import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code berth explain RULE}: the rule's page, why it matters, how to fix it, a bad and a good example. The pages
 * are {@code docs/rules/<id>.md}, packaged in the validation jar.
 *
 * <pre>{@code
 * berth explain statefulset-headless-service
 * }</pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: why it matters, how to fix it, a bad and a good example.",
        footerHeading = "%nExamples:%n",
        footer = {"  berth explain database-not-statefulset", "  berth explain run-as-non-root | less"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule was explained", "2:no such rule"})
final class ExplainCommand implements Callable<Integer> {

    /** Where the validation jar keeps the rule pages. */
    static final String PAGES = "/dev/berth/validation/docs/rules/";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'berth rules' lists them.")
    private String id;

    @Override
    public Integer call() throws IOException {
        RuleInfo info = RuleSets.all().rule(id).map(rule -> rule.info())
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no rule " + id + "; 'berth rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        String page = page(id);
        if (page == null) {
            out.println(info.id());
            out.println();
            out.println(info.summary() + ".");
            out.println();
            out.println("Severity: " + info.severity().label());
            out.println("Category: " + info.category().name().toLowerCase(java.util.Locale.ROOT));
            out.println();
            out.println("Remediation: " + info.remediation());
            out.println("See: " + info.docs());
        } else {
            int why = page.indexOf("\n## Why");
            String remediation = "\n## Remediation\n\n" + info.remediation() + "\n";
            out.print(why < 0 ? page + remediation : page.substring(0, why) + remediation + page.substring(why));
        }
        out.flush();
        return ExitCode.OK;
    }

    static String page(String id) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream(PAGES + id + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
