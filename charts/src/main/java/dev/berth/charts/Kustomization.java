package dev.berth.charts;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A kustomize base or overlay to build into a {@link Manifest} whose objects point at the base or overlay file that
 * defines them.
 *
 * <p>No Java implementation of kustomize exists: this runs {@code kustomize build} or {@code kubectl kustomize} from
 * the search path, whichever is found first with kustomize v4 or later (kubectl 1.21 or later). It builds the folder
 * through a small wrapper kustomization asking for kustomize's {@code originAnnotations}, so each object's
 * {@link dev.berth.core.source.ObjectSource#origin() origin} is the file it was defined in
 * ({@code base/deployment.yaml}), with that file's lines: a field a patch changed points at the field's line in that
 * file (or at the object, when the file lacks the field). Objects kustomize generates ({@code configMapGenerator})
 * point at the kustomization that generates them. The origin annotations are removed again: the objects are what
 * {@code kubectl kustomize} prints.
 *
 * <pre>{@code
 * Manifest prod = Kustomization.at(Path.of("deploy/overlays/prod")).build();
 * }</pre>
 *
 * <p>Default search path: the system property {@code berth.kustomize.path} when set, else the environment's
 * {@code PATH}.
 */
public final class Kustomization {

    /** The file names kustomize looks for in a folder, in its order. */
    public static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Path folder;
    private final String searchPath;

    private Kustomization(Path folder, String searchPath) {
        this.folder = folder;
        this.searchPath = searchPath;
    }

    /**
     * A folder holding a kustomization file.
     *
     * <pre>{@code
     * Kustomization overlay = Kustomization.at(Path.of("overlays/prod"));
     * }</pre>
     *
     * @param folder the base or overlay folder
     * @return the kustomization, searching the default path for kustomize
     */
    public static Kustomization at(Path folder) {
        return new Kustomization(Objects.requireNonNull(folder, "folder"),
                System.getProperty("berth.kustomize.path", System.getenv("PATH")));
    }

    /**
     * Whether a folder holds a kustomization file ({@link #FILE_NAMES}).
     *
     * @param folder a path
     * @return true when it is a folder with a kustomization file
     */
    public static boolean isKustomization(Path folder) {
        return file(folder) != null;
    }

    /**
     * The kustomization file of a folder.
     *
     * @param folder a folder
     * @return its kustomization file, or null when it has none
     */
    public static Path file(Path folder) {
        for (String name : FILE_NAMES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /**
     * Looks for kustomize on another search path instead of the default.
     *
     * @param path folders separated as in {@code PATH}; empty finds nothing
     * @return a copy searching that path
     */
    public Kustomization searchPath(String path) {
        return new Kustomization(folder, Objects.requireNonNull(path, "path"));
    }

    /** @return the base or overlay folder */
    public Path folder() {
        return folder;
    }

    /**
     * Builds the folder with kustomize and reads its objects.
     *
     * @return the objects, in kustomize's order, each pointing at the file that defines it
     * @throws KustomizeUnavailableException when no kustomize v4 or later is found
     * @throws BerthException when kustomize fails on the folder, in kustomize's words, naming the kustomization file
     */
    public Manifest build() {
        return built().manifest();
    }

    /**
     * Builds the folder, keeping kustomize's text (without Berth's origin annotations) beside the objects.
     *
     * @return the text and the objects
     * @throws KustomizeUnavailableException when no kustomize v4 or later is found
     * @throws BerthException as {@link #build()}
     */
    public Rendered built() {
        Path kustomization = file(folder);
        if (kustomization == null) {
            throw BerthException.problem("no kustomization file").origin(folder.toString())
                    .fix("point at a folder holding kustomization.yaml.").build();
        }
        KustomizeTool tool = KustomizeTool.find(searchPath);
        return KustomizeBuild.run(tool, folder, kustomization);
    }
}
