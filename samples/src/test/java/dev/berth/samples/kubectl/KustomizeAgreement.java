package dev.berth.samples.kubectl;

import dev.berth.samples.Sample;
import dev.berth.samples.Samples;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real-tool check of the render job: runs {@code kubectl kustomize} on every sample folder the job wrote and
 * holds its output to the folder's {@code all.yaml} with {@link SameObjects}: the same objects, the same fields.
 * {@code .ci/run} runs it after the render job:
 *
 * <pre>
 * java -cp ... dev.berth.samples.kubectl.KustomizeAgreement samples/out kubectl
 * </pre>
 *
 * <p>Exit code 0 when every folder agrees, 1 when one does not (the differences are printed), 2 when kubectl cannot be
 * run or a folder is missing.
 */
public final class KustomizeAgreement {

    private KustomizeAgreement() {
    }

    /**
     * @param args the render job's output folder, then the kubectl command (default {@code kubectl})
     * @throws Exception never on purpose: problems are printed and give the exit code
     */
    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.length < 1) {
            err.println("usage: KustomizeAgreement OUT_DIR [KUBECTL]");
            return 2;
        }
        Path outDir = Path.of(args[0]);
        String kubectl = args.length > 1 ? args[1] : "kubectl";
        out.println(String.format("%-42s %7s  %s", "sample", "objects", "kubectl kustomize"));
        int disagreeing = 0;
        for (Sample sample : Samples.all()) {
            Path dir = outDir.resolve(sample.name());
            String berth;
            String kustomized;
            try {
                berth = Files.readString(dir.resolve("all.yaml"), StandardCharsets.UTF_8);
                kustomized = kustomize(kubectl, dir);
            } catch (IOException e) {
                err.println(sample.name() + ": " + e.getMessage());
                return 2;
            }
            List<String> differences = SameObjects.differences(berth, kustomized);
            int objects = SameObjects.objects(berth, "all.yaml").size();
            out.println(String.format("%-42s %7d  %s", sample.name(), objects,
                    differences.isEmpty() ? "same objects, same fields" : differences.size() + " differences"));
            differences.forEach(d -> err.println("  " + sample.name() + ": " + d));
            disagreeing += differences.isEmpty() ? 0 : 1;
        }
        out.println(disagreeing == 0 ? "kubectl kustomize agrees with all.yaml on every sample"
                : disagreeing + " samples disagree");
        return disagreeing == 0 ? 0 : 1;
    }

    private static String kustomize(String kubectl, Path dir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(dir.resolve("kustomization.yaml"))) {
            throw new IOException("no kustomization.yaml in " + dir + "; run the render job first");
        }
        Path stderr = Files.createTempFile("kustomize", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(kubectl.split(" ")));
            command.add("kustomize");
            command.add(dir.toString());
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: "
                        + Files.readString(stderr, StandardCharsets.UTF_8).strip());
            }
            return text;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
