package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program as a process, without standard input, and keeps what it printed: for the process tests. */
final class Processes {

    private Processes() {
    }

    /**
     * @param command the program and its arguments
     * @param dir the working folder, or null for the test's
     * @param env the whole environment when {@code clear}, else variables added to the test's
     * @param clear true to start from an empty environment
     * @return the exit code and both streams
     */
    static Cli.Result run(List<String> command, Path dir, Map<String, String> env, boolean clear) {
        try {
            Path out = Files.createTempFile("berth-out", ".txt");
            Path err = Files.createTempFile("berth-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                if (dir != null) {
                    builder.directory(dir.toFile());
                }
                if (clear) {
                    builder.environment().clear();
                }
                builder.environment().putAll(env);
                Process process = builder.start();
                assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
                return new Cli.Result(process.exitValue(), Cli.read(out), Cli.read(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
