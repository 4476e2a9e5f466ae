package dev.berth.cli;

import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "Installable command line": "A distribution archive ({@code berth-<version>.tar.gz} and {@code .zip}:
 * {@code bin/berth}, {@code lib/}, licence) built by the cli module; the class-data archive is made at first run or by
 * {@code bin/berth --install-cache} for the installed path (today an installed copy loses it)." Done when: "A fresh
 * clone builds the distribution; unpacked elsewhere, {@code bin/berth lint} runs with its class-data archive."
 *
 * <p>Each test unpacks the archive the build made into a folder of its own and runs its {@code bin/berth} as a
 * process, with the test's Java as {@code JAVA_HOME} and a home folder of its own.
 */
class DistributionIT {

    /** {@code target/berth-<version>}: the archives are this plus {@code .tar.gz} and {@code .zip}. */
    private static final String DIST = System.getProperty("berth.dist", "target/berth-0.1.0-SNAPSHOT");
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String SHARED = "dev.berth.cli.LintCommand source: shared objects file";

    @TempDir
    Path dir;

    @Test
    void the_tar_gz_holds_the_launcher_the_jar_the_licence_the_man_pages_and_completion_and_no_class_data() {
        // WHEN the tar.gz is unpacked elsewhere
        Path home = unpackTarGz();
        // THEN it holds what an installation needs, the launcher executable, and no archive of any runtime
        assertThat(home.getFileName().toString()).isEqualTo(Path.of(DIST).getFileName().toString());
        assertThat(files(home)).containsExactlyInAnyOrder("LICENSE", "README.txt", "bin/berth", "lib/berth.jar",
                "completion/berth.bash", "man/man1/berth.1", "man/man1/berth-lint.1", "man/man1/berth-rules.1",
                "man/man1/berth-explain.1", "man/man1/berth-fmt.1", "man/man1/berth-render.1",
                "man/man1/berth-completion.1");
        assertThat(permissions(home.resolve("bin/berth"))).isEqualTo("rwxr-xr-x");
        assertThat(permissions(home.resolve("lib/berth.jar"))).isEqualTo("rw-r--r--");
        assertThat(Cli.read(home.resolve("man/man1/berth-lint.1"))).startsWith("'\\\" t\n")
                .contains(".TH \"BERTH\\-LINT\" \"1\"", "\\fB\\-\\-color\\fP=\\fIWHEN\\fP").doesNotContain("(Java ");
        assertThat(Cli.read(home.resolve("README.txt"))).contains("bin/berth", "berth --install-cache")
                .doesNotContain("${project.version}");
    }

    @Test
    void the_zip_holds_the_same_files_with_the_launcher_executable() throws Exception {
        // WHEN the zip is unpacked elsewhere
        Path into = Files.createDirectories(dir.resolve("zip"));
        Cli.Result unzip = run(List.of("unzip", "-q", Path.of(DIST + ".zip").toAbsolutePath().toString(), "-d",
                into.toString()), Map.of());
        assertThat(unzip.code()).as(unzip.err()).isZero();
        // THEN the files are those of the tar.gz, and bin/berth runs
        Path home = into.resolve(Path.of(DIST).getFileName());
        assertThat(files(home)).containsExactlyInAnyOrderElementsOf(files(unpackTarGz()));
        assertThat(permissions(home.resolve("bin/berth"))).isEqualTo("rwxr-xr-x");
        assertThat(berth(home, Map.of(), "--version").out()).startsWith("berth ");
    }

    @Test
    void install_cache_makes_the_archive_in_lib_and_lint_runs_with_it() throws Exception {
        // GIVEN the distribution unpacked elsewhere, and a manifest with findings
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        // WHEN the class-data archive is installed, then lint runs, logging where each class came from
        Cli.Result install = berth(home, Map.of(), "--install-cache");
        Path log = dir.resolve("class-load.log");
        Cli.Result lint = berth(home, Map.of("BERTH_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "lint",
                manifest.toString());
        // THEN the archive is lib/berth-<jar stamp>-<Java version>.jsa, and lint's classes come from it
        Path archive = onlyArchive(home.resolve("lib"));
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out()).isEqualTo("berth: class-data archive for Java " + runtimeVersion() + ": "
                + archive + "\n");
        assertThat(install.err()).isEmpty();
        assertThat(archive.getFileName().toString()).matches("berth-\\d+-" + java.util.regex.Pattern.quote(
                runtimeVersion()) + "\\.jsa");
        assertThat(lint.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lint.out()).contains("5 findings in 1 object");
        assertThat(lint.err()).isEmpty();
        assertThat(Cli.read(log)).contains(SHARED);
    }

