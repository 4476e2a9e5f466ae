package dev.berth.core.tools;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.read.ReadResult;
import dev.berth.core.write.ManifestWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads manifests and writes them back in Berth's deterministic form, one output file per input file, and prints a
 * table of what it read. A secondary job of the README, beside the samples render job.
 *
 * <pre>{@code
 * java dev.berth.core.tools.Normalize OUT_DIR INPUT...
 * mvn -B -q -Pnormalize -DskipTests package          # reads ../shared/corpus into target/normalized
 * }</pre>
 *
 * <p>Exit code 0 when every file was read, 2 when a file could not be read (the others are still written).
 */
public final class Normalize {

    private Normalize() {
    }

    /**
     * @param args the output folder, then files or folders to read
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the job without exiting, for tests.
     *
     * @param args the output folder, then files or folders to read
     * @param out where the table goes
     * @param err where problems go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: Normalize OUT_DIR INPUT...");
            return 2;
        }
        Path outDir = Path.of(args[0]);
        ManifestReader reader = new ManifestReader();
        ManifestWriter writer = ManifestWriter.yaml();
        List<String> rows = new ArrayList<>();
        int objects = 0;
        int problems = 0;
        for (int i = 1; i < args.length; i++) {
            Path input = Path.of(args[i]);
            List<BerthException> unlisted = new ArrayList<>();
            List<Path> files = reader.findManifestFiles(input, unlisted::add);
            unlisted.forEach(p -> err.println(p.getMessage()));
            problems += unlisted.size();
            for (Path file : files) {
                ReadResult result = reader.readAll(List.of(file));
                result.problems().forEach(p -> err.println(p.getMessage()));
                problems += result.problems().size();
                Manifest manifest = result.manifest();
                Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
                Path target = outDir.resolve(yamlName(relative));
                try {
                    writer.writeFile(manifest, target);
                } catch (BerthException e) {
                    err.println(e.getMessage());
                    problems++;
                    continue;
                }
                objects += manifest.size();
                rows.add(String.format("%-60s %7d %8d", relative, manifest.size(), result.problems().size()));
            }
        }
        out.println(String.format("%-60s %7s %8s", "file", "objects", "problems"));
        rows.forEach(out::println);
        out.println(String.format("%-60s %7d %8d", rows.size() + " files, written to " + outDir, objects, problems));
        return problems == 0 ? 0 : 2;
    }

    private static Path yamlName(Path relative) {
        String name = relative.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path parent = relative.getParent();
        return parent == null ? Path.of(stem + ".yaml") : parent.resolve(stem + ".yaml");
    }
}
