package dev.berth.cli;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.ObjectRef;
import dev.berth.core.read.ReadResult;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.workload.PodLabels;
import dev.berth.core.workload.Workload;
import dev.berth.validation.Report;
import dev.berth.validation.Validator;
import dev.berth.validation.parts.FolderSets;
import dev.berth.validation.parts.PartedReport;
import dev.berth.validation.parts.Partition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code berth lint} on an input too large to hold at once: judges it in {@linkplain Partition parts of namespaces}
 * and gives the report that judging it whole gives.
 *
 * <p>The first pass reads every file, on every core, and keeps of each only its object count, the namespaces of its
 * objects and whether it holds a shared object (cluster-scoped, or a RoleBinding of another namespace's
 * ServiceAccounts), then drops the objects. Namespaces are grouped into parts that fit the heap. The second pass
 * reads, for each part, the files that hold its namespaces or a shared object, judges the part, keeps its findings
 * (with their places in the whole input and their positions worked out) and drops it. Each file is read once in the
 * first pass, and in the second once for each part it holds objects of; a file of shared objects is read for every
 * part. The first pass also keeps each workload's identity and pod labels ({@link PodLabels}), which every part of its
 * set sees: a Service whose selector matches only another namespace's pods is then found in parts as it is whole. With {@code --sets folder}, the first pass also keeps what {@link FolderSets} needs to plan the sets, and each
 * set is judged on its own, in parts of its namespaces: a part is then a set's namespaces, and a file is read for each
 * part of each set whose folders hold it.
 *
 * <pre>{@code
 * Report report = new PartedLint(inputs, validator, Runtime.getRuntime().maxMemory()).judge(listing, problems::add);
 * }</pre>
 */
final class PartedLint {

    /**
     * Heap a whole-input run holds per byte of manifest text: about 12 on the lint corpus (a 478-byte object takes
     * 5-6 KB as fabric8 objects with their sources).
     */
    static final long HEAP_PER_BYTE = 12;

    private final Inputs inputs;
    private final Validator validator;
    private final long heap;
    private final boolean folderSets;

    /**
     * @param inputs reads the files
     * @param validator judges each part
     * @param heap the heap the run has, in bytes ({@code Runtime.maxMemory()}): a part takes at most half of it
     * @param folderSets true to judge each {@linkplain FolderSets folder set} apart ({@code --sets folder}), false to
     *        judge every file as one set ({@code --sets tree})
     */
    PartedLint(Inputs inputs, Validator validator, long heap, boolean folderSets) {
        this.inputs = inputs;
        this.validator = validator;
        this.heap = heap;
        this.folderSets = folderSets;
    }

    /**
     * @param bytes the total size of the files to read
     * @param heap the heap the run has, in bytes
     * @return true when holding every object at once would take more than half the heap
     */
    static boolean tooLargeToHold(long bytes, long heap) {
        return bytes > heap / 2 / HEAP_PER_BYTE;
    }

