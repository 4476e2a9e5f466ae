package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shell scripts Berth ships, the launcher and the CI action's script, are POSIX sh that ShellCheck passes
 * (issue 14: "Keep the launcher POSIX sh"). {@code .ci/run} installs ShellCheck (Debian's package) where it is missing.
 */
class ShellScriptsTest {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", ".."));

    @Test
    void the_launcher_and_the_action_script_are_posix_sh_that_shellcheck_passes() {
        // GIVEN ShellCheck (CI installs it)
        Cli.Result version = Processes.run(List.of("sh", "-c", "command -v shellcheck"), null, Map.of(), false);
        assumeThat(version.code()).as("shellcheck on the PATH (apt-get install shellcheck)").isZero();
        // WHEN it checks each script as POSIX sh, informational notes included
        Cli.Result result = Processes.run(List.of("shellcheck", "--shell=sh", "--severity=info",
                ROOT.resolve("cli/bin/berth").toString(),
                ROOT.resolve(".github/actions/berth-lint/lint-changed.sh").toString()), null, Map.of(), false);
        // THEN it finds nothing
        assertThat(result.out()).isEmpty();
        assertThat(result.code()).isZero();
    }
}
