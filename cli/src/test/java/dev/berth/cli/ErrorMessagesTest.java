package dev.berth.cli;

import static dev.berth.cli.Cli.CLEAN;
import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error the command line can meet is told in words: one line per problem on standard error, exit 2, and no
 * Java class name or stack trace unless {@code --debug}. A folder is judged as far as it can be read.
 */
class ErrorMessagesTest {

    /** What a Java class name, a package or a stack frame looks like in a message. */
    private static final Pattern JAVA = Pattern.compile(
            "java\\.|javax\\.|dev\\.berth\\.|com\\.fasterxml|org\\.yaml|io\\.fabric8|picocli\\.|Exception|\\$"
                    + "|\\b[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+|^\\s+at ");

    @TempDir
    Path dir;

    /** One way to go wrong: its name, and the arguments it runs with in a fresh folder. */
    record Case(String name, Function<Path, String[]> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("broken YAML", d -> lint(write(d, "broken.yaml", "kind: [x\n"))));
        cases.add(new Case("invalid UTF-8", d -> lint(bytes(d, "latin1.yaml", "apiVersion: v1\nkind: ConfigMap\n"
                + "metadata: {name: caf\u00e9}\n", "ISO-8859-1"))));
        cases.add(new Case("binary file", d -> lint(bytes(d, "image.yaml", "\u0089PNG\0\0\0", "ISO-8859-1"))));
        cases.add(new Case("missing file", d -> lint(d.resolve("missing.yaml"))));
        cases.add(new Case("empty folder", d -> lint(d)));
        cases.add(new Case("dangling symbolic link", d -> lint(link(d, "gone.yaml", "deleted.yaml"))));
        cases.add(new Case("symbolic link loop", d -> lint(link(d, "sub/back", ".."))));
        cases.add(new Case("symbolic link to itself", d -> lint(link(d, "self.yaml", "self.yaml"))));
        cases.add(new Case("broken List item", d -> lint(write(d, "list.yaml", """
                apiVersion: v1
                kind: List
                items:
                - metadata: {name: no-kind}
                """))));
        cases.add(new Case("wrong type", d -> lint(write(d, "web.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: three\n"))));
        cases.add(new Case("duplicate key", d -> lint(write(d, "dup.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nmetadata: {name: b}\n"))));
        cases.add(new Case("a single value", d -> lint(write(d, "scalar.yaml", "just text\n"))));
        cases.add(new Case("unknown option", d -> new String[] {"lint", "--frobnicate", write(d, "a.yaml", CLEAN)
                .toString()}));
        cases.add(new Case("bad option value", d -> new String[] {"lint", "--fail-on", "sometimes",
                write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("unknown rule set", d -> new String[] {"lint", "--rules", "lenient",
                write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("unknown rule", d -> new String[] {"lint", "--enable", "no-such-rule",
                write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("unwritable --output", d -> new String[] {"lint", "--output", d.toString(),
                write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("missing baseline", d -> new String[] {"lint", "--baseline",
                d.resolve("none.json").toString(), write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("broken baseline", d -> new String[] {"lint", "--baseline",
                write(d, "base/b.json", "{not json").toString(), write(d, "a.yaml", CLEAN).toString()}));
        cases.add(new Case("standard input twice", d -> new String[] {"lint", "-", "-"}));
        cases.add(new Case("unknown command", d -> new String[] {"frobnicate"}));
        cases.add(new Case("explain an unknown rule", d -> new String[] {"explain", "no-such-rule"}));
        cases.add(new Case("fmt of broken YAML", d -> new String[] {"fmt", "--check",
                write(d, "broken.yaml", "kind: [x\n").toString()}));
        cases.add(new Case("fmt of a folder with a dangling link", d -> new String[] {"fmt", "--check",
                link(d, "gone.yaml", "deleted.yaml").getParent().toString()}));
        cases.add(new Case("render of a class that does not exist", d -> new String[] {"render", "--classpath",
                d.toString(), "com.acme.Missing"}));
        cases.add(new Case("unreadable file", d -> lint(locked(write(d, "locked.yaml", CLEAN)))));
        cases.add(new Case("unreadable folder", d -> {
            write(d, "locked-dir/a.yaml", CLEAN);
            return lint(locked(d.resolve("locked-dir")).getParent());
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_error_is_told_in_words_without_a_java_class_name(Case error) {
        // GIVEN a way to go wrong
        String[] args = error.args().apply(dir);
        try {
            assumeThat(!error.name().startsWith("unreadable") || !Files.isReadable(Path.of(args[args.length - 1])
                    .resolve(error.name().endsWith("folder") ? "locked-dir" : "")))
                    .as("runs only when not root: root reads any file whatever its mode (FolderWalkTest covers "
                            + "these messages through the reader's file-system seam)")
                    .isTrue();
            // WHEN berth meets it
            Cli.Result result = run(args);
            // THEN exit 2, and every line of standard error is words: no class name, no stack frame (a line may
            // repeat what the user typed, such as the name of a class to render)
            assertThat(result.code()).as("exit code for %s", error).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(result.err()).as("standard error for %s", error).isNotBlank();
            assertThat(result.err().lines().map(line -> withoutArguments(line, args))).as("standard error for %s",
                    error).noneMatch(line -> JAVA.matcher(line).find());
        } finally {
            unlock(dir);
        }
    }

    @Test
    void a_folder_is_judged_as_far_as_it_can_be_read() {
        // GIVEN a folder with a good file, a dangling link, a link loop and a List with a broken item
        write(dir, "web.yaml", DEPLOYMENT);
        link(dir, "gone.yaml", "deleted.yaml");
        link(dir, "apps/back", "..");
        write(dir, "apps/list.yaml", """
                apiVersion: v1
                kind: List
                items:
                - metadata: {name: no-kind}
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: settings, namespace: shop}
                """);
        // WHEN the folder is linted
        Cli.Result result = run("lint", dir.toString());
        // THEN each problem is one line in the files' order, both readable objects are judged, and the exit code is 2
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err().lines()).containsExactly(
                dir.resolve("apps/back") + ": symbolic link loop: it leads back to " + dir + ", a folder being read. "
                        + "Fix: remove the link, or point it outside the folders being linted.",
                dir.resolve("gone.yaml") + ": dangling symbolic link: its target deleted.yaml does not exist. "
                        + "Fix: point the link at an existing file or folder, or remove it.",
                dir.resolve("apps/list.yaml") + ":4:3: items[0]: the object has no apiVersion. "
                        + "Fix: add a line such as apiVersion: apps/v1.");
        assertThat(result.out()).contains("5 findings in 2 objects");
    }

    @Test
    void debug_adds_the_stack_trace() {
        // GIVEN a report that cannot be written
        Path file = write(dir, "a.yaml", CLEAN);
        // WHEN --debug is given
        Cli.Result result = run("lint", "--debug", "--output", dir.toString(), file.toString());
        // THEN the class names are there, for a bug report
        assertThat(result.err()).containsPattern(JAVA);
    }

    private static String withoutArguments(String line, String[] args) {
        for (String arg : args) {
            line = line.replace(arg, "ARG");
        }
        return line;
    }

    private static String[] lint(Path path) {
        return new String[] {"lint", path.toString()};
    }

    private static Path bytes(Path dir, String name, String text, String charset) {
        try {
            return Files.write(dir.resolve(name), text.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path link(Path dir, String name, String target) {
        try {
            Path link = dir.resolve(name);
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locked(Path path) {
        try {
            return Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unlock(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                if (!Files.isSymbolicLink(entry)) {
                    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString(
                            Files.isDirectory(entry) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
