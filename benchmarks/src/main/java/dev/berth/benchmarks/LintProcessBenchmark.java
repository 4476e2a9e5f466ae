package dev.berth.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process benchmark of {@code berth lint} at 50,001, 200,004 and 1,000,006 objects: what a user's shell sees, the
 * launcher's defaults included. For each size it generates the shared lint corpus ({@code gen-lint-corpus.py}: 7,143,
 * 28,572 and 142,858 applications of seven objects), runs {@code bin/berth lint --format json -o FILE DIR} under
 * {@code /usr/bin/time -v}, and prints wall time, objects per second and peak resident memory; with
 * {@code --baseline} another build's launcher runs interleaved with it (new, old, new, old...) on the sizes both can
 * lint. At 50,001 objects it also lints with {@code --memory whole} and {@code --memory parts} under a 256 MB heap
 * (several parts) and checks the two JSON reports are byte-identical to the default run's.
 *
 * <pre>{@code
 * mvn -B -q -pl cli,benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.berth.benchmarks.LintProcessBenchmark \
 *     --runs 3 --baseline /work/memory-base/cli/bin/berth
 * }</pre>
 *
 * <p>Options: {@code --launcher PATH} (default {@code cli/bin/berth}), {@code --baseline PATH} (none),
 * {@code --apps 7143,28572,142858}, {@code --baseline-apps 7143} (the sizes the baseline runs),
 * {@code --runs 3} (per size; the median is reported), {@code --work DIR} (default a temporary folder; corpora
 * already there are reused), {@code --shared ../shared}.
 */
public final class LintProcessBenchmark {

    /** The size at which the whole and parts paths are compared: the 50,001-object corpus. */
    private static final int COMPARED_APPS = 7143;
    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (.+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private LintProcessBenchmark() {
    }

    /**
     * @param args the options above
     * @throws Exception when a run cannot be started or a corpus cannot be written
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(option(args, "--launcher", "cli/bin/berth"));
        String baselineOption = option(args, "--baseline", "");
        Path baseline = baselineOption.isEmpty() ? null : Path.of(baselineOption);
        int[] apps = ints(option(args, "--apps", "7143,28572,142858"));
        int[] baselineApps = ints(option(args, "--baseline-apps", "7143"));
        int runs = Integer.parseInt(option(args, "--runs", "3"));
        Path shared = Path.of(option(args, "--shared", "../shared"));
        String workOption = option(args, "--work", "");
        Path work = workOption.isEmpty() ? Files.createTempDirectory("berth-lint-process") : Path.of(workOption);
        System.out.println("load average before: " + loadAverage());
        System.out.println("| objects | build | wall time, median [min-max] of n | objects/s | peak RSS, max | exit |");
        System.out.println("|---|---|---|---|---|---|");
        for (int n : apps) {
            Path corpus = corpus(shared, work, n);
            int objects = n * 7;
            boolean withBaseline = baseline != null && Arrays.stream(baselineApps).anyMatch(a -> a == n);
            List<Run> mine = new ArrayList<>();
            List<Run> theirs = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Path report = work.resolve("report-" + n + ".json");
                mine.add(checked(lint(launcher, corpus, report, List.of(), ""), corpus));
                if (withBaseline) {
                    theirs.add(lint(baseline, corpus, work.resolve("report-" + n + "-baseline.json"), List.of(), ""));
                }
            }
            row(objects, "this build", mine);
            if (withBaseline) {
                row(objects, "baseline", theirs);
                System.out.printf(Locale.ROOT, "| %,d | reports of the two builds | %s | | | |%n", objects,
                        same(work.resolve("report-" + n + ".json"), work.resolve("report-" + n + "-baseline.json"))
                                ? "byte-identical" : "DIFFERENT");
            }
            if (n == COMPARED_APPS) {
                Path whole = work.resolve("report-" + n + "-whole.json");
                Path parts = work.resolve("report-" + n + "-parts.json");
                Run w = checked(lint(launcher, corpus, whole, List.of("--memory", "whole"), ""), corpus);
                Run p = checked(lint(launcher, corpus, parts, List.of("--memory", "parts"), "-Xms64m -Xmx256m"),
                        corpus);
                row(objects, "--memory whole", List.of(w));
                row(objects, "--memory parts, -Xmx256m", List.of(p));
                Path report = work.resolve("report-" + n + ".json");
                System.out.printf(Locale.ROOT, "| %,d | whole, parts and default reports | %s | | | |%n", objects,
                        same(report, whole) && same(report, parts) ? "byte-identical" : "DIFFERENT");
            }
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static Path corpus(Path shared, Path work, int apps) throws IOException, InterruptedException {
        Path corpus = work.resolve("lint-" + apps);
        Path done = work.resolve("lint-" + apps + ".done");
        if (!Files.exists(done)) {
            Process gen = new ProcessBuilder("python3", shared.resolve("tools/gen-lint-corpus.py").toString(),
                    corpus.toString(), Integer.toString(apps)).inheritIO().start();
            if (gen.waitFor() != 0) {
                throw new IllegalStateException("gen-lint-corpus.py failed; run from the repository's top folder "
                        + "with ../shared beside it, or give --shared PATH");
            }
            Files.writeString(done, "");
        }
        return corpus;
    }

    private static Run lint(Path launcher, Path corpus, Path report, List<String> more, String javaOpts)
            throws IOException, InterruptedException {
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", launcher.toString(), "lint",
                "--format", "json", "-o", report.toString()));
        command.addAll(more);
        command.add(corpus.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (!javaOpts.isEmpty()) {
            builder.environment().put("BERTH_JAVA_OPTS", javaOpts);
        }
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes());
        int code = process.waitFor();
        Matcher wall = WALL.matcher(err);
        Matcher rss = RSS.matcher(err);
        if (!wall.find() || !rss.find()) {
            throw new IllegalStateException("no /usr/bin/time -v figures in: " + err);
        }
        int exit = code;
        Matcher status = Pattern.compile("Exit status: (\\d+)").matcher(err);
        if (status.find()) {
            exit = Integer.parseInt(status.group(1));
        }
        return new Run(seconds(wall.group(1)), Long.parseLong(rss.group(1)), Files.exists(report) ? exit : -1);
    }

    /** This build must lint the corpus (exit 0 or 1); the baseline's failures are figures of their own. */
    private static Run checked(Run run, Path corpus) {
        if (run.exit() != 0 && run.exit() != 1) {
            // -1: the process wrote no report (a JVM that dies of an uncaught OutOfMemoryError exits 1)
            throw new IllegalStateException("this build exited " + run.exit() + " on " + corpus);
        }
        return run;
    }

    private static void row(int objects, String build, List<Run> runs) {
        double[] walls = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        double median = walls[walls.length / 2];
        long rss = runs.stream().mapToLong(Run::rssKb).max().orElse(0);
        System.out.printf(Locale.ROOT, "| %,d | %s | %.2f s [%.2f-%.2f] of %d | %,.0f | %,d MB | %s |%n", objects,
                build, median, walls[0], walls[walls.length - 1], walls.length, objects / median, rss / 1024,
                runs.stream().map(r -> Integer.toString(r.exit())).distinct().toList());
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(String clock) {
        double total = 0;
        for (String part : clock.trim().split(":")) {
            total = total * 60 + Double.parseDouble(part);
        }
        return total;
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).trim() : "unknown";
    }

    private static String option(String[] args, String name, String otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
    }

    /** One run: wall time, peak resident memory and exit code, -1 when it wrote no report. */
    private record Run(double seconds, long rssKb, int exit) {
    }
}
