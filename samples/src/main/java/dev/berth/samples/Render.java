package dev.berth.samples;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.write.ManifestWriter;
import dev.berth.validation.Report;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's main job: renders every sample, validates it, and writes its manifests where a user can apply them.
 *
 * <p>For each sample, into {@code OUT/<name>/}:
 * <ul>
 *   <li>{@code all.yaml}: every object, as multi-document YAML in apply order ({@code kubectl apply -f all.yaml});
 *   <li>one file per object and a {@code kustomization.yaml} listing them ({@code kubectl apply -k OUT/<name>});
 *   <li>{@code findings.txt}: the validation report of the {@linkplain Validator#recommended() recommended} rules.
 * </ul>
 * Then it prints one row per sample: its objects, its findings by severity, and the findings its objects suppress
 * with a written reason ({@code ignore.berth.dev/<rule-id>} annotations).
 *
 * <pre>{@code
 * mvn -B -q -pl samples -am -Prender -DskipTests package     # writes samples/out/
 * java dev.berth.samples.Render OUT [SAMPLE...]            # a few samples, or all when none is named
 * }</pre>
 *
 * <p>Exit code 0 when every good sample has no finding above {@code INFO} and every counter-example has one; 1 when
 * not (the findings that break the rule are printed); 2 for bad arguments or a file that cannot be written.
 */
public final class Render {

    private static final String ROW = "%-42s %7s %5s %7s %4s %5s %10s  %s";

    private Render() {
    }

    /**
     * @param args the output folder, then the names of the samples to render (all when none)
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job without exiting, for tests and tools.
     *
     * @param args the output folder, then the names of the samples to render (all when none)
     * @param out where the table goes
     * @param err where problems go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1) {
            err.println("usage: Render OUT_DIR [SAMPLE...]");
            return 2;
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try {
                samples.add(Samples.named(args[i]));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
        try {
            return render(args.length == 1 ? Samples.all() : samples, Path.of(args[0]), out, err);
        } catch (BerthException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * Renders, writes and validates samples, and prints the table.
     *
     * @param samples the samples
     * @param outDir the folder that gets one sub-folder per sample
     * @param out where the table goes
     * @param err where the findings of a sample that breaks the rule go
     * @return 0 when every sample is as expected, else 1
     * @throws BerthException naming the path when a file cannot be written
     */
    public static int render(List<Sample> samples, Path outDir, PrintStream out, PrintStream err) {
        Validator validator = Validator.recommended();
        out.println(String.format(ROW, "sample", "objects", "high", "medium", "low", "info", "suppressed", "verdict"));
        int unexpected = 0;
        int counterExamples = 0;
        for (Sample sample : samples) {
            Manifest manifest = sample.manifest();
            Path dir = outDir.resolve(sample.name());
            ManifestWriter.yaml().writeFolder(manifest, dir);
            ManifestWriter.yaml().writeFile(manifest, dir.resolve("all.yaml"));
            Report report = validator.evaluate(manifest);
            writeReport(report, dir.resolve("findings.txt"));
            boolean above = report.hasAtLeast(Severity.LOW);
            String verdict;
            if (sample.counterExample()) {
                counterExamples++;
                verdict = above ? "caught (counter-example)" : "NOT CAUGHT (counter-example)";
            } else {
                verdict = above ? "FINDINGS ABOVE INFO" : "ok";
            }
            if (above == !sample.counterExample()) {
                unexpected++;
                err.println(sample.name() + ": " + verdict + "\n" + report.toText());
            }
            var counts = report.countBySeverity();
            out.println(String.format(ROW, sample.name(), manifest.size(), counts.get(Severity.HIGH),
                    counts.get(Severity.MEDIUM), counts.get(Severity.LOW), counts.get(Severity.INFO),
                    report.suppressed().size(), verdict));
        }
        out.println(samples.size() + " samples written to " + shown(outDir) + " (" + (samples.size() - counterExamples)
                + " good, " + counterExamples + " counter-examples); "
                + (unexpected == 0 ? "all as expected" : unexpected + " not as expected"));
        return unexpected == 0 ? 0 : 1;
    }

    /** The folder as the user would type it: relative to the working directory when it is inside it. */
    private static Path shown(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : dir;
    }

    private static void writeReport(Report report, Path file) {
        try {
            Files.writeString(file, report.toText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BerthException.problem("cannot write the validation report: " + e.getMessage())
                    .origin(file.toString())
                    .fix("Check that the folder is writable and the disk has free space.")
                    .build(e);
        }
    }
}
