package dev.berth.validation.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.fuzz.Documents.Mutation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The systematic half of issue 11's point 3: "for every fixture and corpus object, every field path set to null,
 * removed, or replaced by an empty list/map, gives no exception other than {@code BerthException} and no
 * {@code rule-failed} finding."
 *
 * <p>Every rule fixture and every file of the shared corpus is parsed into trees; for every field path of every
 * document, three mutants are made (the value set to null, the key or list item removed, the value emptied: a map to
 * {@code {}}, a list to {@code []}, a scalar to {@code ""}), each printed back as the whole file with its other
 * documents unchanged, and put through a {@link FullPass}. The failures are grouped by where they happen, so one
 * missing guard reads as one line however many paths reach it; the full list is also written to
 * {@code target/missing-parts-sweep.txt}.
 */
class MissingPartsSweepTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
    private static final Path SUMMARY = Path.of("target/missing-parts-sweep.txt");

    @Test
    void no_field_set_to_null_removed_or_emptied_crashes_a_rule_the_writer_or_the_reader() throws IOException {
        // GIVEN every fixture and corpus file, parsed, and every mutant of every field path in them
        List<Input> inputs = new ArrayList<>();
        for (Path file : files()) {
            inputs.add(new Input(file.toString(), Documents.parse(Files.readString(file))));
        }
        List<Case> cases = new ArrayList<>();
        for (Input input : inputs) {
            cases.add(new Case(input, null, null));
            for (Documents.Path path : input.documents().paths()) {
                for (Mutation mutation : Mutation.values()) {
                    if (mutation.changes(input.documents().at(path))) {
                        cases.add(new Case(input, path, mutation));
                    }
                }
            }
        }

        // WHEN each is read, judged by every rule (as given and as complete), reported, written and read back
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        ConcurrentLinkedQueue<Found> found = new ConcurrentLinkedQueue<>();
        cases.parallelStream().forEach(c -> {
            String text = c.path() == null ? c.input().documents().print()
                    : c.input().documents().print(c.path(), c.mutation());
            for (Failure failure : FullPass.run(text)) {
                found.add(new Found(c, failure));
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpuNanos() - cpuStart) / 1_000_000;

        // THEN nothing failed
        String summary = summary(found, inputs.size(), cases.size(), millis, cpuMillis);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary);
        assertThat(found).withFailMessage(summary).isEmpty();
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(FIXTURES, CORPUS)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            }
        }
        assertThat(files).as("fixtures under %s and corpus files under %s", FIXTURES, CORPUS).hasSizeGreaterThan(100);
        return files;
    }

    /** One line per distinct site: how often, by which mutations, at which stages, and the first few cases. */
    private static String summary(Iterable<Found> found, int files, int cases, long millis, long cpuMillis) {
        Map<String, List<Found>> bySite = new TreeMap<>();
        for (Found f : found) {
            bySite.computeIfAbsent(f.failure().site(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder text = new StringBuilder();
        long failed = bySite.values().stream().flatMap(List::stream).map(Found::c).distinct().count();
        text.append(String.format("%d files, %d cases, %d ms (%d ms of CPU on %d processors): %d cases failed, at %d "
                + "sites%n", files, cases, millis, cpuMillis, Runtime.getRuntime().availableProcessors(), failed,
                bySite.size()));
        bySite.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Found>> e) -> -cases(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    List<Found> all = e.getValue().stream().sorted(Comparator.comparing(Found::sortKey))
                            .filter(distinctCases()).toList();
                    String mutations = all.stream().map(f -> String.valueOf(f.c().mutation()))
                            .collect(Collectors.toCollection(TreeSet::new)).toString();
                    String stages = e.getValue().stream().map(f -> f.failure().stage())
                            .collect(Collectors.toCollection(TreeSet::new)).toString();
                    text.append(String.format("%n%5d  %s  %s %s%n", all.size(), e.getKey(), mutations, stages));
                    text.append("       ").append(all.get(0).failure().detail()).append('\n');
                    all.stream().limit(3).forEach(f -> text.append("       e.g. ").append(f.sortKey()).append('\n'));
                });
        return text.toString();
    }

    /** The CPU time of the whole test JVM so far: on a busy machine, what the sweep costs, beside its wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long cases(List<Found> found) {
        return found.stream().map(Found::c).distinct().count();
    }

    private static Predicate<Found> distinctCases() {
        Set<Case> seen = new HashSet<>();
        return f -> seen.add(f.c());
    }

    private record Input(String file, Documents documents) {
    }

    private record Case(Input input, Documents.Path path, Mutation mutation) {
    }

    private record Found(Case c, Failure failure) {

        String sortKey() {
            return c.input().file() + " " + (c.path() == null ? "(unchanged)" : c.path() + " " + c.mutation());
        }
    }
}
