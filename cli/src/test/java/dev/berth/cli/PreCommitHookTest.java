package dev.berth.cli;

import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "a {@code pre-commit} hook definition and a composite CI action example that run {@code berth lint} on
 * changed manifests". Hooks pass every changed YAML file, manifests or not.
 */
class PreCommitHookTest {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", ".."));
    private static final String WORKFLOW = "name: CI\non: [push]\njobs: {}\n";
    private static final String SKIPPED = "berth: skipped 1 file that holds no Kubernetes object (no document has "
            + "apiVersion or kind); --strict-files reads such files as manifests\n";

    @TempDir
    Path dir;

    @Test
    void the_hook_definition_runs_berth_lint_on_the_yaml_and_json_files_it_is_given() throws IOException {
        // WHEN the repository's hook definition is read as pre-commit reads it
        JsonNode hooks = new YAMLMapper().readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
        // THEN it defines berth-lint, which runs the installed berth (bin/berth) on each staged YAML or JSON file
        assertThat(hooks.size()).isEqualTo(1);
        JsonNode hook = hooks.get(0);
        assertThat(hook.path("id").asText()).isEqualTo("berth-lint");
        assertThat(hook.path("language").asText()).isEqualTo("system");
        assertThat(hook.path("pass_filenames").asBoolean()).isTrue();
        Pattern files = Pattern.compile(hook.path("files").asText());
        assertThat(List.of("k8s/web.yaml", "db.yml", "list.json")).allMatch(name -> files.matcher(name).find());
        assertThat(List.of("README.md", "values.yaml.tpl", "Dockerfile")).noneMatch(name -> files.matcher(name).find());
        List<String> entry = Arrays.asList(hook.path("entry").asText().split(" "));
        assertThat(entry.get(0)).isEqualTo("berth");
        assertThat(ROOT.resolve("cli/bin/berth")).isExecutable();
        // WHEN pre-commit runs the entry on a staged manifest and a staged CI workflow
        List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
        args.add(write(dir, "k8s/web.yaml", DEPLOYMENT).toString());
        args.add(write(dir, ".github/workflows/ci.yml", WORKFLOW).toString());
        Cli.Result result = run(args.toArray(String[]::new));
        // THEN the manifest is judged, the workflow skipped and counted, and the exit code is that of the findings
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("5 findings in 1 object");
        assertThat(result.err()).isEqualTo(SKIPPED);
    }

    @Test
    void a_named_file_without_objects_is_bad_input_unless_skip_non_manifests_is_given() {
        // GIVEN a manifest and a CI workflow, both named on the command line
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        Path workflow = write(dir, "ci.yml", WORKFLOW);
        // WHEN they are linted as they are, and with --skip-non-manifests, and with --strict-files too
        Cli.Result named = run("lint", manifest.toString(), workflow.toString());
        Cli.Result skipping = run("lint", "--skip-non-manifests", manifest.toString(), workflow.toString());
        Cli.Result strict = run("lint", "--skip-non-manifests", "--strict-files", manifest.toString(),
                workflow.toString());
        // THEN a named file is a manifest by default (exit 2), skipped and counted with the option, and --strict-files
        // still reads every file
        assertThat(named.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(named.err()).isEqualTo(workflow + ":1:1: the object has no apiVersion. Fix: add a line such as "
                + "apiVersion: apps/v1.\n");
        assertThat(skipping.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(skipping.err()).isEqualTo(SKIPPED);
        assertThat(skipping.out()).contains("5 findings in 1 object");
        assertThat(strict.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(strict.err()).isEqualTo(named.err());
    }

    @Test
    void the_action_lints_the_changed_manifests_with_the_script_beside_it_and_uploads_sarif() throws IOException {
        // WHEN the composite action is read as GitHub reads it
        Path folder = ROOT.resolve(".github/actions/berth-lint");
        JsonNode action = new YAMLMapper().readTree(folder.resolve("action.yml").toFile());
        // THEN it is composite, runs the script beside it, and uploads the report it names
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        List<String> runs = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        action.path("runs").path("steps").forEach(step -> {
            runs.add(step.path("run").asText());
            uses.add(step.path("uses").asText());
        });
        assertThat(runs).anyMatch(script -> script.contains("\"$GITHUB_ACTION_PATH/lint-changed.sh\" \"$BASE\" "
                + "\"$SARIF\""));
        assertThat(uses).contains("github/codeql-action/upload-sarif@v3");
        assertThat(action.path("inputs").path("sarif").path("default").asText()).isEqualTo("berth.sarif");
        assertThat(folder.resolve("lint-changed.sh")).isExecutable();
        assertThat(Files.readString(folder.resolve("lint-changed.sh"))).startsWith("#!/bin/sh\n");
    }
}
