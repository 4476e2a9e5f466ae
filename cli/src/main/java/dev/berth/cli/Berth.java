package dev.berth.cli;

import dev.berth.core.BerthException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code berth} command and its subcommands ({@code lint}, {@code rules}, {@code explain}, {@code fmt},
 * {@code render}, {@code completion}), run in-process on a {@link Terminal}. Every subcommand takes {@code --help},
 * {@code --version}, {@code --color=WHEN} and {@code --debug}.
 *
 * <pre>{@code
 * int code = Berth.run(Terminal.system(), "lint", "--fail-on", "high", "k8s/");
 * }</pre>
 *
 * <p>Exit codes are those of {@link ExitCode}. A problem with the input prints one line, the problem's own message,
 * and never a stack trace unless {@code --debug} is given.
 */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = Berth.Version.class,
        description = "Lint, explain and format Kubernetes manifests with Berth's rules; render applications "
                + "described in Java.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  berth lint k8s/",
            "  helm template . | berth lint -",
            "  berth lint --rules strict --fail-on high --format sarif --output berth.sarif k8s/",
            "  berth rules",
            "  berth explain database-not-statefulset",
            "  berth fmt --write k8s/",
            "  berth render --classpath target/classes:target/lib/* com.acme.infra.Shop",
            "  source <(berth completion)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean: nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad input or usage",
            "3:internal problem: a rule failed on an object, or Berth failed (a bug: please report it)"})
public final class Berth implements Runnable {

    /** The subcommands, in the order help lists them: adding a command is one line here. */
    private static final List<Function<Terminal, Object>> COMMANDS = List.of(
            LintCommand::new,
            terminal -> new RulesCommand(),
            terminal -> new ExplainCommand(),
            FmtCommand::new,
            terminal -> new RenderCommand(),
            terminal -> new CompletionCommand());

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors (for reporting a bug in Berth).")
    private boolean debug;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Colour help and the text report: auto (on a terminal, unless NO_COLOR is set), always or "
                    + "never. Default: ${DEFAULT-VALUE}.")
    private ColorMode color;

    private Berth() {
    }

    /**
     * Runs a command line.
     *
     * @param terminal the streams and environment
     * @param args the arguments, without the program name
     * @return the exit code: {@link ExitCode#OK}, {@link ExitCode#FINDINGS} or {@link ExitCode#BAD_INPUT}
     */
    public static int run(Terminal terminal, String... args) {
        return commandLine(terminal).execute(args);
    }

    /**
     * @param terminal the streams and environment
     * @return the configured picocli command line, for embedding
     */
    public static CommandLine commandLine(Terminal terminal) {
        CommandLine cli = new CommandLine(new Berth());
        COMMANDS.forEach(command -> cli.addSubcommand(command.apply(terminal)));
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        cli.setColorScheme(Help.defaultColorScheme(ColorMode.auto.ansi(terminal)));
        cli.setExecutionStrategy(parsed -> {
            // --color is known only once the line is parsed: help and the report both read the scheme set here.
            cli.setColorScheme(Help.defaultColorScheme(colorMode(parsed).ansi(terminal)));
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        cli.setExecutionExceptionHandler(Berth::failed);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("berth: " + e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.BAD_INPUT;
        });
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    private static int failed(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean input = e instanceof BerthException || e instanceof UncheckedIOException;
        if (input) {
            err.println(e.getMessage());
        } else {
            err.println("berth: internal error: " + e + (debugging(parsed) ? "" : " (run with --debug for details)"));
        }
        if (debugging(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return input ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }

    /** @return the last {@code --color} given, at any level of the command line; else auto */
    private static ColorMode colorMode(ParseResult parsed) {
        ColorMode mode = ColorMode.auto;
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            mode = at.matchedOptionValue("--color", mode);
        }
        return mode;
    }

    static boolean debugging(ParseResult parsed) {
        for (ParseResult at = parsed; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {berth() + " (Java " + Runtime.version() + ")"};
        }

        /** @return {@code berth} and the project version, such as {@code berth 0.1.0}, without the runtime's */
        static String berth() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Berth.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return "berth " + properties.getProperty("version", "unknown");
        }
    }
}
