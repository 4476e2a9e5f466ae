package dev.berth.core.read;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads Kubernetes manifests, YAML or JSON, into a {@link Manifest}, safely.
 *
 * <p>Takes one or many documents, block or flow style, {@code kind: List} and JSON arrays, from a file, a folder (read
 * recursively for {@code *.yaml}, {@code *.yml} and {@code *.json}, in a stable order), a stream or a string. Known
 * kinds come out as typed fabric8 objects, others as {@code GenericKubernetesResource}. Beside each object it keeps
 * where it came from ({@link dev.berth.core.source.ObjectSource}): file, document, line and column, the fields the kind
 * does not define, and unquoted values that YAML 1.1 reads differently from their text.
 *
 * <p>Hostile input is refused with a clear {@link BerthException}: alias bombs, deep nesting, huge documents
 * ({@link ReadLimits}), duplicate keys, binary files. Values are read as {@code kubectl} reads them (YAML 1.1), except
 * that an unquoted value in a field that takes text keeps the text the user typed.
 *
 * <pre>{@code
 * ManifestReader reader = new ManifestReader();
 * Manifest fromFolder = reader.read(Path.of("k8s"));
 * Manifest fromText = reader.readString("apiVersion: v1\nkind: Service\nmetadata: {name: db}\n");
 * }</pre>
 *
 * <p>A reader holds no state between calls and may be shared between threads.
 */
public final class ManifestReader {

    private static final String STRING_ORIGIN = "<string>";

    private final ReadLimits limits;

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public ManifestReader() {
        this(ReadLimits.defaults());
    }

    /**
     * @param limits the limits to enforce
     */
    public ManifestReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads files and folders, and fails on the first problem.
     *
     * @param paths files, or folders to read recursively
     * @return the objects, in path order and then document order
     * @throws BerthException on the first file or document that cannot be read
     */
    public Manifest read(Path... paths) {
        return read(List.of(paths));
    }

    /**
     * Reads files and folders, and fails on the first problem.
     *
     * @param paths files, or folders to read recursively
     * @return the objects, in path order and then document order
     * @throws BerthException on the first file or document that cannot be read
     */
    public Manifest read(Collection<Path> paths) {
        return orThrow(readAll(paths));
    }

    /**
     * Reads files and folders, reporting each problem and reading on.
     *
     * @param paths files, or folders to read recursively
     * @return the objects that could be read, and a problem per file or document that could not
     */
    public ReadResult readAll(Collection<Path> paths) {
        Manifest.Builder builder = Manifest.builder();
        List<BerthException> problems = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files;
            try {
                files = manifestFiles(path);
            } catch (BerthException e) {
                problems.add(e);
                continue;
            }
            for (Path file : files) {
                try {
                    String text = TextDecoder.decode(bytes(file), file.toString());
                    new DocumentReader(text, file.toString(), limits).read(builder, problems::add);
                } catch (BerthException e) {
                    problems.add(e);
                }
            }
        }
        return new ReadResult(builder.build(), problems);
    }

    /**
     * Reads a stream to its end, and fails on the first problem. The stream is not closed.
     *
     * @param in the bytes, UTF-8 (or UTF-16 with a byte-order mark)
     * @param origin the name to use in messages, such as {@code <stdin>}
     * @return the objects, in document order
     * @throws BerthException on the first problem
     */
    public Manifest read(InputStream in, String origin) {
        return orThrow(readAll(in, origin));
    }

    /**
     * Reads a stream to its end, reporting each problem and reading on. The stream is not closed.
     *
     * @param in the bytes, UTF-8 (or UTF-16 with a byte-order mark)
     * @param origin the name to use in messages, such as {@code <stdin>}
     * @return the objects that could be read, and the problems
     */
    public ReadResult readAll(InputStream in, String origin) {
        List<BerthException> problems = new ArrayList<>();
        Manifest.Builder builder = Manifest.builder();
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge(origin);
            }
            new DocumentReader(TextDecoder.decode(bytes, origin), origin, limits).read(builder, problems::add);
        } catch (IOException e) {
            problems.add(BerthException.problem("cannot read the stream: " + e.getMessage()).origin(origin)
                    .fix("check that the input is readable.").build(e));
        } catch (BerthException e) {
            problems.add(e);
        }
        return new ReadResult(builder.build(), problems);
    }

    /**
     * @param text YAML or JSON
     * @return the objects, in document order
     * @throws BerthException on the first problem; messages name the origin {@code <string>}
     */
    public Manifest readString(String text) {
        return readString(text, STRING_ORIGIN);
    }

    /**
     * @param text YAML or JSON
     * @param origin the name to use in messages, such as a file name the text came from
     * @return the objects, in document order
     * @throws BerthException on the first problem
     */
    public Manifest readString(String text, String origin) {
        List<BerthException> problems = new ArrayList<>();
        Manifest.Builder builder = Manifest.builder();
        new DocumentReader(text, origin, limits).read(builder, problems::add);
        return orThrow(new ReadResult(builder.build(), problems));
    }

    /**
     * Lists the manifest files of a path: the path itself when it is a file, else every {@code *.yaml}, {@code *.yml}
     * and {@code *.json} below the folder, sorted by their path relative to it (with {@code /} separators), so the
     * order is the same on every machine. Hidden files and folders (names starting with a dot) are skipped.
     *
     * @param path a file or a folder
     * @return the files to read
     * @throws BerthException when the path does not exist or cannot be listed
     */
    public static List<Path> manifestFiles(Path path) {
        if (!Files.exists(path)) {
            throw BerthException.problem("no such file or folder").origin(path.toString())
                    .fix("check the path; give a manifest file or a folder of them.").build();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            // Each file's sort key is computed once: relativizing inside the comparator cost O(n log n) path walks.
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isManifest(file) && !isHidden(path.relativize(file)))
                    .map(file -> new Listed(file, relative(path, file)))
                    .sorted(Comparator.comparing(Listed::relative))
                    .map(Listed::file)
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw BerthException.problem("cannot list the folder: " + e.getMessage()).origin(path.toString())
                    .fix("check the folder's permissions.").build(e);
        }
    }

    private byte[] bytes(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(file.toString());
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BerthException.problem("no such file").origin(file.toString())
                    .fix("check the path.").build(e);
        } catch (IOException e) {
            throw BerthException.problem("cannot read the file: " + e.getMessage()).origin(file.toString())
                    .fix("check that the file exists and is readable.").build(e);
        }
    }

    private BerthException tooLarge(String origin) {
        return BerthException.problem("the input is larger than " + limits.maxFileBytes() + " bytes")
                .origin(origin).fix("split it into several files, or raise ReadLimits.maxFileBytes for input you trust.")
                .build();
    }

    private static Manifest orThrow(ReadResult result) {
        if (!result.problems().isEmpty()) {
            throw result.problems().get(0);
        }
        return result.manifest();
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A file found in a folder, with its path relative to the folder, the key files are sorted by. */
    private record Listed(Path file, String relative) {
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
