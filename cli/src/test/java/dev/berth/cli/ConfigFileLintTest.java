package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "`.berth.yaml` found from the working directory upwards (or `--config`): rule set, enable/disable, severity
 * overrides, rule parameters, `failOn`, paths to exclude, baseline path. The CLI and the Maven plugin read it;
 * `berth lint --print-config` shows the effective settings and where each came from. Unknown keys are errors."
 */
class ConfigFileLintTest {

    @TempDir
    Path dir;

    @Test
    void print_config_shows_each_setting_with_the_file_line_or_flag_it_came_from() {
        // GIVEN a configuration file, and a flag that overrides one of its settings
        Path config = write(dir, "berth.yaml", "rules: strict\nfailOn: medium\nsets: tree\n");
        // WHEN the effective settings are printed
        Cli.Result result = run("lint", "--config", config.toString(), "--fail-on", "high", "--print-config");
        // THEN each line names its source, flags win, and nothing is linted
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                rules: strict (%1$s:1)
                enable: none (default)
                disable: none (default)
                severity: none (default)
                parameters: none (default)
                failOn: high (--fail-on)
                exclude: none (default)
                defaultExcludes: true (default)
                baseline: none (default)
                sets: tree (%1$s:3)
                complete: false (default)
                rulePacks: none (default)
                """.formatted(config));
    }

    @Test
    void a_severity_override_changes_the_finding_in_the_report_and_for_fail_on() {
        // GIVEN a claim with one INFO finding (claim-storage-class), raised to high by the configuration file
        Path claim = write(dir, "k8s/claim.yaml", Cli.CLAIM_WITHOUT_CLASS);
        Path config = write(dir, "berth.yaml", "severity:\n  claim-storage-class: high\nfailOn: high\n");
        // WHEN it is linted with and without the file
        Cli.Result plain = run("lint", claim.toString());
        Cli.Result configured = run("lint", "--config", config.toString(), claim.toString());
        // THEN the finding is high in the report, and failOn: high fails on it
        assertThat(plain.code()).isEqualTo(ExitCode.OK);
        assertThat(plain.out()).contains("1 finding in 1 object (rule set recommended): 0 high, 0 medium, 0 low, 1 info");
        assertThat(configured.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(configured.out()).contains("Rule 'claim-storage-class' [HIGH]")
                .contains("1 finding in 1 object (rule set recommended): 1 high, 0 medium, 0 low, 0 info");
    }

    @Test
    void the_file_s_disable_and_exclude_apply_and_flags_add_to_them() {
        // GIVEN a Deployment with five medium findings, and one left out by the file's exclude
        Path k8s = dir.resolve("k8s");
        write(dir, "k8s/web.yaml", Cli.DEPLOYMENT);
        write(dir, "k8s/examples/other.yaml", Cli.DEPLOYMENT.replace("name: web", "name: other"));
        Path config = write(dir, "berth.yaml", "disable: [cpu-requests, memory-limit]\nexclude: [examples]\n");
        // WHEN it is linted with the file and one more --disable
        Cli.Result result = run("lint", "--config", config.toString(), "--disable", "memory-requests",
                k8s.toString());
        // THEN only the two findings left remain, of the one Deployment walked
        assertThat(result.out()).contains("2 findings in 1 object (rule set recommended): 0 high, 2 medium");
    }

    @Test
    void an_unknown_key_is_bad_input_on_one_line() {
        // GIVEN a configuration file with a misspelt key
        Path config = write(dir, "berth.yaml", "failon: high\n");
        // WHEN lint reads it
        Cli.Result result = lintCleanWith(config);
        // THEN it stops with one line saying where, what and the key meant
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(config + ":1:1: unknown key failon. Fix: Did you mean failOn? The keys are "
                + "rules, enable, disable, severity, parameters, failOn, exclude, defaultExcludes, baseline, sets, "
                + "complete, rulePacks.\n");
    }

    @Test
    void a_missing_config_file_is_bad_input_on_one_line() {
        Path missing = dir.resolve("nope.yaml");
        Cli.Result result = run("lint", "--config", missing.toString(), "--print-config");
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo("no configuration file " + missing + ". Fix: give the path of a .berth.yaml "
                + "file to --config, or leave --config out to use the nearest one.\n");
    }

    @Test
    void a_file_disable_of_a_rule_the_set_does_not_run_names_the_line() {
        Path config = write(dir, "berth.yaml", "rules: pod-security-baseline\ndisable: [cpu-limit]\n");
        Cli.Result result = lintCleanWith(config);
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("berth: " + config + ":2: disable cpu-limit: rule set "
                + "pod-security-baseline does not run that rule\n");
    }

    @Test
    void the_readme_s_configuration_example_loads_and_prints_as_the_readme_says() throws IOException {
        // GIVEN the README's example file and its --print-config output
        String readme = Files.readString(Path.of(System.getProperty("berth.root", ".."), "README.md"),
                StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Configuration file"));
        String example = block(section, "```yaml\n");
        String printed = block(section, "```text\n");
        Path shop = dir.resolve("shop");
        Path config = write(shop, ".berth.yaml", example);
        // WHEN berth prints the settings it reads from the example
        Cli.Result result = run("lint", "--config", config.toString(), "--fail-on", "high", "--print-config");
        // THEN they are the README's lines, with the README's folder for the temporary one
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out().replace(shop.toString(), "/home/me/shop")).isEqualTo(printed);
    }

    private Cli.Result lintCleanWith(Path config) {
        return run("lint", "--config", config.toString(), write(dir, "settings.yaml", Cli.CLEAN).toString());
    }

    private static String block(String text, String fence) {
        int start = text.indexOf(fence) + fence.length();
        return text.substring(start, text.indexOf("```\n", start));
    }
}
