package dev.berth.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared lint corpus: {@code ../shared/tools/gen-lint-corpus.py} writes seven-object applications (a StatefulSet
 * with its headless and client Services and budget, a Deployment with its Service and ServiceAccount), one file each,
 * a tenth with a seeded defect, so figures compare from run to run.
 */
public final class LintCorpus {

    private LintCorpus() {
    }

    /**
     * @param objects how many objects, rounded up to whole applications of seven
     * @return the applications as one multi-document YAML text, in file order
     */
    public static String yaml(int objects) {
        Path shared = Path.of(System.getProperty("berth.shared", "../shared"));
        try {
            Path dir = Files.createTempDirectory("berth-lint-corpus");
            int apps = (objects + 6) / 7;
            Process process = new ProcessBuilder("python3",
                    shared.resolve("tools/gen-lint-corpus.py").toString(), dir.toString(), Integer.toString(apps))
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("gen-lint-corpus.py failed; run from the repository's top folder "
                        + "with ../shared beside it, or set -Dberth.shared=PATH");
            }
            StringBuilder text = new StringBuilder();
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.sorted().toList();
            }
            for (Path file : files) {
                text.append("---\n").append(Files.readString(file));
                Files.delete(file);
            }
            Files.delete(dir);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
