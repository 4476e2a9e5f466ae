package dev.berth.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A process benchmark of {@code cli/bin/berth lint}: issue 16's 53,675 ConfigMaps with one 900-character value each
 * ({@link ManyConfigMaps}, about 50 MB), against the shared 50,001-object lint corpus
 * ({@code gen-lint-corpus.py OUT 7143}) as the baseline, run alternately in the same session, each with the
 * recommended rules and {@code --format json --output}. It reports the median wall time of each, objects per second
 * and their ratio, and the load average before and after. The target: the two within 3x of each other.
 *
 * <pre>
 * mvn -B -q -pl cli,benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.berth.benchmarks.ConfigMapsProcessBenchmark 5
 * </pre>
 *
 * <p>Run from the repository's top folder, with {@code ../shared} beside it (or {@code -Dberth.shared=PATH}). The
 * argument is the number of runs of each input (default 5).
 */
public final class ConfigMapsProcessBenchmark {

    private static final int CORPUS_APPLICATIONS = 7143;
    private static final int CORPUS_OBJECTS = 50_001;

    private ConfigMapsProcessBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args the number of runs of each input (default 5)
     * @throws Exception when an input cannot be written or a run fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path berth = Path.of("cli/bin/berth");
        if (!Files.isExecutable(berth) || !Files.isRegularFile(Path.of("cli/target/berth.jar"))) {
            throw new IllegalStateException("run from the repository's top folder after "
                    + "'mvn -B -q -pl cli,benchmarks -am package -DskipTests'");
        }
        Path work = Files.createTempDirectory("berth-configmaps-process");
        try {
            Path configMaps = work.resolve("configmaps");
            ManyConfigMaps.write(configMaps);
            Path corpus = work.resolve("corpus");
            Path shared = Path.of(System.getProperty("berth.shared", "../shared"));
            run(List.of("python3", shared.resolve("tools/gen-lint-corpus.py").toString(), corpus.toString(),
                    Integer.toString(CORPUS_APPLICATIONS)), false);
            System.out.printf(Locale.ROOT, "inputs: %d ConfigMaps, %.1f MB; corpus %d objects, %.1f MB%n",
                    ManyConfigMaps.CONFIG_MAPS, megabytes(configMaps), CORPUS_OBJECTS, megabytes(corpus));
            System.out.println("load average before: " + loadAverage());

            List<String> lint = List.of(berth.toString(), "lint", "--format", "json", "--output",
                    work.resolve("report.json").toString());
            // One run of each first, not counted: the page cache holds both inputs, and the class-data archive exists.
            lint(lint, configMaps);
            lint(lint, corpus);
            double[] configMapSeconds = new double[runs];
            double[] corpusSeconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                configMapSeconds[i] = lint(lint, configMaps);
                corpusSeconds[i] = lint(lint, corpus);
                System.out.printf(Locale.ROOT, "run %d: ConfigMaps %.2f s, corpus %.2f s%n", i + 1,
                        configMapSeconds[i], corpusSeconds[i]);
            }
            System.out.println("load average after: " + loadAverage());
            double configMapRate = ManyConfigMaps.CONFIG_MAPS / median(configMapSeconds);
            double corpusRate = CORPUS_OBJECTS / median(corpusSeconds);
            System.out.printf(Locale.ROOT, "ConfigMaps: median %.2f s [%.2f-%.2f] of %d = %,.0f objects/s%n",
                    median(configMapSeconds), min(configMapSeconds), max(configMapSeconds), runs, configMapRate);
            System.out.printf(Locale.ROOT, "corpus:     median %.2f s [%.2f-%.2f] of %d = %,.0f objects/s%n",
                    median(corpusSeconds), min(corpusSeconds), max(corpusSeconds), runs, corpusRate);
            System.out.printf(Locale.ROOT, "corpus / ConfigMaps objects/s: %.2f (target: at most 3)%n",
                    corpusRate / configMapRate);
        } finally {
            delete(work);
        }
    }

    /** @return the wall time of one lint, in seconds; exit codes 0 and 1 (findings) are both a finished run */
    private static double lint(List<String> command, Path input) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.add(input.toString());
        long start = System.nanoTime();
        run(full, true);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void run(List<String> command, boolean findingsAllowed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        int code = process.waitFor();
        if (code != 0 && !(findingsAllowed && code == 1)) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static double megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes / 1e6;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
