package dev.berth.core.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.source.AmbiguousScalar;
import dev.berth.core.write.JsonStyle;
import dev.berth.core.write.ManifestWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost: every file of the shared corpus, read, written and read again, gives equal objects, in YAML and in
 * JSON; and writing is deterministic and stable.
 */
class CorpusRoundTripTest {

    private static final Path CORPUS = Path.of(System.getProperty("berth.shared", "../../shared"), "corpus");
    private final ManifestReader reader = new ManifestReader();

    static Stream<Path> corpus() throws IOException {
        return ManifestReader.manifestFiles(CORPUS).stream();
    }

    @Test
    void the_corpus_is_there_and_holds_every_file_of_its_index() {
        assertThat(ManifestReader.manifestFiles(CORPUS)).hasSize(38);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reading_writing_yaml_and_reading_again_gives_equal_objects(Path file) {
        // GIVEN a real manifest
        Manifest original = reader.read(file);
        // WHEN it is written without reordering and read back
        String yaml = ManifestWriter.yaml().withApplyOrder(false).write(original);
        Manifest again = reader.readString(yaml, file.getFileName().toString());
        // THEN the objects are equal, one for one
        assertThat(again.objects()).isEqualTo(original.objects());
        assertThat(ambiguities(again)).isEqualTo(ambiguities(original));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void reading_writing_json_and_reading_again_gives_equal_objects(Path file) {
        Manifest original = reader.read(file);
        String json = ManifestWriter.json().withJsonStyle(JsonStyle.ARRAY).withApplyOrder(false).write(original);
        assertThat(reader.readString(json).objects()).isEqualTo(original.objects());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writing_is_deterministic_and_stable(Path file) {
        // GIVEN a manifest written once
        ManifestWriter writer = ManifestWriter.yaml();
        Manifest original = reader.read(file);
        String first = writer.write(original);
        // WHEN it is written again, and its own output is read and written
        String second = writer.write(original);
        String third = writer.write(reader.readString(first));
        // THEN the bytes are the same every time
        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void the_whole_corpus_in_one_file_round_trips() {
        Manifest all = reader.read(CORPUS);
        String yaml = ManifestWriter.yaml().withApplyOrder(false).write(all);
        assertThat(reader.readString(yaml).objects()).isEqualTo(all.objects());
        assertThat(all.size()).isEqualTo(66);
    }

    private static List<String> ambiguities(Manifest manifest) {
        return manifest.stream().map(manifest::sourceOf)
                .flatMap(source -> source.orElseThrow().ambiguousScalars().stream())
                .map(AmbiguousScalar::describe).toList();
    }
}
