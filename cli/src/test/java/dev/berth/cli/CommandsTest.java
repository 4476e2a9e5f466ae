package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.read;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleSets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code berth} command itself, {@code rules}, {@code explain} and {@code fmt}. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void version_names_berth_and_the_java_runtime() {
        // WHEN the version is asked for
        Cli.Result result = run("--version");
        // THEN one line with the project version and the runtime that runs it, whichever Java that is (17, 21, 25)
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).matches("berth \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java "
                + Pattern.quote(Runtime.version().toString()) + "\\)\n");
    }

    @Test
    void every_command_has_help_with_examples_and_exit_codes() {
        for (String command : List.of("lint", "rules", "explain", "fmt", "render")) {
            // WHEN its help is asked for
            Cli.Result result = run(command, "--help");
            // THEN it has a usage line, examples and exit codes
            assertThat(result.code()).as(command).isEqualTo(ExitCode.OK);
            assertThat(result.out()).as(command).startsWith("Usage: berth " + command)
                    .contains("Examples:", "Exit codes:", "berth " + command);
        }
        Cli.Result top = run("--help");
        assertThat(top.out()).contains("lint", "rules", "explain", "fmt", "render", "Examples:", "Exit codes:",
                "0   clean", "1   findings at or above --fail-on", "2   bad input or usage");
    }

    @Test
    void no_command_or_an_unknown_one_is_a_usage_error() {
        // WHEN berth runs without a command, or with one it does not know
        Cli.Result none = run();
        Cli.Result unknown = run("check", "x.yaml");
        // THEN exit 2 naming the commands
        assertThat(none.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).startsWith("berth: name a command: lint, rules, explain, fmt, render, completion\n");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("check").endsWith("Run 'berth --help' for usage.\n");
    }

    @Test
    void rules_lists_every_rule_once_with_its_metadata_and_whether_the_set_runs_it() {
        // WHEN the catalogue is listed for the default set and for strict
        String recommended = run("rules").out();
        String strict = run("rules", "--rules", "strict").out();
        // THEN a header, one row per rule of the catalogue with id, severity, category and ON, and a total
        List<Rule> all = RuleSets.all().rules();
        assertThat(recommended.lines().findFirst().orElseThrow()).matches("ID +SEVERITY +CATEGORY +ON +PACK +SUMMARY");
        for (Rule rule : all) {
            assertThat(row(recommended, rule.id())).contains(" " + rule.info().severity().label() + " ")
                    .contains(rule.info().summary())
                    .contains(RuleSets.recommended().contains(rule.id()) ? " yes " : " no ");
            assertThat(row(strict, rule.id())).contains(RuleSets.strict().contains(rule.id()) ? " yes " : " no ");
        }
        assertThat(recommended).contains(all.size() + " rules; " + RuleSets.recommended().rules().size()
                + " in rule set recommended.");
    }

    @Test
    void rules_with_an_unknown_set_is_a_usage_error() {
        // WHEN a set that does not exist is named
        Cli.Result result = run("rules", "--rules", "paranoid");
        // THEN exit 2
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("paranoid");
    }

    @Test
    void explain_gives_rationale_remediation_and_a_bad_and_a_good_example_for_every_rule() {
        for (Rule rule : RuleSets.all().rules()) {
            // WHEN a rule is explained
            Cli.Result result = run("explain", rule.id());
            // THEN its page, with the remediation, why, a bad and a good example
            assertThat(result.code()).as(rule.id()).isEqualTo(ExitCode.OK);
            assertThat(result.out()).as(rule.id()).startsWith("# " + rule.id() + "\n")
                    .contains("## Remediation\n\n" + rule.info().remediation(), "## Why", "## Bad", "## Good");
        }
    }

    @Test
    void explain_of_an_unknown_rule_is_a_usage_error() {
        // WHEN a rule that does not exist is explained
        Cli.Result result = run("explain", "be-nice");
        // THEN exit 2 and where to look
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("berth: no rule be-nice; 'berth rules' lists them\n");
    }

    @Test
    void fmt_prints_one_deterministic_stream_that_reads_back_to_the_same_objects() {
        // GIVEN two files whose keys are out of the conventional order
        Path web = write(dir, "web.yaml", DEPLOYMENT);
        Path settings = write(dir, "settings.yaml", "data: {mode: fast}\nmetadata: {namespace: shop, name: settings}\n"
                + "kind: ConfigMap\napiVersion: v1\n");
        // WHEN they are formatted to standard output
        Cli.Result result = run("fmt", web.toString(), settings.toString());
        // THEN one stream in Berth's form; formatting that output again changes nothing
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n")
                .contains("kind: Deployment").contains("---\n");
        Cli.Result again = run(result.out(), false, Map.of(), "fmt", "-");
        assertThat(again.out()).isEqualTo(result.out());
    }

    @Test
    void fmt_json_writes_json() {
        // GIVEN a manifest
        Path file = write(dir, "settings.yaml", CLEAN);
        // WHEN formatted as JSON
        Cli.Result result = run("fmt", "--json", file.toString());
        // THEN JSON comes out
        assertThat(result.out()).startsWith("{").contains("\"kind\": \"ConfigMap\"");
    }

    @Test
    void fmt_output_dir_writes_one_file_per_object_and_a_kustomization() throws IOException {
        // GIVEN a stream of two objects on standard input
        Path out = dir.resolve("generated");
        // WHEN written to a folder
        Cli.Result result = run(DEPLOYMENT + "---\n" + CLEAN, false, Map.of(), "fmt", "--output-dir", out.toString(),
                "-");
        // THEN one file per object, listed in a kustomization.yaml
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).hasSize(3).contains("kustomization.yaml");
        }
        assertThat(read(out.resolve("kustomization.yaml"))).contains("resources:");
    }

    @Test
    void fmt_write_rewrites_only_files_that_change_and_check_reports_them() {
        // GIVEN one file in Berth's form and one not
        Path settings = write(dir, "settings.yaml", "kind: ConfigMap\napiVersion: v1\nmetadata: {name: settings}\n");
        Path formatted = write(dir, "ok.yaml", run("fmt", write(dir, "tmp/ok.yaml", CLEAN).toString()).out());
        // WHEN checked, rewritten, and checked again
        Cli.Result check = run("fmt", "--check", settings.toString(), formatted.toString());
        Cli.Result rewrite = run("fmt", "--write", settings.toString(), formatted.toString());
        Cli.Result recheck = run("fmt", "--check", settings.toString(), formatted.toString());
        // THEN the check lists the one file and exits 1; --write fixes it; the second check is clean
        assertThat(check.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(check.out()).isEqualTo(settings + "\n");
        assertThat(rewrite.code()).isEqualTo(ExitCode.OK);
        assertThat(rewrite.out()).isEqualTo(settings + "\n");
        assertThat(read(settings)).startsWith("apiVersion: v1\nkind: ConfigMap\n");
        assertThat(recheck.code()).isEqualTo(ExitCode.OK);
        assertThat(recheck.out()).isEmpty();
    }

    @Test
    void fmt_usage_errors_and_bad_input_exit_2() {
        // GIVEN a broken file
        Path broken = write(dir, "broken.yaml", "kind: [\n");
        // WHEN fmt is misused or given bad input
        Cli.Result twoModes = run("fmt", "--write", "--check", broken.toString());
        Cli.Result writeStdin = run("fmt", "--write", "-");
        Cli.Result bad = run("fmt", broken.toString());
        Cli.Result badWrite = run("fmt", "--write", broken.toString());
        // THEN each is exit 2 with one clear line and the broken file is left alone
        assertThat(twoModes.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twoModes.err()).startsWith("berth: choose one of --output-dir, --write and --check\n");
        assertThat(writeStdin.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(writeStdin.err()).startsWith("berth: --write and --check work on files, not on -\n");
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).startsWith(broken + ":2:1: broken YAML").doesNotContain("\tat ");
        assertThat(bad.out()).isEmpty();
        assertThat(badWrite.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(read(broken)).isEqualTo("kind: [\n");
    }

    @Test
    void progress_appears_on_a_terminal_after_a_second_and_is_erased() throws InterruptedException {
        // GIVEN a terminal and a slow job
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(System.in, stream, stream, true, Map.of());
        AtomicInteger done = new AtomicInteger(3);
        // WHEN it takes longer than a second
        try (Progress progress = Progress.start(terminal, "read", 10, done)) {
            Thread.sleep(1400);
        }
        // THEN a progress line was shown and then erased
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("\rberth: read 3/10 files").endsWith("\r\033[K");
    }

    @Test
    void progress_is_quiet_when_not_on_a_terminal() throws InterruptedException {
        // GIVEN standard error that is not a terminal, as in CI
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Terminal ci = new Terminal(System.in, stream, stream, false, Map.of());
        // WHEN a job takes longer than a second
        try (Progress progress = Progress.start(ci, "read", 10, new AtomicInteger())) {
            Thread.sleep(1200);
        }
        // THEN nothing is printed
        assertThat(err.size()).isZero();
    }

    private static String row(String table, String id) {
        return table.lines().filter(line -> line.startsWith(id + " ")).reduce((a, b) -> {
            throw new AssertionError("two rows for " + id);
        }).orElseThrow(() -> new AssertionError("no row for " + id));
    }

}