    /**
     * @param files the files, in order
     * @return their total size in bytes; a file that cannot be measured counts as empty (reading it reports it)
     */
    static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            total += size(file);
        }
        return total;
    }

    /**
     * @param listing the files to judge (no standard input: it cannot be read twice)
     * @param problems receives the listing's and the files' problems, in order, as soon as the first pass has them
     * @return the report of the whole input
     */
    Report judge(Inputs.Listing listing, Consumer<BerthException> problems) {
        List<Path> files = listing.files();
        listing.problems().forEach(problems);
        List<Summary> summaries = inputs.eachFile(files, result -> summarise(result, folderSets));
        String[] folders = new String[files.size()];
        Map<String, FolderSets.Facts> facts = new LinkedHashMap<>();
        int objects = 0;
        for (int f = 0; f < files.size(); f++) {
            Summary summary = summaries.get(f);
            summary.problems().forEach(problems);
            summary.start = objects;
            objects += summary.objects();
            folders[f] = listing.folder(files.get(f).toString());
            if (summary.facts != null) {
                facts.computeIfAbsent(folders[f], k -> new FolderSets.Facts()).add(summary.facts);
                summary.facts = null;
            }
        }
        List<FolderSets.Group> groups = folderSets ? FolderSets.plan(facts) : List.of();
        PartedReport report = new PartedReport(validator, objects);
        if (groups.size() <= 1) {
            PodLabels.Builder labels = PodLabels.builder();
            summaries.forEach(summary -> summary.podLabels().forEach(held -> labels.add(held.entry())));
            judgeSet(files, summaries, (origin, object) -> true, origin -> true, labels.build(), report);
            return report.report();
        }
        for (FolderSets.Group group : groups) {
            List<Path> setFiles = new ArrayList<>();
            List<Summary> setSummaries = new ArrayList<>();
            PodLabels.Builder labels = PodLabels.builder();
            for (int f = 0; f < files.size(); f++) {
                if (group.sees(folders[f])) {
                    setFiles.add(files.get(f));
                    setSummaries.add(summaries.get(f));
                    for (Labelled held : summaries.get(f).podLabels()) {
                        if (!held.identified() || group.holds(folders[f], held.entry().workload())) {
                            labels.add(held.entry());
                        }
                    }
                }
            }
            judgeSet(setFiles, setSummaries, (origin, object) -> group.holds(listing.folder(origin), object),
                    origin -> group.judges(listing.folder(origin)), labels.build(), report);
        }
        return report.report().withSets(groups.size());
    }

    /**
     * Judges one set's files in parts of namespaces that fit the heap.
     *
     * @param holds whether the set holds an object read from a given origin
     * @param judges whether the set judges the objects it holds from a given origin (its homes'), rather than holding
     *        them to resolve references
     * @param podLabels the pod labels of every workload the set holds, which each part's rules see
     */
    private void judgeSet(List<Path> files, List<Summary> summaries, BiPredicate<String, HasMetadata> holds,
            Predicate<String> judges, PodLabels podLabels, PartedReport report) {
        Map<String, Long> weights = new LinkedHashMap<>();
        for (int f = 0; f < files.size(); f++) {
            Summary summary = summaries.get(f);
            long size = size(files.get(f));
            for (Map.Entry<String, Integer> namespace : summary.namespaces().entrySet()) {
                weights.merge(namespace.getKey(), Math.max(1, size * namespace.getValue() / summary.objects()),
                        Long::sum);
            }
        }
        for (Set<String> namespaces : Partition.group(weights, Math.max(1, heap / 2 / HEAP_PER_BYTE))) {
            List<Path> partFiles = new ArrayList<>();
            List<Summary> partSummaries = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                Summary summary = summaries.get(f);
                if (summary.shared() || !Collections.disjoint(summary.namespaces().keySet(), namespaces)) {
                    partFiles.add(files.get(f));
                    partSummaries.add(summary);
                }
            }
            List<Kept> read = inputs.eachFile(partFiles, result -> keep(result, namespaces, holds));
            Manifest.Builder part = Manifest.builder();
            int[] place = new int[read.stream().mapToInt(kept -> kept.objects().size()).sum()];
            for (int f = 0; f < partFiles.size(); f++) {
                Kept kept = read.get(f);
                Summary summary = partSummaries.get(f);
                if (kept.read() != summary.objects()) {
                    throw BerthException.problem("the file changed while berth read it (" + summary.objects()
                            + " objects, then " + kept.read() + ")").origin(partFiles.get(f).toString())
                            .fix("lint it again once it stays the same, or with --memory whole.").build();
                }
                for (int i = 0; i < kept.objects().size(); i++) {
                    place[part.size()] = summary.start + kept.at()[i];
                    part.add(kept.objects().get(i), kept.sources().get(i));
                }
            }
            read = null;
            Manifest built = part.build();
            List<HasMetadata> held = built.objects();
            report.add(built, p -> place[p], at -> {
                String namespace = ObjectRef.namespaceOf(held.get(at));
                return (namespace.isEmpty() || namespaces.contains(namespace))
                        && judges.test(built.sourceOf(held.get(at)).map(ObjectSource::origin).orElse(FolderSets.ROOT));
            }, podLabels);
        }
    }

    /** The first pass's digest of one file: what it takes to plan the parts and place their objects. */
    private static Summary summarise(ReadResult result, boolean folderSets) {
        Map<String, Integer> namespaces = new LinkedHashMap<>();
        boolean shared = false;
        for (HasMetadata object : result.manifest()) {
            if (Partition.shared(object)) {
                shared = true;
            }
            String namespace = ObjectRef.namespaceOf(object);
            if (!namespace.isEmpty()) {
                namespaces.merge(namespace.intern(), 1, Integer::sum);
            }
        }
        List<Labelled> podLabels = new ArrayList<>();
        for (Workload workload : result.manifest().workloads()) {
            podLabels.add(new Labelled(PodLabels.Entry.of(workload), ObjectRef.identified(workload.owner())));
        }
        Summary summary = new Summary(result.manifest().size(), namespaces, shared, podLabels, result.problems());
        summary.facts = folderSets ? new FolderSets.Facts().add(result.manifest()) : null;
        return summary;
    }

    /** The second pass's digest of one file: its objects that belong in the part, kept on the reading thread. */
    private static Kept keep(ReadResult result, Set<String> namespaces, BiPredicate<String, HasMetadata> holds) {
        List<HasMetadata> all = result.manifest().objects();
        List<HasMetadata> objects = new ArrayList<>();
        List<ObjectSource> sources = new ArrayList<>();
        int[] at = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            HasMetadata object = all.get(i);
            ObjectSource source = result.manifest().sourceOf(object).orElse(null);
            if ((Partition.shared(object) || namespaces.contains(ObjectRef.namespaceOf(object)))
                    && holds.test(source == null ? FolderSets.ROOT : source.origin(), object)) {
                at[objects.size()] = i;
                objects.add(object);
                sources.add(source);
            }
        }
        return new Kept(all.size(), objects, sources, at);
    }

    /**
     * A workload's pod labels, kept from the first pass for every part of its set to see.
     *
     * @param entry the workload's identity and pod labels
     * @param identified whether the workload has a fixed identity (a nearer folder's definition can shadow it)
     */
    private record Labelled(PodLabels.Entry entry, boolean identified) {
    }

    /**
     * The objects of a file that a part holds.
     *
     * @param read how many objects the file held
     * @param objects those the part holds, in file order
     * @param sources their sources
     * @param at the place of each in the file
     */
    private record Kept(int read, List<HasMetadata> objects, List<ObjectSource> sources, int[] at) {
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the first pass keeps of a file. */
    private static final class Summary {
        private final int objects;
        private final Map<String, Integer> namespaces;
        private final boolean shared;
        private final List<Labelled> podLabels;
        private final List<BerthException> problems;
        private int start;
        /** What planning folder sets needs of the file, until the plan is made; null with --sets tree. */
        private FolderSets.Facts facts;

        Summary(int objects, Map<String, Integer> namespaces, boolean shared, List<Labelled> podLabels,
                List<BerthException> problems) {
            this.objects = objects;
            this.namespaces = namespaces;
            this.shared = shared;
            this.podLabels = podLabels;
            this.problems = problems;
        }

        int objects() {
            return objects;
        }

        Map<String, Integer> namespaces() {
            return namespaces;
        }

        boolean shared() {
            return shared;
        }

        List<Labelled> podLabels() {
            return podLabels;
        }

        List<BerthException> problems() {
            return problems;
        }
    }
}
