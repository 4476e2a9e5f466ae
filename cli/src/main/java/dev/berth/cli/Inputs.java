package dev.berth.cli;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.FolderFilter;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.read.ReadResult;
import dev.berth.validation.parts.FolderSets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the command line's inputs, files, folders and {@code -} for standard input, leniently: every problem is kept
 * and the rest is read. Files are read in parallel, in batches, and the results are merged in file order, so the
 * objects and findings come out in the same order as a sequential read.
 *
 * <pre>{@code
 * ReadResult all = new Inputs(terminal).read(List.of("k8s/", "-"));
 * }</pre>
 */
final class Inputs {

    static final String STDIN = "-";
    private static final String STDIN_ORIGIN = "<stdin>";
    private static final int MAX_BATCH = 32;

    private final Terminal terminal;
    private final ManifestReader reader;
    private final ManifestReader inFolders;
    private final Set<Path> named = ConcurrentHashMap.newKeySet();
    private final boolean namedAsFound;
    private final KustomizeFolders kustomize;
    private final List<Path> unlisted = new ArrayList<>();
    private final AtomicInteger filesRead = new AtomicInteger();

    /** Inputs that read every file as a manifest. */
    Inputs(Terminal terminal) {
        this(terminal, false, FolderFilter.defaults());
    }

    /**
     * @param terminal where standard input comes from
     * @param skipFilesWithoutObjects true to skip, and list in {@link ReadResult#skipped()}, the files found in a
     *        folder that hold no Kubernetes object (see {@link ManifestReader#skippingFilesWithoutObjects()}); a file
     *        named on the command line is always read as a manifest
     * @param filter what folder walks leave out
     */
    Inputs(Terminal terminal, boolean skipFilesWithoutObjects, FolderFilter filter) {
        this(terminal, skipFilesWithoutObjects, filter, false);
    }

    /**
     * @param terminal where standard input comes from
     * @param skipFilesWithoutObjects as above
     * @param filter what folder walks leave out
     * @param namedAsFound true to read a file named on the command line as one found in a folder (skipped when it
     *        holds no Kubernetes object and {@code skipFilesWithoutObjects}): for hooks that pass every changed file
     */
    Inputs(Terminal terminal, boolean skipFilesWithoutObjects, FolderFilter filter, boolean namedAsFound) {
        this.terminal = terminal;
        this.reader = new ManifestReader().withFolderFilter(filter);
        this.inFolders = skipFilesWithoutObjects ? reader.skippingFilesWithoutObjects() : reader;
        this.namedAsFound = namedAsFound;
        this.kustomize = skipFilesWithoutObjects ? new KustomizeFolders() : null;
    }

    /** @return the files folder walks left out because their folder's kustomization does not list them, in order */
    List<Path> unlisted() {
        return List.copyOf(unlisted);
    }

    /**
     * @param args paths, or {@code -} once for standard input
     * @return the objects, in argument, file and document order, and the problems in the same order
     */
    ReadResult read(List<String> args) {
        return read(args, Set.of());
    }

    /**
     * @param args paths, or {@code -} once for standard input
     * @param skipped files a folder may hold that are not manifests: the baseline and the report being written
     * @return the objects, in argument, file and document order, and the problems in the same order
     */
    ReadResult read(List<String> args, Set<Path> skipped) {
        return read(list(args, skipped));
    }

    /**
     * @param listing what {@link #list} found
     * @return the objects, in argument, file and document order, and the problems (the listing's first) in that order
     */
    ReadResult read(Listing listing) {
        List<BerthException> problems = new ArrayList<>(listing.problems());
        Manifest.Builder objects = Manifest.builder();
        List<Path> skippedFiles = new ArrayList<>();
        for (ReadResult part : inBatches(listing.sources(), this::readBatch)) {
            objects.addAll(part.manifest());
            problems.addAll(part.problems());
            skippedFiles.addAll(part.skipped());
        }
        return new ReadResult(objects.build(), problems, skippedFiles);
    }

