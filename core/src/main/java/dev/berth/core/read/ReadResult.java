package dev.berth.core.read;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import java.nio.file.Path;
import java.util.List;

/**
 * What a lenient read gives: every object that could be read, and one problem for each file or document that could
 * not. A command-line linter reports the problems and still judges the rest.
 *
 * <pre>{@code
 * ReadResult result = new ManifestReader().readAll(List.of(Path.of("k8s")));
 * result.problems().forEach(p -> System.err.println(p.getMessage()));
 * validate(result.manifest());
 * }</pre>
 *
 * @param manifest the objects read
 * @param problems the problems met, in file and document order
 * @param skipped the files skipped because they hold no Kubernetes object (see
 *        {@link ManifestReader#skippingFilesWithoutObjects()}), in file order; empty unless the reader skips them
 */
public record ReadResult(Manifest manifest, List<BerthException> problems, List<Path> skipped) {

    /**
     * Copies the problems and the skipped files.
     *
     * @param manifest the objects read
     * @param problems the problems met
     * @param skipped the files skipped because they hold no Kubernetes object
     */
    public ReadResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /**
     * A result that skipped no file.
     *
     * @param manifest the objects read
     * @param problems the problems met
     */
    public ReadResult(Manifest manifest, List<BerthException> problems) {
        this(manifest, problems, List.of());
    }

    /** @return true when every file and document was read */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
