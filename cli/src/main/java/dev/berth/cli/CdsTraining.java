package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The class-data training run: runs every command once on a sample manifest, output discarded, in a JVM started with
 * {@code -XX:ArchiveClassesAtExit=FILE.jsa}. The archive then holds, already parsed and verified, the classes a
 * command loads, and {@code bin/berth} starts with it ({@code -XX:SharedArchiveFile}). The build runs it into
 * {@code target/berth.jsa}; an installed {@code bin/berth} runs it at its first run, or on
 * {@code berth --install-cache}, for the Java runtime it finds. The sample is the jar's own
 * {@code cds-training.yaml} unless a file is named.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/berth.jsa -cp target/berth.jar dev.berth.cli.CdsTraining
 * }</pre>
 */
final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * @param args nothing, or the sample manifest to train on
     * @throws IOException when the sample cannot be read or a temporary copy cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            train(args[0]);
            return;
        }
        Path copy = Files.createTempFile("berth-cds-training", ".yaml");
        try (InputStream in = CdsTraining.class.getResourceAsStream("cds-training.yaml")) {
            Files.write(copy, in.readAllBytes());
            train(copy.toString());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void train(String sample) throws IOException {
        byte[] text = Files.readAllBytes(Path.of(sample));
        List<List<String>> runs = List.of(
                List.of("lint", sample),
                List.of("lint", "--format", "json", sample),
                List.of("lint", "--format", "sarif", sample),
                List.of("lint", "--format", "junit", sample),
                List.of("lint", "--rules", "all", "--complete", "-"),
                List.of("fmt", sample),
                List.of("rules"),
                List.of("explain", "run-as-non-root"),
                List.of("--help"),
                List.of("lint", "--help"),
                List.of("--color=always", "lint", sample),
                List.of("completion"),
                List.of("--version"),
                List.of("lint", "--no-such-option"));
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (List<String> run : runs) {
            Terminal terminal = new Terminal(new ByteArrayInputStream(text), discard, discard, false, Map.of());
            Berth.run(terminal, run.toArray(String[]::new));
        }
    }
}
