package dev.berth.charts;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.source.FieldPositions;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import dev.berth.core.write.ManifestWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One kustomize build through a wrapper kustomization that asks for origin annotations, and the mapping of each
 * object back to the file that defines it.
 */
final class KustomizeBuild {

    static final String ORIGIN = "config.kubernetes.io/origin";

    private final Path folder;
    private final Path absoluteFolder;
    private final Map<Path, Manifest> files = new HashMap<>();

    private KustomizeBuild(Path folder) {
        this.folder = folder;
        this.absoluteFolder = folder.toAbsolutePath().normalize();
    }

    static Rendered run(KustomizeTool tool, Path folder, Path kustomization) {
        return new KustomizeBuild(folder).build(tool, kustomization);
    }

    private Rendered build(KustomizeTool tool, Path kustomization) {
        Path wrapper = null;
        try {
            wrapper = Files.createTempDirectory("berth-kustomize");
            String target = wrapper.relativize(absoluteFolder).toString().replace('\\', '/');
            Files.writeString(wrapper.resolve("kustomization.yaml"), "resources:\n  - " + target
                    + "\nbuildMetadata: [originAnnotations]\n");
            KustomizeTool.Result result = tool.build(wrapper);
            if (result.exitCode() != 0) {
                throw failure(result.err(), target, kustomization, tool);
            }
            Manifest built = new ManifestReader().readString(result.out(), kustomization.toString());
            Manifest.Builder builder = Manifest.builder();
            for (HasMetadata object : built) {
                String origin = stripOrigin(object);
                builder.add(object, sourceOf(object, origin, wrapper, kustomization));
            }
            Manifest manifest = builder.build();
            return new Rendered(manifest.isEmpty() ? "" : ManifestWriter.yaml().write(manifest), manifest);
        } catch (IOException e) {
            throw BerthException.problem("cannot build the overlay: " + e.getMessage()).origin(folder.toString())
                    .fix("check that the temporary folder is writable.").build(e);
        } finally {
            delete(wrapper);
        }
    }

    /** Removes the origin annotation kustomize added, and the annotations map when it is then empty. */
    private static String stripOrigin(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        if (annotations == null) {
            return "";
        }
        String origin = annotations.remove(ORIGIN);
        if (annotations.isEmpty()) {
            object.getMetadata().setAnnotations(null);
        }
        return origin == null ? "" : origin;
    }

    /**
     * The source of an object: the object of the same kind and name (before a prefix or suffix) in the file its
     * origin names, else the start of that file.
     */
    private ObjectSource sourceOf(HasMetadata object, String origin, Path wrapper, Path kustomization) {
        String declared = field(origin, "path");
        if (declared.isEmpty()) {
            declared = field(origin, "configuredIn");
        }
        Path file = declared.isEmpty() || field(origin, "repo").length() > 0 ? kustomization
                : shown(wrapper.resolve(declared).normalize());
        Optional<ObjectSource> inFile = definedIn(file, object);
        return inFile.orElseGet(() -> ObjectSource.of(file.toString(), 0, -1, "", new SourcePosition(1, 1),
                FieldPositions.none(), List.of(), List.of()));
    }

    private Optional<ObjectSource> definedIn(Path file, HasMetadata object) {
        Manifest manifest = files.computeIfAbsent(file, f -> {
            try {
                return new ManifestReader().skippingFilesWithoutObjects().readAll(List.of(f)).manifest();
            } catch (BerthException e) {
                return Manifest.empty();
            }
        });
        String name = object.getMetadata().getName();
        return manifest.stream()
                .filter(candidate -> candidate.getKind().equals(object.getKind()))
                .filter(candidate -> candidate.getMetadata() != null && candidate.getMetadata().getName() != null
                        && name != null && name.contains(candidate.getMetadata().getName()))
                .max(Comparator.comparingInt(candidate -> candidate.getMetadata().getName().length()))
                .flatMap(manifest::sourceOf);
    }

    /** A file as the user named the folder: relative to the working folder when the folder was given relative. */
    private Path shown(Path absolute) {
        if (folder.isAbsolute()) {
            return absolute;
        }
        return Path.of("").toAbsolutePath().relativize(absolute);
    }

    /** The value of {@code key: value} in kustomize's small origin annotation, or empty. */
    private static String field(String origin, String key) {
        for (String line : origin.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith(key + ": ")) {
                return stripped.substring(key.length() + 2).strip();
            }
        }
        return "";
    }

    private BerthException failure(String err, String target, Path kustomization, KustomizeTool tool) {
        String text = err.lines().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> a + " " + b)
                .orElse("kustomize failed without a message");
        int quoted = text.indexOf("err=\"");
        if (quoted >= 0) {
            text = text.substring(quoted + 5, text.endsWith("\"") ? text.length() - 1 : text.length());
        }
        if (text.startsWith("Error: ")) {
            text = text.substring("Error: ".length());
        }
        text = text.replace(target, folder.toString().replace('\\', '/'));
        return BerthException.problem("kustomize cannot build the overlay: " + text).origin(kustomization.toString())
                .fix("correct the kustomization or the file it names (" + tool.commandLine(folder)
                        + " shows the same error).").build();
    }

    private static void delete(Path wrapper) {
        if (wrapper == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(wrapper)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            wrapper.toFile().deleteOnExit();
        }
    }
}
