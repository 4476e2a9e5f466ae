package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.SECRET_IN_CONFIGMAP;
import static dev.berth.cli.Cli.SECRET_VALUE;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/berth} as a process on the packaged jar: what scripts and CI see. */
class BerthProcessIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("berth.launcher", "bin/berth"));
    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");

    @TempDir
    Path dir;

    @Test
    void version_and_help_exit_0() throws Exception {
        // WHEN the launcher is asked for its version and help
        Cli.Result version = berth("", Map.of(), "--version");
        Cli.Result help = berth("", Map.of(), "--help");
        // THEN both print and exit 0
        assertThat(version.code()).isEqualTo(0);
        assertThat(version.out()).startsWith("berth ");
        assertThat(version.err()).isEmpty();
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("Exit codes:");
    }

    @Test
    void the_exit_code_is_0_when_clean_1_on_findings_and_2_on_bad_input() throws Exception {
        // GIVEN a clean file, a file with findings and a broken file
        Path clean = write(dir, "clean.yaml", CLEAN);
        Path findings = write(dir, "web.yaml", DEPLOYMENT);
        Path broken = write(dir, "broken.yaml", "kind: [\n");
        // WHEN each is linted by the process
        Cli.Result ok = berth("", Map.of(), "lint", clean.toString());
        Cli.Result found = berth("", Map.of(), "lint", findings.toString());
        Cli.Result bad = berth("", Map.of(), "lint", broken.toString(), clean.toString());
        Cli.Result usage = berth("", Map.of(), "lint", "--fail-on", "sometimes", clean.toString());
        // THEN 0, 1, 2 and 2, with one line and no stack trace for the bad input
        assertThat(ok.code()).isEqualTo(ExitCode.OK);
        assertThat(found.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(bad.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).startsWith(broken + ":2:1: broken YAML").doesNotContain("\tat ");
        assertThat(bad.err().lines()).hasSize(1);
        assertThat(bad.out()).startsWith("0 findings in 1 object");
        assertThat(usage.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void running_out_of_memory_is_one_line_that_says_what_to_set_and_a_stack_trace_only_with_debug()
            throws Exception {
        // GIVEN a 6 MB ConfigMap, and a 16 MB heap that cannot hold it
        Path file = write(dir, "big.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: \""
                + "x".repeat(6_000_000) + "\"\n");
        Map<String, String> small = Map.of("BERTH_JAVA_OPTS", "-Xms8m -Xmx16m");
        // WHEN the process lints it, without and with --debug
        Cli.Result plain = berth("", small, "lint", file.toString());
        Cli.Result debug = berth("", small, "lint", "--debug", file.toString());
        // THEN one line names the heap and the option to set, exit 2; the stack trace comes only with --debug
        assertThat(plain.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(plain.err()).matches("berth: out of memory: a heap of \\d+ MB does not hold what 1 file needs "
                + "\\(0 file reads so far\\)\\. Fix: give Berth more with BERTH_JAVA_OPTS=-Xmx2g, or lint fewer "
                + "files at once\\.\n");
        assertThat(plain.out()).isEmpty();
        assertThat(debug.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(debug.err()).startsWith(plain.err()).contains("java.lang.OutOfMemoryError");
    }

    @Test
    void a_pipe_into_lint_dash_is_judged_without_colour_or_progress() throws Exception {
        // GIVEN a manifest on standard input, as from helm template, and output into a pipe
        // WHEN the process lints it
        Cli.Result result = berth(DEPLOYMENT, Map.of(), "lint", "-");
        // THEN the findings are located in <stdin>, with no escape codes on either stream
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).contains("at <stdin>:16:9").doesNotContain("\033[");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void every_format_comes_out_of_the_process_and_no_secret_value_does() throws Exception {
        // GIVEN a ConfigMap holding a password
        Path file = write(dir, "db.yaml", SECRET_IN_CONFIGMAP);
        for (String format : List.of("text", "json", "sarif", "junit")) {
            // WHEN it is linted in each format
            Cli.Result result = berth("", Map.of(), "lint", "--format", format, file.toString());
            // THEN the finding is there and the value is not
            assertThat(result.code()).as(format).isEqualTo(ExitCode.FINDINGS);
            assertThat(result.out()).as(format).contains("secret-in-configmap").doesNotContain(SECRET_VALUE);
        }
    }

    @Test
    void the_shared_corpus_lints_to_a_json_report() throws Exception {
        // WHEN the corpus is linted by the process, as CI does
        Path report = dir.resolve("corpus.json");
        Cli.Result result = berth("", Map.of(), "lint", "--rules", "all", "--format", "json", "--output",
                report.toString(), CORPUS.toString());
        // THEN findings, no problem (standard error holds the summary line alone), and a report whose files are the
        // corpus's
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err().lines().toList()).singleElement().asString().matches("\\d+ findings in \\d+ objects "
                + "\\(rule set all\\): \\d+ high, \\d+ medium, \\d+ low, \\d+ info; report written to "
                + java.util.regex.Pattern.quote(report.toString()));
        var json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.path("schema").asText()).isEqualTo("berth.dev/report/v1");
        assertThat(json.path("findings").size()).isPositive();
        json.path("findings").forEach(finding ->
                assertThat(finding.path("location").path("file").asText()).startsWith(CORPUS.toString()));
    }

    @Test
    void fmt_writes_files_in_place() throws Exception {
        // GIVEN a file out of Berth's form
        Path file = write(dir, "settings.yaml", "kind: ConfigMap\napiVersion: v1\nmetadata: {name: settings}\n");
        // WHEN the process formats it in place
        Cli.Result result = berth("", Map.of(), "fmt", "--write", file.toString());
        // THEN it is rewritten and named
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo(file + "\n");
        assertThat(Cli.read(file)).startsWith("apiVersion: v1\nkind: ConfigMap\n");
    }

    @Test
    void render_writes_a_sample_as_its_golden_yaml() throws Exception {
        // GIVEN the samples and the DSL as the reactor built them
        String classpath = String.join(java.io.File.pathSeparator, "../samples/target/classes", "../dsl/target/classes");
        // WHEN the process renders the SSR sample into a folder
        Cli.Result result = berth("", Map.of(), "render", "--classpath", classpath, "--output", dir.toString(),
                "dev.berth.samples.ssr.SsrWithUserData");
        // THEN it is the sample's golden YAML, and its only findings are below --fail-on
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(result.err()).isEqualTo("ssr-user-data: 23 objects; 0 high, 0 medium, 0 low, 2 info\n");
        assertThat(Cli.read(dir.resolve("ssr-user-data.yaml")))
                .isEqualTo(Cli.read(Path.of("../samples/src/test/resources/golden/ssr-user-data.yaml")));
    }

    @Test
    void a_folder_is_linted_as_far_as_a_normal_user_can_read_it() throws Exception {
        // GIVEN a folder with a file with findings, a sub-folder and a file the operating system refuses to read
        Path k8s = dir.resolve("k8s");
        write(k8s, "apps/web.yaml", DEPLOYMENT);
        write(k8s, "locked-dir/db.yaml", CLEAN);
        write(k8s, "locked.yaml", CLEAN);
        for (Path open : List.of(dir, k8s, k8s.resolve("apps"))) {
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(k8s.resolve("apps/web.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(k8s.resolve("locked-dir"), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(k8s.resolve("locked.yaml"), PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its mode: as root, run berth as nobody (util-linux setpriv), when it may.
        List<String> asNormalUser = !"root".equals(System.getProperty("user.name")) ? List.of()
                : List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
        try {
            assumeThat(asNormalUser.isEmpty() || berth(asNormalUser, "", Map.of(), "--version").code() == 0)
                    .as("as root, this needs setpriv and a launcher and jar that user nobody can read").isTrue();
            // WHEN a normal user lints the folder
            Cli.Result result = berth(asNormalUser, "", Map.of(), "lint", k8s.toString());
            // THEN each refused part is one line in the system's words, the readable file is judged, and exit 2
            assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.err().lines()).containsExactly(
                    k8s.resolve("locked-dir") + ": permission denied: the folder cannot be listed, so its files are "
                            + "not read. Fix: let the user running berth list it (chmod a+rx), or lint the folders "
                            + "beside it.",
                    k8s.resolve("locked.yaml") + ": permission denied. Fix: let the user running berth read the file "
                            + "(chmod a+r), or move it out of the folder.");
            assertThat(result.out()).contains("5 findings in 1 object");
        } finally {
            Files.setPosixFilePermissions(k8s.resolve("locked-dir"), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(k8s.resolve("locked.yaml"), PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static Cli.Result berth(String stdin, Map<String, String> env, String... args) throws Exception {
        return berth(List.of(), stdin, env, args);
    }

    private static Cli.Result berth(List<String> before, String stdin, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(before);
        command.add(LAUNCHER.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("berth finished").isTrue();
        return new Cli.Result(process.exitValue(), out.get(), err.get());
    }

    private static String drain(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