    @Test
    void the_first_run_makes_the_archive_and_a_read_only_installation_keeps_it_in_the_user_s_cache()
            throws Exception {
        // GIVEN the distribution unpacked where its user cannot write (as root: run berth as nobody), and a cache
        // folder the user owns
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        Path cache = Files.createDirectories(dir.resolve("cache"));
        openToAll(dir);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(home.resolve("lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> asUser = asNormalUser();
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        assumeThat(asUser.isEmpty() || berth(asUser, home, Map.of("BERTH_CDS", "off"), "--version").code() == 0)
                .as("as root, this needs setpriv and files that user nobody can read").isTrue();
        // WHEN lint runs for the first time, then again, logging where each class came from
        Cli.Result first = berth(asUser, home, env, "lint", manifest.toString());
        Path log = cache.resolve("class-load.log");
        Cli.Result second = berth(asUser, home, Map.of("XDG_CACHE_HOME", cache.toString(),
                "BERTH_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "lint", manifest.toString());
        // THEN the first run made the archive in the cache, quietly, and reported as always; the second used it
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo(second.out()).contains("5 findings in 1 object");
        assertThat(onlyArchive(cache.resolve("berth"))).isRegularFile();
        assertThat(files(home.resolve("lib"))).containsExactly("berth.jar");
        assertThat(Cli.read(log)).contains(SHARED);
    }

    @Test
    void install_cache_says_why_when_no_folder_can_hold_the_archive_and_lint_still_runs() throws Exception {
        // GIVEN the distribution where its user cannot write (as root: run berth as nobody), and a cache folder the
        // user cannot write either
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        Path cache = Files.createDirectories(dir.resolve("read-only-cache"));
        openToAll(dir);
        Files.setPosixFilePermissions(home.resolve("lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> asUser = asNormalUser();
        assumeThat(asUser.isEmpty() || berth(asUser, home, Map.of("BERTH_CDS", "off"), "--version").code() == 0)
                .as("as root, this needs setpriv and files that user nobody can read").isTrue();
        // WHEN --install-cache runs with that cache folder, and with neither XDG_CACHE_HOME nor HOME, and lint runs
        Cli.Result readOnly = berth(asUser, home, Map.of("XDG_CACHE_HOME", cache.toString()), "--install-cache");
        Cli.Result homeless = berth(asUser, home, Map.of("HOME", ""), "--install-cache");
        Cli.Result lint = berth(asUser, home, Map.of("HOME", ""), "lint", manifest.toString());
        // THEN each says what is wrong and how to fix it, exit 1, and lint reports as always
        assertThat(readOnly.code()).isEqualTo(1);
        assertThat(readOnly.err()).isEqualTo("berth: cannot write the class-data archive: " + cache.resolve("berth")
                + " is not writable; berth still runs, only starts slower. Fix: make " + cache.resolve("berth")
                + " writable, or set XDG_CACHE_HOME to a writable folder.\n");
        assertThat(homeless.code()).isEqualTo(1);
        assertThat(homeless.err()).isEqualTo("berth: no folder for the class-data archive: " + home.resolve("lib")
                + " is not writable and neither XDG_CACHE_HOME nor HOME is set; berth still runs, only starts slower. "
                + "Fix: set XDG_CACHE_HOME to a writable folder.\n");
        assertThat(lint.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lint.err()).isEmpty();
    }

    @Test
    void a_broken_archive_or_one_of_another_runtime_is_ignored_without_a_word() throws Exception {
        // GIVEN an installed archive, overwritten with bytes that are not an archive
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        assertThat(berth(home, Map.of(), "--install-cache").code()).isZero();
        Path archive = onlyArchive(home.resolve("lib"));
        Path good = Files.copy(archive, dir.resolve("good.jsa"));
        Files.delete(archive);
        Files.writeString(archive, "not a class-data archive\n");
        // WHEN lint runs with it
        Cli.Result broken = berth(home, Map.of(), "lint", manifest.toString());
        // THEN the report and the exit code are those of any run, and standard error is empty
        assertThat(broken.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(broken.out()).contains("5 findings in 1 object");
        assertThat(broken.err()).isEmpty();

        // GIVEN another Java runtime, and this runtime's archive where that runtime's would be
        Path other = Path.of(System.getenv().getOrDefault("BERTH_JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeThat(other.resolve("bin/java")).as("a second Java runtime (BERTH_JAVA25_HOME)").isExecutable();
        String otherVersion = releaseVersion(other);
        Files.copy(good, archive.resolveSibling(archive.getFileName().toString()
                .replace(runtimeVersion(), otherVersion)));
        // WHEN that runtime runs lint
        Cli.Result stale = berth(List.of(), home, Map.of("JAVA_HOME", other.toString()), "lint", manifest.toString());
        // THEN it ignores the archive silently
        assertThat(stale.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(stale.out()).isEqualTo(broken.out());
        assertThat(stale.err()).isEmpty();
    }

    @Test
    void a_training_run_that_fails_is_told_by_install_cache_and_never_stops_or_slows_a_run() throws Exception {
        // GIVEN a Java runtime whose training runs fail (a wrapper that refuses -XX:ArchiveClassesAtExit)
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        Path runtime = Files.createDirectories(dir.resolve("runtime/bin"));
        Path java = write(runtime, "java", "#!/bin/sh\ncase \"$*\" in *ArchiveClassesAtExit*) exit 1 ;; esac\n"
                + "exec '" + JAVA_HOME + "/bin/java' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(Path.of(JAVA_HOME, "release"), runtime.resolveSibling("release"));
        Map<String, String> env = Map.of("JAVA_HOME", runtime.getParent().toString());
        // WHEN lint runs twice, and --install-cache is asked for
        Cli.Result first = berth(List.of(), home, env, "lint", manifest.toString());
        List<String> afterFirst = files(home.resolve("lib"));
        Cli.Result second = berth(List.of(), home, env, "lint", manifest.toString());
        Cli.Result install = berth(List.of(), home, env, "--install-cache");
        // THEN both runs report as always, without a word about the archive; the failure is remembered, so the
        // second run does not train again; --install-cache tries again and says what failed and how to see why
        assertThat(first.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(first.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        String archive = home.resolve("lib").resolve(afterFirst.get(0).replace(".failed", "")).toString();
        assertThat(afterFirst).hasSize(2).contains("berth.jar");
        assertThat(afterFirst.get(0)).matches("berth-\\d+-.*\\.jsa\\.failed");
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.out()).isEmpty();
        String javaCommand = runtime.getParent() + "/bin/java";
        assertThat(install.err()).isEqualTo("berth: the training run of " + javaCommand + " could not write the "
                + "class-data archive " + archive + "; berth still runs, only starts slower. Fix: run '"
                + javaCommand + " -XX:ArchiveClassesAtExit=" + archive + " -cp " + home.resolve("lib/berth.jar")
                + " dev.berth.cli.CdsTraining' to see why.\n");
    }

    @Test
    void a_runtime_without_a_release_file_runs_without_an_archive() throws Exception {
        // GIVEN a Java runtime folder without a release file (its version cannot be read without starting it)
        Path home = unpackTarGz();
        Path manifest = write(dir, "web.yaml", DEPLOYMENT);
        Path runtime = Files.createDirectories(dir.resolve("runtime/bin"));
        Files.createSymbolicLink(runtime.resolve("java"), Path.of(JAVA_HOME, "bin/java"));
        Map<String, String> env = Map.of("JAVA_HOME", runtime.getParent().toString());
        // WHEN lint runs, and --install-cache is asked for
        Cli.Result lint = berth(List.of(), home, env, "lint", manifest.toString());
        Cli.Result install = berth(List.of(), home, env, "--install-cache");
        // THEN lint reports as always, and --install-cache says why it makes nothing and how to fix it
        assertThat(lint.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lint.err()).isEmpty();
        assertThat(files(home.resolve("lib"))).containsExactly("berth.jar");
        assertThat(install.code()).isEqualTo(1);
        assertThat(install.err()).isEqualTo("berth: cannot tell the version of the Java runtime at "
                + runtime.getParent() + " (no release file), so no class-data archive is made; berth still runs, "
                + "only starts slower. Fix: set JAVA_HOME to a JDK or JRE folder.\n");
    }

    private Path unpackTarGz() {
        try {
            Path into = Files.createTempDirectory(dir, "tar");
            Cli.Result tar = run(List.of("tar", "xzf", Path.of(DIST + ".tar.gz").toAbsolutePath().toString(), "-C",
                    into.toString()), Map.of());
            assertThat(tar.code()).as(tar.err()).isZero();
            return into.resolve(Path.of(DIST).getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path onlyArchive(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> archives = files.filter(file -> file.toString().endsWith(".jsa")).toList();
            assertThat(archives).as("archives in " + folder).hasSize(1);
            return archives.get(0);
        }
    }

    private static String runtimeVersion() throws IOException {
        return releaseVersion(Path.of(JAVA_HOME));
    }

    private static String releaseVersion(Path runtime) throws IOException {
        return Files.readAllLines(runtime.resolve("release")).stream()
                .filter(line -> line.startsWith("JAVA_RUNTIME_VERSION="))
                .map(line -> line.substring(line.indexOf('=') + 1).replace("\"", "")).findFirst().orElseThrow();
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets every user read everything under root, and list its folders. */
    private static void openToAll(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                Set<PosixFilePermission> modes = new HashSet<>(Files.getPosixFilePermissions(path));
                modes.addAll(List.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ));
                if (Files.isDirectory(path)) {
                    modes.addAll(List.of(PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_EXECUTE));
                }
                Files.setPosixFilePermissions(path, modes);
            }
        }
    }

    /** Root writes any folder whatever its mode: as root, run berth as nobody (util-linux setpriv). */
    private static List<String> asNormalUser() {
        return !"root".equals(System.getProperty("user.name")) ? List.of()
                : List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    private Cli.Result berth(Path home, Map<String, String> env, String... args) {
        return berth(List.of(), home, env, args);
    }

    /** Runs the unpacked bin/berth with the test's Java, a home folder of the test's, and env on top. */
    private Cli.Result berth(List<String> before, Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(before);
        command.add(home.resolve("bin/berth").toString());
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", JAVA_HOME);
        environment.put("HOME", dir.resolve("home").toString());
        environment.put("PATH", System.getenv("PATH"));
        environment.putAll(env);
        return run(command, environment);
    }

    private static Cli.Result run(List<String> command, Map<String, String> env) {
        return Processes.run(command, null, env, !env.isEmpty());
    }
}
