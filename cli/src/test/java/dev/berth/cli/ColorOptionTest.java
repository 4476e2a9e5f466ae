package dev.berth.cli;

import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "colour through picocli's ANSI support, with {@code --color=auto|always|never}".
 */
class ColorOptionTest {

    private static final String ESCAPE = "\033[";

    @TempDir
    Path dir;

    @Test
    void color_always_colours_the_text_report_even_into_a_pipe() {
        // GIVEN a file with MEDIUM findings, and output that is not a terminal
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted with --color=always, before and after the command's name
        Cli.Result before = run("", false, Map.of(), "--color=always", "lint", file.toString());
        Cli.Result after = run("", false, Map.of(), "lint", "--color", "always", file.toString());
        // THEN the severity tags carry picocli's ANSI codes, and the words are those of the plain report
        String plain = run("", false, Map.of(), "lint", file.toString()).out();
        assertThat(before.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(before.out()).contains("\033[33m[MEDIUM]\033[39m\033[0m");
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(before.out().replaceAll("\033\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void color_never_leaves_a_terminal_report_plain() {
        // GIVEN a file with findings, linted on a terminal
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN colour is turned off
        Cli.Result result = run("", true, Map.of(), "lint", "--color=never", file.toString());
        // THEN no escape code is printed
        assertThat(result.out()).contains("[MEDIUM]").doesNotContain(ESCAPE);
    }

    @Test
    void color_auto_colours_a_terminal_only_and_honours_no_color() {
        // GIVEN a file with findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted with --color=auto into a pipe, on a terminal, and on a terminal with NO_COLOR
        String pipe = run("", false, Map.of(), "lint", "--color=auto", file.toString()).out();
        String terminal = run("", true, Map.of(), "lint", "--color=auto", file.toString()).out();
        String noColor = run("", true, Map.of("NO_COLOR", "1"), "lint", "--color=auto", file.toString()).out();
        // THEN only the terminal without NO_COLOR is coloured
        assertThat(pipe).doesNotContain(ESCAPE);
        assertThat(terminal).contains("\033[33m[MEDIUM]");
        assertThat(noColor).doesNotContain(ESCAPE);
    }

    @Test
    void an_explicit_color_always_wins_over_no_color() {
        // GIVEN NO_COLOR in the environment (which asks only that colour is not added by default)
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN the user asks for colour on the command line
        Cli.Result result = run("", false, Map.of("NO_COLOR", "1"), "lint", "--color=always", file.toString());
        // THEN the report is coloured
        assertThat(result.out()).contains("\033[33m[MEDIUM]");
    }

    @Test
    void help_follows_the_color_option() {
        // WHEN help is asked for with colour on and off
        Cli.Result always = run("", false, Map.of(), "--color=always", "lint", "--help");
        Cli.Result never = run("", true, Map.of(), "--color=never", "lint", "--help");
        // THEN picocli's colour scheme styles the first (the command name in bold) and not the second
        assertThat(always.out()).startsWith("Usage: \033[1mberth lint\033[21m\033[0m");
        assertThat(never.out()).startsWith("Usage: berth lint").doesNotContain(ESCAPE);
    }

    @Test
    void an_unknown_color_is_a_usage_error_that_lists_the_choices() {
        // WHEN --color has a value it does not take
        Cli.Result result = run("lint", "--color=sometimes", "web.yaml");
        // THEN exit 2, one line naming the choices, and the help hint
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("berth: Invalid value for option '--color': expected one of [auto, always, "
                + "never] (case-sensitive) but was 'sometimes'\nRun 'berth lint --help' for usage.\n");
    }
}
