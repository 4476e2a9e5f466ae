package dev.berth.core.read;

import dev.berth.core.BerthException;
import dev.berth.core.Compatibility;
import dev.berth.core.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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

    /** Files another tool owns by name: they hold that tool's settings, never objects to apply. */
    private static final Set<String> OWNED_BY_TOOLS = Set.of("Chart.yaml", "Chart.lock", "kustomization.yaml",
            "kustomization.yml", "Kustomization");

    private final ReadLimits limits;
    private final FileAccess files;
    private final boolean skipForeign;
    private final FolderFilter filter;

    /** A reader with the {@linkplain ReadLimits#defaults() default limits}. */
    public ManifestReader() {
        this(ReadLimits.defaults());
    }

    /**
     * @param limits the limits to enforce
     */
    public ManifestReader(ReadLimits limits) {
        this(limits, FileAccess.SYSTEM);
    }

    /**
     * @param limits the limits to enforce
     * @param files the file system to walk and read: {@link FileAccess#SYSTEM}, or a test's
     */
    ManifestReader(ReadLimits limits, FileAccess files) {
        this(limits, files, false, FolderFilter.defaults());
    }

    private ManifestReader(ReadLimits limits, FileAccess files, boolean skipForeign, FolderFilter filter) {
        Compatibility.require();
        this.limits = Objects.requireNonNull(limits, "limits");
        this.files = Objects.requireNonNull(files, "files");
        this.skipForeign = skipForeign;
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /**
     * A reader for a repository root, where YAML of other tools lies beside the manifests. Its lenient reads
     * ({@link #readAll(Collection)}) skip a file that holds no Kubernetes object, and list it in
     * {@link ReadResult#skipped()}: a file whose documents are all mappings and none has {@code apiVersion} or
     * {@code kind} (a CI workflow, application settings), and a file another tool owns by name ({@code Chart.yaml},
     * {@code Chart.lock}, {@code kustomization.yaml}). A document that is not a mapping, or has one of
     * {@code apiVersion} and {@code kind} but not the other, is a broken manifest and still a problem with its line.
     * Default (this reader off): every file is read as a manifest.
     *
     * <pre>{@code
     * ReadResult root = new ManifestReader().skippingFilesWithoutObjects().readAll(List.of(Path.of(".")));
     * root.skipped();   // [.../ci/workflow.yaml, .../src/main/resources/application.yaml]
     * }</pre>
     *
     * @return a reader with the same limits that skips such files
     */
    public ManifestReader skippingFilesWithoutObjects() {
        return new ManifestReader(limits, files, true, filter);
    }

    /**
     * A reader whose folder walks leave out what the filter leaves out. Default: {@link FolderFilter#defaults()},
     * hidden entries and the folders other tools fill ({@value FolderFilter#DEFAULT_NAMES}).
     *
     * <pre>{@code
     * new ManifestReader().withFolderFilter(FolderFilter.none().exclude("examples/**")).readAll(List.of(root));
     * }</pre>
     *
     * @param filter what folder walks leave out
     * @return a reader with the same limits and that filter
     */
    public ManifestReader withFolderFilter(FolderFilter filter) {
        return new ManifestReader(limits, files, skipForeign, filter);
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
        List<Path> skipped = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : findManifestFiles(path, problems::add)) {
                if (skipForeign && OWNED_BY_TOOLS.contains(String.valueOf(file.getFileName()))) {
                    skipped.add(file);
                    continue;
                }
                try {
                    String text = TextDecoder.decode(bytes(file), file.toString());
                    if (new DocumentReader(text, file.toString(), limits).read(builder, problems::add, skipForeign)) {
                        skipped.add(file);
                    }
                } catch (BerthException e) {
                    problems.add(e);
                }
            }
        }
        return new ReadResult(builder.build(), problems, skipped);
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
     * Lists the manifest files of a path, and fails on the first part that cannot be read: see
     * {@link #findManifestFiles(Path, Consumer)}.
     *
     * @param path a file or a folder
     * @return the files to read
     * @throws BerthException when the path does not exist, or a part of the folder cannot be read
     */
    public static List<Path> manifestFiles(Path path) {
        List<BerthException> problems = new ArrayList<>();
        List<Path> found = new FolderWalk(FileAccess.SYSTEM).files(path, problems::add);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return found;
    }

    /**
     * Lists the manifest files of a path as far as it can be read: the path itself when it is a file, else every
     * {@code *.yaml}, {@code *.yml} and {@code *.json} below the folder, sorted by their path relative to it (with
     * {@code /} separators), so the order is the same on every machine. Hidden files and folders (names starting with
     * a dot) and what the reader's {@link FolderFilter} leaves out (by default {@value FolderFilter#DEFAULT_NAMES})
     * are skipped; symbolic links are followed, to files and folders. A folder that cannot be listed, a file
     * that cannot be reached, a dangling symbolic link and a link that loops are each one problem, in the operating
     * system's words ({@code k8s/locked: permission denied: ...}), and the rest is listed.
     *
     * <pre>{@code
     * List<BerthException> problems = new ArrayList<>();
     * List<Path> files = new ManifestReader().findManifestFiles(Path.of("k8s"), problems::add);
     * }</pre>
     *
     * @param path a file or a folder
     * @param problems receives one problem per part that cannot be read, and for a path that does not exist
     * @return the files to read
     */
    public List<Path> findManifestFiles(Path path, Consumer<BerthException> problems) {
        return new FolderWalk(files, filter).files(path, problems);
    }

    private byte[] bytes(Path file) {
        try {
            if (files.attributes(file).size() > limits.maxFileBytes()) {
                throw tooLarge(file.toString());
            }
            return files.read(file);
        } catch (NoSuchFileException e) {
            throw BerthException.problem("no such file").origin(file.toString())
                    .fix("check the path.").build(e);
        } catch (IOException e) {
            throw FolderWalk.unreadable(file, e, false);
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
}
