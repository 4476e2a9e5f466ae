package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code berth lint .} at the root of a repository: YAML that holds no Kubernetes object (CI workflows, application
 * settings, a chart's Chart.yaml) is skipped and counted, not an error; a broken manifest still is.
 */
class RepositoryRootTest {

    private static final String WORKFLOW = """
            name: ci
            on: [push]
            jobs:
              test:
                runs-on: ubuntu-latest
            """;
    private static final String SETTINGS = """
            server:
              port: 8080
            ---
            logging:
              level: info
            """;
    private static final String CHART = """
            apiVersion: v2
            name: shop
            version: 1.0.0
            """;

    @TempDir
    Path dir;

    @Test
    void files_that_hold_no_kubernetes_object_are_skipped_and_counted() {
        // GIVEN a repository root: one manifest, a CI workflow, two-document settings and a chart's Chart.yaml
        write(dir, "k8s/app.yaml", CLEAN);
        write(dir, "ci/workflow.yml", WORKFLOW);
        write(dir, "src/main/resources/application.yaml", SETTINGS);
        write(dir, "chart/Chart.yaml", CHART);
        // WHEN the root is linted
        Cli.Result result = run("lint", dir.toString());
        // THEN the manifest is judged, and one line counts the files skipped (the chart's folder is rendered, issue 20:
        // its Chart.yaml is the chart's, never an object nor a skipped file)
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEqualTo("berth: skipped 2 files that hold no Kubernetes object (no document has "
                + "apiVersion or kind); --strict-files reads such files as manifests\n");
        assertThat(result.out()).contains("0 findings in 1 object");
    }

    @Test
    void strict_files_reads_every_file_as_a_manifest() {
        // GIVEN a manifest and a CI workflow
        write(dir, "app.yaml", CLEAN);
        Path workflow = write(dir, "workflow.yaml", WORKFLOW);
        // WHEN the folder is linted with --strict-files
        Cli.Result result = run("lint", "--strict-files", dir.toString());
        // THEN the workflow is bad input, with its line
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith(workflow + ":1:1: ").contains("apiVersion").contains("Fix: ");
    }

    @Test
    void a_document_with_kind_but_no_api_version_is_still_a_broken_manifest() {
        // GIVEN settings beside a document that has kind but no apiVersion, and a file whose document is a list
        write(dir, "settings.yaml", SETTINGS);
        Path half = write(dir, "half.yaml", """
                kind: ConfigMap
                metadata:
                  name: settings
                """);
        Path list = write(dir, "list.yaml", """
                - name: a
                - name: b
                """);
        // WHEN the folder is linted
        Cli.Result result = run("lint", dir.toString());
        // THEN both are errors with their lines (one per list item), and only the settings are skipped
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().lines().toList()).hasSize(4);
        assertThat(result.err()).contains(half + ":1:1: ").contains(list + ":1:")
                .contains("berth: skipped 1 file that holds no Kubernetes object");
    }

    @Test
    void folders_other_tools_fill_are_left_out_and_exclude_leaves_out_more() {
        // GIVEN a manifest, a broken YAML file in node_modules and in target, and a second manifest under examples
        write(dir, "k8s/app.yaml", CLEAN);
        write(dir, "web/node_modules/pkg/broken.yaml", "a: [\n");
        write(dir, "target/classes/broken.yaml", "a: [\n");
        write(dir, "examples/demo/app.yaml", CLEAN.replace("name: settings", "name: demo"));
        // WHEN the root is linted, leaving out examples
        Cli.Result result = run("lint", "--exclude", "examples/**", dir.toString());
        // THEN only k8s/app.yaml is read: the tool folders and the excluded folder are not walked
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).contains("0 findings in 1 object");
        // AND --no-default-excludes walks the tool folders again, where the broken files are bad input
        Cli.Result all = run("lint", "--no-default-excludes", "--exclude", "examples", dir.toString());
        assertThat(all.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(all.err().lines().toList()).hasSize(2).allMatch(line -> line.contains("broken.yaml:"));
    }
}
