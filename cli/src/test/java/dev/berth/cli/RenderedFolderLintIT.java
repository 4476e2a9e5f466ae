package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "`berth lint` on a folder written by `berth render --format folder` or by the samples' render job has no
 * finding: a `kustomization.yaml` (kind `Kustomization`) is recognised as kustomize's configuration, not a cluster
 * object, and the same object in `all.yaml` and in its own file is not a duplicate when the folder is a kustomize
 * folder." Needs the samples built by the reactor, as {@code BerthProcessIT} does.
 */
class RenderedFolderLintIT {

    private static final String CLASSPATH = String.join(File.pathSeparator, "../samples/target/classes",
            "../dsl/target/classes");

    @TempDir
    Path dir;

    @Test
    void a_folder_berth_render_wrote_lints_without_a_finding() {
        // GIVEN a sample without findings, rendered as a kustomize folder
        Cli.Result rendered = run("render", "--classpath", CLASSPATH, "--output", dir.toString(), "--format",
                "folder", "dev.berth.samples.site.StaticSite");
        assertThat(rendered.code()).as(rendered.err()).isEqualTo(ExitCode.OK);
        // WHEN the folder is linted
        Cli.Result linted = run("lint", dir.toString());
        // THEN there is no finding: kustomization.yaml is kustomize's, not an object
        assertThat(linted.code()).as(linted.out() + linted.err()).isEqualTo(ExitCode.OK);
        assertThat(linted.out()).isEqualTo("0 findings in 7 objects (rule set recommended): 0 high, 0 medium, 0 low, "
                + "0 info\n");
    }

    @Test
    void a_folder_as_the_samples_render_job_writes_it_lints_without_a_finding() throws Exception {
        // GIVEN the sample as the render job writes it: the kustomize folder, and all.yaml beside its files
        run("render", "--classpath", CLASSPATH, "--output", dir.toString(), "--format", "folder",
                "dev.berth.samples.site.StaticSite");
        Path folder = dir.resolve("static-site");
        run("render", "--classpath", CLASSPATH, "--output", folder.toString(), "dev.berth.samples.site.StaticSite");
        Files.move(folder.resolve("static-site.yaml"), folder.resolve("all.yaml"));
        // WHEN the folder is linted
        Cli.Result linted = run("lint", dir.toString());
        // THEN no object is a duplicate: kustomize builds the folder, and all.yaml, which the kustomization does not
        // list, is not read
        assertThat(linted.out()).isEqualTo("0 findings in 7 objects (rule set recommended): 0 high, 0 medium, 0 low, "
                + "0 info\n");
        assertThat(linted.err()).isEmpty();
        // AND judged without kustomize (--no-render), the files the kustomization lists are read, all.yaml is not
        Cli.Result raw = run("lint", "--no-render", dir.toString());
        assertThat(raw.out()).isEqualTo("0 findings in 7 objects (rule set recommended): 0 high, 0 medium, 0 low, "
                + "0 info\n");
        assertThat(raw.err()).contains("berth: note: --no-render");
        assertThat(linted.code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void a_kustomization_named_on_the_command_line_lints_its_folder() {
        // GIVEN a rendered kustomize folder
        run("render", "--classpath", CLASSPATH, "--output", dir.toString(), "--format", "folder",
                "dev.berth.samples.site.StaticSite");
        // WHEN its kustomization.yaml is given to lint
        Cli.Result linted = run("lint", dir.resolve("static-site/kustomization.yaml").toString());
        // THEN the objects it lists are judged, and the Kustomization is not an object of the cluster
        assertThat(linted.out()).isEqualTo("0 findings in 7 objects (rule set recommended): 0 high, 0 medium, 0 low, "
                + "0 info\n");
        assertThat(linted.err()).isEmpty();
        assertThat(linted.code()).isEqualTo(ExitCode.OK);
    }
}
