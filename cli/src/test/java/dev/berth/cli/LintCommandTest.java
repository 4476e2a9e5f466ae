package dev.berth.cli;

import static dev.berth.cli.Cli.CLAIM_WITHOUT_CLASS;
import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.SECRET_IN_CONFIGMAP;
import static dev.berth.cli.Cli.SECRET_VALUE;
import static dev.berth.cli.Cli.read;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_clean_manifest_exits_0_with_a_summary_line() {
        // GIVEN a ConfigMap no recommended rule objects to
        Path file = write(dir, "settings.yaml", CLEAN);
        // WHEN it is linted
        Cli.Result result = run("lint", file.toString());
        // THEN the exit code is 0 and the text report says so
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo(
                "0 findings in 1 object (rule set recommended): 0 high, 0 medium, 0 low, 0 info\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void findings_at_or_above_fail_on_exit_1_and_below_it_exit_0() {
        // GIVEN a Deployment with five MEDIUM findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted at each threshold
        // THEN low (the default) and medium fail, high and never pass
        assertThat(run("lint", file.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("lint", "--fail-on", "info", file.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("lint", "--fail-on", "low", file.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("lint", "--fail-on", "medium", file.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("lint", "--fail-on", "high", file.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("lint", "--fail-on", "never", file.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void an_info_finding_fails_only_with_fail_on_info() {
        // GIVEN a claim whose only finding is INFO
        Path file = write(dir, "claim.yaml", CLAIM_WITHOUT_CLASS);
        // WHEN it is linted with and without --fail-on info
        Cli.Result byDefault = run("lint", file.toString());
        Cli.Result strict = run("lint", "--fail-on", "info", file.toString());
        // THEN the finding is reported both times, and fails only at info
        assertThat(byDefault.code()).isEqualTo(ExitCode.OK);
        assertThat(byDefault.out()).contains("Rule 'claim-storage-class' [INFO]");
        assertThat(strict.code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void the_text_report_names_rule_object_location_remediation_and_docs() {
        // GIVEN a Deployment without a memory limit
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted as text
        String out = run("lint", file.toString()).out();
        // THEN each finding reads as the house style shows
        assertThat(out).contains("""
                Rule 'memory-limit' [MEDIUM] was violated (1 time):
                  Deployment shop/web: container web sets no memory limit; a leak grows until the node runs out of \
                memory and the kernel kills processes of other pods too
                    at %s:16:9
                Remediation: Set resources.limits.memory, usually equal to the memory request so the pod is never \
                overcommitted.
                See: berth explain memory-limit, https://berth.dev/rules/memory-limit
                """.formatted(file));
        assertThat(out).endsWith(
                "5 findings in 1 object (rule set recommended): 0 high, 5 medium, 0 low, 0 info\n");
    }

    @Test
    void json_sarif_and_junit_formats_render_the_same_findings() throws IOException {
        // GIVEN a Deployment with five findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted in each machine format
        JsonNode json = JSON.readTree(run("lint", "--format", "json", file.toString()).out());
        JsonNode sarif = JSON.readTree(run("lint", "--format", "sarif", file.toString()).out());
        String junit = run("lint", "--format", "junit", file.toString()).out();
        // THEN each holds the five findings
        assertThat(json.path("schema").asText()).isEqualTo("berth.dev/report/v1");
        assertThat(ruleIds(json.path("findings"), "ruleId")).containsExactly("cpu-requests", "memory-limit",
                "memory-requests", "privilege-escalation", "run-as-non-root");
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(ruleIds(sarif.path("runs").path(0).path("results"), "ruleId")).containsExactlyInAnyOrder(
                "cpu-requests", "memory-limit", "memory-requests", "privilege-escalation", "run-as-non-root");
        assertThat(junit).startsWith("<?xml").contains("<failure").contains("memory-limit");
    }

    @Test
    void the_same_input_gives_byte_identical_reports() {
        // GIVEN a folder of several files
        write(dir, "a/web.yaml", DEPLOYMENT);
        write(dir, "b/claim.yaml", CLAIM_WITHOUT_CLASS);
        write(dir, "b/settings.yaml", CLEAN);
        // WHEN it is linted twice in each format
        for (String format : List.of("text", "json", "sarif", "junit")) {
            // THEN both reports are the same bytes
            assertThat(run("lint", "--format", format, dir.toString()).out()).as(format)
                    .isEqualTo(run("lint", "--format", format, dir.toString()).out());
        }
    }

    @Test
    void output_writes_the_report_to_a_file_and_nothing_to_standard_output() throws IOException {
        // GIVEN a Deployment with findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        Path report = dir.resolve("reports/berth.json");
        // WHEN the report goes to a file in a folder that does not exist yet
        Cli.Result result = run("lint", "--format", "json", "--output", report.toString(), file.toString());
        // THEN the file holds it, standard output is empty, and the exit code still reflects the findings
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).isEmpty();
        assertThat(JSON.readTree(read(report)).path("summary").path("total").asInt()).isEqualTo(5);
        // AND issue 14: "--output FILE still prints the one-line summary to standard error, so a failing CI log is
        // never empty"
        assertThat(result.err()).isEqualTo("5 findings in 1 object (rule set recommended): 0 high, 5 medium, "
                + "0 low, 0 info; report written to " + report + System.lineSeparator());
    }

    @Test
    void an_unwritable_output_is_one_line_without_a_stack_trace_unless_debug() {
        // GIVEN an --output path that is a folder
        Path file = write(dir, "settings.yaml", CLEAN);
        // WHEN the report cannot be written
        Cli.Result plain = run("lint", "--output", dir.toString(), file.toString());
        Cli.Result debug = run("lint", "--debug", "--output", dir.toString(), file.toString());
        // THEN one line names the file and the fix; --debug adds the stack trace
        assertThat(plain.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plain.err()).startsWith(dir + ": cannot write the report: ")
                .contains("Fix: check the folder exists and is writable, or choose another --output.")
                .doesNotContain("\tat ");
        assertThat(plain.err().lines()).hasSize(1);
        assertThat(debug.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(debug.err()).contains("\tat dev.berth.cli.LintCommand");
    }

    @Test
    void rules_names_the_rule_set() throws IOException {
        // GIVEN a Deployment: strict also runs cpu-limit, which recommended does not
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted with the strict set, and with the restricted pod security set
        JsonNode strict = JSON.readTree(run("lint", "--rules", "strict", "--format", "json", file.toString()).out());
        JsonNode restricted = JSON.readTree(run("lint", "--rules", "pod-security-restricted", "--format", "json",
                file.toString()).out());
        // THEN the report names the set and holds its findings
        assertThat(strict.path("ruleSet").asText()).isEqualTo("strict");
        assertThat(ruleIds(strict.path("findings"), "ruleId")).contains("cpu-limit").doesNotContain("backup-declared");
        assertThat(restricted.path("ruleSet").asText()).isEqualTo("pod-security-restricted");
        assertThat(ruleIds(restricted.path("findings"), "ruleId")).contains("run-as-non-root")
                .doesNotContain("memory-limit");
    }

    @Test
    void an_unknown_rule_set_is_a_usage_error() {
        // GIVEN a set name that does not exist
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is asked for
        Cli.Result result = run("lint", "--rules", "lenient", file.toString());
        // THEN exit 2 with the problem and where to look
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("lenient").contains("recommended")
                .endsWith("Run 'berth lint --help' for usage.\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void enable_adds_a_rule_and_disable_removes_one() throws IOException {
        // GIVEN a Deployment
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN cpu-limit is enabled and memory-limit and cpu-requests disabled (comma or repeated)
        JsonNode report = JSON.readTree(run("lint", "--enable", "cpu-limit", "--disable", "memory-limit,cpu-requests",
                "--format", "json", file.toString()).out());
        // THEN the findings follow
        assertThat(ruleIds(report.path("findings"), "ruleId")).containsExactly("cpu-limit", "memory-requests",
                "privilege-escalation", "run-as-non-root");
        assertThat(ruleIds(report.path("rules"), "id")).contains("cpu-limit").doesNotContain("memory-limit");
    }

    @Test
    void an_unknown_or_idle_rule_id_is_a_usage_error() {
        // GIVEN a file
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN a rule id is wrong, or disables a rule the set does not run
        Cli.Result unknown = run("lint", "--enable", "no-such-rule", file.toString());
        Cli.Result idle = run("lint", "--disable", "cpu-limit", file.toString());
        // THEN each is exit 2 with a line saying what to do
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).startsWith("berth: no rule no-such-rule; 'berth rules' lists them\n");
        assertThat(idle.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(idle.err()).startsWith("berth: --disable cpu-limit: rule set recommended does not run that rule\n");
    }

    @Test
    void complete_reports_references_to_objects_the_input_does_not_hold() throws IOException {
        // GIVEN a Deployment naming a ServiceAccount that is not in the input
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted with and without --complete
        JsonNode partial = JSON.readTree(run("lint", "--format", "json", file.toString()).out());
        JsonNode complete = JSON.readTree(run("lint", "--complete", "--format", "json", file.toString()).out());
        // THEN only --complete reports the missing ServiceAccount
        assertThat(ruleIds(partial.path("findings"), "ruleId")).doesNotContain("service-account-missing");
        assertThat(ruleIds(complete.path("findings"), "ruleId")).contains("service-account-missing");
    }

    @Test
    void a_written_baseline_silences_known_findings_and_new_ones_still_fail() {
        // GIVEN a Deployment whose findings are recorded in a baseline
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        Path baseline = dir.resolve("berth-baseline.json");
        Cli.Result written = run("lint", "--write-baseline", baseline.toString(), file.toString());
        // WHEN it is linted against the baseline, before and after a new problem is added
        Cli.Result known = run("lint", "--baseline", baseline.toString(), file.toString());
        write(dir, "db.yaml", SECRET_IN_CONFIGMAP);
        Cli.Result grown = run("lint", "--baseline", baseline.toString(), dir.toString());
        // THEN writing exits 0, the known findings pass, and only the new one is reported
        assertThat(written.code()).isEqualTo(ExitCode.OK);
        assertThat(read(baseline)).contains("berth.dev/baseline/v1").contains("memory-limit");
        assertThat(known.code()).isEqualTo(ExitCode.OK);
        assertThat(known.out()).startsWith("0 findings");
        assertThat(grown.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(grown.out()).contains("Rule 'secret-in-configmap' [HIGH]").doesNotContain("memory-limit");
    }

    @Test
    void a_missing_baseline_is_bad_input() {
        // GIVEN a baseline path that does not exist
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is used
        Cli.Result result = run("lint", "--baseline", dir.resolve("none.json").toString(), file.toString());
        // THEN exit 2 with one line naming the file
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("none.json").doesNotContain("\tat ");
    }

    @Test
    void standard_input_is_read_for_a_dash() throws IOException {
        // GIVEN a manifest piped in, as from helm template
        // WHEN berth lint - reads it
        Cli.Result result = run(DEPLOYMENT, false, Map.of(), "lint", "--format", "json", "-");
        // THEN it is judged and located as <stdin>
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode finding = JSON.readTree(result.out()).path("findings").path(0);
        assertThat(finding.path("location").path("file").asText()).isEqualTo("<stdin>");
    }

    @Test
    void a_dash_given_twice_is_a_usage_error() {
        // WHEN standard input is named twice
        Cli.Result result = run(CLEAN, false, Map.of(), "lint", "-", "-");
        // THEN exit 2
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("berth: give - (standard input) at most once\n");
    }

    @Test
    void folders_are_read_recursively_and_other_files_ignored() throws IOException {
        // GIVEN nested manifests of each extension, and a README that is not a manifest
        write(dir, "apps/web/deploy.yaml", DEPLOYMENT);
        write(dir, "apps/db/claim.yml", CLAIM_WITHOUT_CLASS);
        write(dir, "config/settings.json", """
                {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "more", "namespace": "shop"}}
                """);
        write(dir, "README.md", "# not a manifest\n");
        // WHEN the top folder is linted
        JsonNode report = JSON.readTree(run("lint", "--format", "json", dir.toString()).out());
        // THEN all three objects are judged
        assertThat(report.path("objects").asInt()).isEqualTo(3);
    }

    @Test
    void bad_input_gets_one_line_each_and_the_other_files_are_still_linted() {
        // GIVEN broken YAML, an alias bomb, a binary file, a missing file, and a good file with findings
        Path broken = write(dir, "broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [x\n");
        Path bomb = write(dir, "bomb.yaml", aliasBomb());
        Path binary = dir.resolve("image.yaml");
        Path missing = dir.resolve("missing.yaml");
        Path good = write(dir, "web.yaml", DEPLOYMENT);
        try {
            Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // WHEN they are linted together
        Cli.Result result = run("lint", broken.toString(), bomb.toString(), binary.toString(), missing.toString(),
                good.toString());
        // THEN exit 2, one line per problem with file:line:column where there is one, and the good file's report
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken + ":4:1: ").contains("broken YAML")
                .contains("Fix: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(bomb + ":").contains("alias bomb")
                .contains("Fix: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(binary + ": not a text file")
                .contains("Fix: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(missing + ": no such file")
                .contains("Fix: "));
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(result.out()).contains("Rule 'memory-limit' [MEDIUM]").contains("5 findings in 1 object");
    }

    @Test
    void a_folder_without_manifests_is_bad_input() {
        // GIVEN an empty folder
        // WHEN it is linted
        Cli.Result result = run("lint", dir.toString());
        // THEN exit 2 and a line that says what to give
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo(dir + ": no *.yaml, *.yml or *.json file in this folder. Fix: give a "
                + "folder that holds manifests, or the manifest files themselves.\n");
    }

    @Test
    void a_secret_value_is_never_printed_in_any_format() {
        // GIVEN a ConfigMap holding a password, read from a file and from standard input
        Path file = write(dir, "db.yaml", SECRET_IN_CONFIGMAP);
        for (String format : List.of("text", "json", "sarif", "junit")) {
            // WHEN it is linted in each format
            Cli.Result fromFile = run("lint", "--format", format, file.toString());
            Cli.Result fromStdin = run(SECRET_IN_CONFIGMAP, false, Map.of(), "lint", "--format", format, "-");
            // THEN the finding is there and the value is not
            assertThat(fromFile.code()).isEqualTo(ExitCode.FINDINGS);
            assertThat(fromFile.out()).as(format).contains("secret-in-configmap").doesNotContain(SECRET_VALUE);
            assertThat(fromStdin.out() + fromStdin.err()).as(format).doesNotContain(SECRET_VALUE);
        }
    }

    @Test
    void colour_only_on_a_terminal_and_never_with_no_color() {
        // GIVEN a file with findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN it is linted on a terminal, on a terminal with NO_COLOR, on a dumb terminal, and into a pipe
        String terminal = run("", true, Map.of(), "lint", file.toString()).out();
        String noColor = run("", true, Map.of("NO_COLOR", "1"), "lint", file.toString()).out();
        String dumb = run("", true, Map.of("TERM", "dumb"), "lint", file.toString()).out();
        String pipe = run("", false, Map.of(), "lint", file.toString()).out();
        // THEN only the first has ANSI colour (picocli's codes), on the severity tags, and the words are the same
        assertThat(terminal).contains("\033[33m[MEDIUM]\033[39m\033[0m");
        assertThat(noColor).doesNotContain("\033[");
        assertThat(dumb).doesNotContain("\033[");
        assertThat(pipe).doesNotContain("\033[");
        assertThat(terminal.replaceAll("\033\\[[0-9;]*m", "")).isEqualTo(pipe);
    }

    @Test
    void a_report_written_to_a_file_is_never_coloured() {
        // GIVEN a terminal and a file with findings
        Path file = write(dir, "web.yaml", DEPLOYMENT);
        Path report = dir.resolve("report.txt");
        // WHEN the text report goes to a file
        run("", true, Map.of(), "lint", "--output", report.toString(), file.toString());
        // THEN it has no escape codes
        assertThat(read(report)).contains("[MEDIUM]").doesNotContain("\033[");
    }

    @Test
    void help_documents_options_examples_and_exit_codes() {
        // WHEN lint's help is asked for
        Cli.Result result = run("lint", "--help");
        // THEN it lists every option, examples and the exit codes
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("--rules", "--enable", "--disable", "--complete", "--format", "--output",
                "--fail-on", "--baseline", "--write-baseline", "--debug", "Examples:", "helm template . | berth lint -",
                "Exit codes:", "0   clean", "1   findings at or above --fail-on", "2   bad input");
    }

    @Test
    void a_missing_path_or_unknown_option_is_a_usage_error() {
        // WHEN lint has no path, or an option it does not know
        Cli.Result noPath = run("lint");
        Cli.Result unknown = run("lint", "--colour", "x.yaml");
        Cli.Result badFormat = run("lint", "--format", "xml", "x.yaml");
        // THEN each is exit 2 with the problem and the help hint
        assertThat(noPath.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noPath.err()).contains("Missing required parameter: 'PATH'")
                .endsWith("Run 'berth lint --help' for usage.\n");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("Unknown option: '--colour'");
        assertThat(badFormat.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(badFormat.err()).contains("xml").contains("text, json, sarif, junit");
    }

    static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n");
        yaml.append("  a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'g'; level++) {
            char previous = (char) (level - 1);
            yaml.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        return yaml.toString();
    }

    static List<String> ruleIds(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }
}