    /**
     * Lists what the arguments name, without reading it.
     *
     * @param args paths, or {@code -} once for standard input
     * @param skipped files a folder may hold that are not manifests: the baseline and the report being written
     * @return the files and standard input in order, a problem for each argument that names nothing to read, and the
     *         files' sizes
     */
    Listing list(List<String> args, Set<Path> skipped) {
        Set<Path> skip = new HashSet<>();
        skipped.forEach(file -> skip.add(file.toAbsolutePath().normalize()));
        List<Object> sources = new ArrayList<>();
        List<BerthException> problems = new ArrayList<>();
        Map<String, String> folders = new HashMap<>();
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                sources.add(STDIN);
                continue;
            }
            Path path = Path.of(arg);
            if (kustomize != null && KustomizeFolders.NAMES.contains(String.valueOf(path.getFileName()))
                    && Files.isRegularFile(path)) {
                // kustomize's configuration, not a manifest: lint what it makes, the files its folder holds
                path = path.getParent() == null ? Path.of(".") : path.getParent();
            }
            int before = problems.size();
            List<Path> files = reader.findManifestFiles(path, problems::add);
            if (files.isEmpty() && problems.size() == before) {
                problems.add(BerthException.problem("no *.yaml, *.yml or *.json file in this folder").origin(arg)
                        .fix("give a folder that holds manifests, or the manifest files themselves.").build());
            }
            for (Path file : files) {
                // a file named on the command line is read even when it is the baseline; one found in a folder is not
                if (!file.equals(path) && kustomize != null) {
                    if (KustomizeFolders.NAMES.contains(String.valueOf(file.getFileName()))) {
                        continue;
                    }
                    if (kustomize.unlisted(file)) {
                        unlisted.add(file);
                        continue;
                    }
                }
                if (file.equals(path) || !skip.contains(file.toAbsolutePath().normalize())) {
                    sources.add(file);
                }
                if (file.equals(path)) {
                    named.add(file);
                } else {
                    folders.putIfAbsent(file.toString(), folderOf(file));
                }
            }
        }
        return new Listing(sources, problems, folders);
    }

    /**
     * Reads files on every core, one at a time each, and hands each file's objects to {@code digest} on the thread
     * that read them, so that only what the digest keeps outlives the file.
     *
     * @param files the files, in order
     * @param digest what to keep of one file's objects and problems
     * @param <T> what is kept
     * @return what was kept of each file, in file order
     */
    <T> List<T> eachFile(List<Path> files, Function<ReadResult, T> digest) {
        List<Object> sources = new ArrayList<>(files);
        List<List<T>> batches = inBatches(sources, batch -> {
            List<T> digests = new ArrayList<>(batch.size());
            for (Object file : batch) {
                digests.add(digest.apply(readerFor((Path) file).readAll(List.of((Path) file))));
            }
            return digests;
        });
        List<T> all = new ArrayList<>(files.size());
        batches.forEach(all::addAll);
        return all;
    }

    /** @return how many files and streams were read so far (each read counts), to say how far a run got */
    int filesRead() {
        return filesRead.get();
    }

    private <T> List<T> inBatches(List<Object> sources, Function<List<Object>, T> read) {
        List<List<Object>> batches = batches(sources);
        if (batches.size() <= 1) {
            return batches.stream().map(batch -> counted(batch, read)).toList();
        }
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), batches.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "berth-read");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = Progress.start(terminal, "read", sources.size(), done)) {
            List<Future<T>> parts = new ArrayList<>();
            for (List<Object> batch : batches) {
                parts.add(pool.submit(() -> {
                    T result = counted(batch, read);
                    done.addAndGet(batch.size());
                    return result;
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> part : parts) {
                results.add(part.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T counted(List<Object> batch, Function<List<Object>, T> read) {
        T result = read.apply(batch);
        filesRead.addAndGet(batch.size());
        return result;
    }

    /** Small batches keep both cores busy to the end; standard input is a batch of its own. */
    private List<List<Object>> batches(List<Object> sources) {
        int size = Math.max(1, Math.min(MAX_BATCH, sources.size() / (Runtime.getRuntime().availableProcessors() * 8)));
        List<List<Object>> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object source : sources) {
            if (source.equals(STDIN) || current.size() == size) {
                if (!current.isEmpty()) {
                    batches.add(current);
                }
                current = new ArrayList<>();
            }
            current.add(source);
            if (source.equals(STDIN)) {
                batches.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private ReadResult readBatch(List<Object> batch) {
        if (batch.size() == 1 && batch.get(0).equals(STDIN)) {
            return reader.readAll(terminal.in(), STDIN_ORIGIN);
        }
        List<Path> files = new ArrayList<>(batch.size());
        batch.forEach(file -> files.add((Path) file));
        if (namedAsFound || files.stream().noneMatch(named::contains)) {
            // Found in folders, all of them: one read, as cheap as before files could be named.
            return inFolders.readAll(files);
        }
        // Each file on its own: a file named on the command line is always a manifest, one found in a folder may be
        // skipped when it holds no Kubernetes object.
        Manifest.Builder objects = Manifest.builder();
        List<BerthException> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Object source : batch) {
            Path file = (Path) source;
            ReadResult part = readerFor(file).readAll(List.of(file));
            objects.addAll(part.manifest());
            problems.addAll(part.problems());
            skipped.addAll(part.skipped());
        }
        return new ReadResult(objects.build(), problems, skipped);
    }

    private ManifestReader readerFor(Path file) {
        return named.contains(file) && !namedAsFound ? reader : inFolders;
    }

    /** @return the folder key of a file found in a folder walk: its folder, {@code /}-separated, normalized */
    static String folderOf(Path file) {
        Path parent = file.normalize().getParent();
        return parent == null ? FolderSets.ROOT : parent.toString().replace('\\', '/');
    }

    /**
     * What the command line names, before anything is read.
     *
     * @param sources the files ({@link Path}) and standard input ({@link #STDIN}), in order
     * @param problems an argument that names nothing to read, each
     * @param folders the folder of each file found in a folder walk, by its origin ({@code Path.toString()}); files
     *        named on the command line and standard input belong to {@link FolderSets#ROOT}, above every folder
     */
    record Listing(List<Object> sources, List<BerthException> problems, Map<String, String> folders) {

        /**
         * @param origin a file's origin, as its objects' sources give it
         * @return the folder its objects' set is planned by: see {@link FolderSets}
         */
        String folder(String origin) {
            return folders.getOrDefault(origin, FolderSets.ROOT);
        }

        /**
         * @return true when every source belongs to one folder (files named on the command line and standard input
         *         count as one, {@link FolderSets#ROOT}): one set, with nothing to plan
         */
        boolean oneFolder() {
            boolean root = folders.size() < sources.size();
            return folders.values().stream().distinct().count() + (root ? 1 : 0) <= 1;
        }

        /** @return true when standard input is among the sources */
        boolean stdin() {
            return sources.contains(STDIN);
        }

        /** @return the files, without standard input */
        List<Path> files() {
            List<Path> files = new ArrayList<>(sources.size());
            sources.stream().filter(Path.class::isInstance).forEach(source -> files.add((Path) source));
            return files;
        }
    }
}
