package dev.berth.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The build's class-data training run: runs every command once on a sample manifest, output discarded, in a JVM
 * started with {@code -XX:ArchiveClassesAtExit=target/berth.jsa}. The archive then holds, already parsed and
 * verified, the classes a command loads, and {@code bin/berth} starts with it ({@code -XX:SharedArchiveFile}).
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/berth.jsa -cp target/berth.jar dev.berth.cli.CdsTraining src/cds/training.yaml
 * }</pre>
 */
final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * @param args the sample manifest
     * @throws IOException when the sample cannot be read
     */
    public static void main(String[] args) throws IOException {
        String sample = args[0];
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
                List.of("--version"),
                List.of("lint", "--no-such-option"));
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (List<String> run : runs) {
            Terminal terminal = new Terminal(new ByteArrayInputStream(text), discard, discard, false, Map.of());
            Berth.run(terminal, run.toArray(String[]::new));
        }
    }
}
