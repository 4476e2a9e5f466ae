package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, "Lint Helm charts and kustomize overlays as they are, with findings pointing at the files people edit":
 * "{@code berth lint} on a chart folder reads {@code Chart.yaml} as an object ("the object has no kind") and fails on
 * the first template line"; "on an overlay folder it judges {@code kustomization.yaml} itself and never sees the
 * objects the overlay produces".
 */
class ChartsLintTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of(System.getProperty("berth.root", ".."), "charts/src/test/resources");

    @TempDir
    Path dir;

    @Test
    void a_chart_folder_is_rendered_and_its_findings_name_the_templates() throws IOException {
        // GIVEN the shop chart (helpers, values files, a local subchart, NOTES.txt)
        Path chart = copy(FIXTURES.resolve("charts/shop"), dir.resolve("shop"));

        // WHEN it is linted with prod values, a --set and a release name
        Cli.Result result = run("lint", "--format", "json", "--values", chart.resolve("values-prod.yaml").toString(),
                "--set", "db.replicas=2", "--release", "shop", chart.toString());

        // THEN the four rendered objects are judged, not Chart.yaml, values files or templates as they are
        JsonNode report = JSON.readTree(result.out());
        assertThat(result.err()).isEmpty();
        assertThat(report.get("objects").asInt()).isEqualTo(4);
        // AND each finding's location is the template that produced its object
        List<String> files = new ArrayList<>();
        report.get("findings").forEach(finding -> files.add(finding.get("object").get("name").asText() + " "
                + finding.get("location").get("file").asText()));
        assertThat(files).contains("shop-web " + chart.resolve("templates/deployment.yaml"),
                "shop-cache " + chart.resolve("charts/cache/templates/statefulset.yaml"));
        assertThat(files).allSatisfy(file -> assertThat(file).contains("/templates/"));
    }

    @Test
    void a_template_that_does_not_parse_exits_2_with_one_line_naming_it_and_the_rest_is_judged()
            throws IOException {
        // GIVEN a tree holding the shop chart, whose secret template does not parse, and a plain manifest beside it
        Path chart = copy(FIXTURES.resolve("charts/shop"), dir.resolve("shop"));
        write(chart, "templates/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }-x\n");
        write(dir, "plain/settings.yaml", Cli.CLEAN);

        // WHEN the tree is linted
        Cli.Result result = run("lint", dir.toString());

        // THEN exit 2, one line FILE:LINE: problem naming the template, no stack trace, and the plain file judged
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).isEqualTo(chart.resolve("templates/secret.yaml") + ":4: unexpected \"}\" in"
                + " operand. Fix: correct the template, or the values it reads.\n");
        assertThat(result.out()).startsWith("0 findings in 1 object");
    }

    @Test
    void an_overlay_in_a_tree_is_built_its_base_is_not_judged_again_and_findings_name_the_base_file()
            throws IOException {
        // GIVEN a tree with a base and a prod overlay (prefix, namespace, image, patch)
        requireKustomize();
        Path overlays = copy(FIXTURES.resolve("overlays"), dir.resolve("overlays"));

        // WHEN the tree is linted
        Cli.Result result = run("lint", "--format", "json", overlays.toString());

        // THEN the overlay's three objects are judged once, the base's two not again, no kustomization as an object
        JsonNode report = JSON.readTree(result.out());
        assertThat(result.err()).isEmpty();
        assertThat(report.get("objects").asInt()).isEqualTo(3);
        // AND the Deployment's findings point at the base file that defines it
        List<String> files = new ArrayList<>();
        report.get("findings").forEach(finding -> files.add(finding.get("object").get("namespace").asText() + "/"
                + finding.get("object").get("name").asText() + " " + finding.get("location").get("file").asText()));
        assertThat(files).contains("shop-prod/prod-web " + overlays.resolve("base/deployment.yaml"));
    }

    @Test
    void no_render_judges_an_overlays_files_as_they_are_without_its_kustomization_file() throws IOException {
        // GIVEN the prod overlay alone
        Path overlays = copy(FIXTURES.resolve("overlays"), dir.resolve("overlays"));

        // WHEN it is linted with --no-render
        Cli.Result result = run("lint", "--format", "json", "--no-render", overlays.resolve("prod").toString());

        // THEN the resource its kustomization lists is read, never kustomization.yaml nor the patch (a partial
        // Deployment only kustomize can apply), with a note
        JsonNode report = JSON.readTree(result.out());
        assertThat(result.err()).isEqualTo("berth: note: --no-render: the overlays were not rendered; judging the"
                + " overlays' files as they are\n");
        assertThat(report.get("objects").asInt()).isEqualTo(1);
    }

    @Test
    void rendered_out_writes_what_each_chart_rendered() throws IOException {
        // GIVEN the shop chart
        Path chart = copy(FIXTURES.resolve("charts/shop"), dir.resolve("shop"));
        Path out = dir.resolve("rendered");

        // WHEN it is linted with --rendered-out
        run("lint", "--rendered-out", out.toString(), "--release", "shop", chart.toString());

        // THEN Helm's output is in one file there, with its # Source: lines
        try (Stream<Path> written = Files.list(out)) {
            List<Path> files = written.toList();
            assertThat(files).hasSize(1);
            assertThat(Files.readString(files.get(0))).contains("# Source: shop/templates/deployment.yaml");
        }
    }

    @Test
    void what_berth_render_writes_as_a_kustomize_folder_lints_clean_built_or_not() {
        // GIVEN a clean application rendered by berth render as a kustomize folder (kustomization.yaml beside it)
        assertThat(run("render", "--format", "folder", "--output", dir.toString(),
                RenderCommandTest.Settings.class.getName()).code()).isEqualTo(ExitCode.OK);
        Path folder = dir.resolve("settings");

        // WHEN the folder is linted, built with kustomize and with --no-render
        requireKustomize();
        Cli.Result built = run("lint", folder.toString());
        Cli.Result raw = run("lint", "--no-render", folder.toString());

        // THEN both judge the one ConfigMap, never the kustomization file, and exit 0
        assertThat(built.code()).isEqualTo(ExitCode.OK);
        assertThat(built.out()).isEqualTo("0 findings in 1 object (rule set recommended): 0 high, 0 medium, 0 low,"
                + " 0 info\n");
        assertThat(raw.code()).isEqualTo(ExitCode.OK);
        assertThat(raw.out()).isEqualTo(built.out());
    }

    private static void requireKustomize() {
        String reason = System.getenv("BERTH_SKIP_KUSTOMIZE");
        boolean found = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "kubectl"))
                        || Files.isExecutable(Path.of(folder, "kustomize")));
        if (!found && (reason == null || reason.isBlank())) {
            throw new AssertionError("this test needs kubectl 1.21+ or kustomize v4+ on PATH, or a reason in"
                    + " BERTH_SKIP_KUSTOMIZE");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(found, () -> "skipped: " + reason);
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
