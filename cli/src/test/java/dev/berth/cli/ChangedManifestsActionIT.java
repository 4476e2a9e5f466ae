package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
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

/**
 * Issue 14: "a composite CI action example that run[s] {@code berth lint} on changed manifests": its script, run on
 * a git repository of two commits as the action runs it in a pull request, with the packaged {@code bin/berth}.
 */
class ChangedManifestsActionIT {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", ".."));
    private static final Path SCRIPT = ROOT.resolve(".github/actions/berth-lint/lint-changed.sh");
    private static final Path LAUNCHER = Path.of(System.getProperty("berth.launcher", "bin/berth"));

    @TempDir
    Path repo;

    @Test
    void only_the_manifests_changed_since_the_base_are_linted_into_one_sarif_report() throws Exception {
        // GIVEN a repository whose first commit holds a manifest with findings and a CI workflow
        write(repo, "k8s/web.yaml", DEPLOYMENT);
        write(repo, ".github/workflows/ci.yml", "name: CI\non: [push]\njobs: {}\n");
        write(repo, "k8s/old.yaml", CLEAN);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        String base = git("rev-parse", "HEAD").strip();
        // AND a second commit that adds a manifest with findings, changes the workflow, deletes a manifest and
        // changes a file that is neither YAML nor JSON
        write(repo, "k8s/api.yaml", DEPLOYMENT.replace("name: web", "name: api").replace("app: web", "app: api"));
        write(repo, ".github/workflows/ci.yml", "name: CI\non: [pull_request]\njobs: {}\n");
        Files.delete(repo.resolve("k8s/old.yaml"));
        write(repo, "README.md", "# shop\n");
        git("add", "-A");
        git("commit", "-q", "-m", "second");
        // WHEN the action's script lints the changes since the first commit
        Cli.Result result = script(base, "berth.sarif", "--fail-on", "medium");
        // THEN only the added manifest is judged (the workflow is skipped), into one SARIF report, exit 1
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("berth.sarif").toFile());
        List<String> files = new ArrayList<>();
        sarif.findValues("artifactLocation").forEach(location -> files.add(location.path("uri").asText()));
        assertThat(files).isNotEmpty().allMatch(uri -> uri.endsWith("k8s/api.yaml"));
        assertThat(result.err()).isEqualTo("berth: skipped 1 file that holds no Kubernetes object (no document has "
                + "apiVersion or kind); --strict-files reads such files as manifests\n5 findings in 1 object (rule set "
                + "recommended): 0 high, 5 medium, 0 low, 0 info; report written to berth.sarif\n");
    }

    @Test
    void no_changed_yaml_is_nothing_to_lint_and_exit_0() throws Exception {
        // GIVEN a repository of one commit
        write(repo, "k8s/web.yaml", DEPLOYMENT);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "first");
        // WHEN the script lints the changes since HEAD itself
        Cli.Result result = script("HEAD", "berth.sarif");
        // THEN it says so, writes no report and exits 0
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("berth: no YAML or JSON file changed since HEAD: nothing to lint\n");
        assertThat(repo.resolve("berth.sarif")).doesNotExist();
    }

    private Cli.Result script(String... args) {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return Processes.run(command, repo, Map.of("BERTH", LAUNCHER.toAbsolutePath().toString()), false);
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Berth", "-c",
                "user.email=berth@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Cli.Result result = Processes.run(command, repo, Map.of(), false);
        assertThat(result.code()).as(result.err()).isZero();
        return result.out();
    }

}
