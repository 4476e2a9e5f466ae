package dev.berth.validation.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The fuzz target of issue 11's point 3: any input goes through reader, every rule and both writers
 * ({@link FullPass}) with no exception other than {@code BerthException} and no {@code rule-failed} finding.
 *
 * <p>In every build ({@code mvn verify}) Jazzer runs each method as a regression test over its checked-in inputs
 * under {@code src/test/resources/dev/berth/validation/fuzz/ManifestFuzzTestInputs/<method>/} (and the empty input),
 * in seconds. With {@code JAZZER_FUZZ=1} it fuzzes one method for as long as asked (README, "Fuzzing"); an input that
 * fails is saved in that folder, where it becomes a regression test.
 *
 * <p>The seeds of {@link #any_text_is_read_judged_and_written_without_a_crash} are small public manifests: fourteen
 * files of the shared corpus (kubernetes/examples, kube-state-metrics and example-voting-app, Apache-2.0;
 * kubernetes/website, CC-BY-4.0; see {@code ../shared/corpus/SOURCES.md}) and ten rule fixtures. Raw byte mutation
 * rarely keeps YAML readable, so {@link #any_part_of_a_manifest_missing_or_changed_is_judged_without_a_crash} mutates
 * structure instead: it takes one of those seeds as a tree and changes one to four of its field paths.
 */
class ManifestFuzzTest {

    private static final String SEEDS = "ManifestFuzzTestInputs/any_text_is_read_judged_and_written_without_a_crash";
    private static final List<Documents> MANIFESTS = seeds();

    @FuzzTest(maxDuration = "30s")
    void any_text_is_read_judged_and_written_without_a_crash(byte[] input) {
        // GIVEN any bytes, WHEN read, judged, written and read back, THEN nothing but BerthException is thrown
        failOn(FullPass.run(input));
    }

    @FuzzTest(maxDuration = "30s")
    void any_part_of_a_manifest_missing_or_changed_is_judged_without_a_crash(FuzzedDataProvider data) {
        // GIVEN a seed manifest with one to four field paths nulled, removed, emptied or replaced
        Documents manifest = MANIFESTS.get(data.consumeInt(0, MANIFESTS.size() - 1));
        for (int changes = data.consumeInt(1, 4); changes > 0; changes--) {
            List<Documents.Path> paths = manifest.paths();
            if (paths.isEmpty()) {
                break;
            }
            Documents.Path path = paths.get(data.consumeInt(0, paths.size() - 1));
            Documents.Path elsewhere = paths.get(data.consumeInt(0, paths.size() - 1));
            manifest = manifest.with(path, change(data, manifest.at(elsewhere)));
        }
        // WHEN read, judged, written and read back, THEN nothing but BerthException is thrown
        failOn(FullPass.run(manifest.print()));
    }

    /** What one step of the structural mutation does to the node at its path. */
    private static Function<JsonNode, JsonNode> change(FuzzedDataProvider data, JsonNode elsewhere) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (data.consumeInt(0, 8)) {
            case 0 -> Documents.Mutation.NULL::apply;
            case 1 -> Documents.Mutation.REMOVE::apply;
            case 2 -> Documents.Mutation.EMPTY::apply;
            case 3 -> node -> nodes.textNode(data.consumeString(40));
            case 4 -> node -> nodes.numberNode(data.consumeLong());
            case 5 -> node -> nodes.booleanNode(data.consumeBoolean());
            case 6 -> node -> nodes.arrayNode().add(nodes.nullNode());
            case 7 -> node -> nodes.arrayNode().add(node);
            default -> node -> elsewhere.deepCopy();
        };
    }

    /** Rethrows an exception as it was thrown, so the fuzzer saves the input and shows the stack. */
    private static void failOn(List<Failure> failures) {
        for (Failure failure : failures) {
            if (failure.error() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.error() instanceof Error e) {
                throw e;
            }
            throw new AssertionError(failure.stage() + ": " + failure.site() + ": " + failure.detail());
        }
    }

    private static List<Documents> seeds() {
        try (Stream<Path> files = Files.list(Path.of(ManifestFuzzTest.class.getResource(SEEDS).toURI()))) {
            return files.sorted().map(file -> {
                try {
                    return Documents.parse(Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
