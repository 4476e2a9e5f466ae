package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams and files receive exactly the text {@code write(Manifest)} returns. */
class StreamOutputTest {

    @TempDir
    Path dir;

    private final Manifest manifest = Manifest.of(Fixtures.statefulSet(), Fixtures.trickyConfigMap(),
            Fixtures.namespace("shop"));

    @Test
    void documents_are_separated_by_a_marker_line_with_none_before_the_first() {
        // GIVEN three objects
        // WHEN they are written as YAML
        String yaml = ManifestWriter.yaml().write(manifest);
        // THEN the first document starts at once and each other one follows a --- line
        assertThat(yaml).startsWith("apiVersion: v1\nkind: Namespace\n");
        assertThat(yaml.split("\n---\n", -1)).hasSize(3);
        assertThat(yaml).endsWith("\n");
        assertThat(ManifestWriter.yaml().write(Manifest.empty())).isEmpty();
    }

    @Test
    void a_writer_and_an_output_stream_receive_the_same_text_in_utf_8() {
        // GIVEN a writer and a byte stream
        StringWriter chars = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // WHEN the manifest is written to both
        ManifestWriter.yaml().write(manifest, chars);
        ManifestWriter.yaml().write(manifest, bytes);
        // THEN both hold the same text as write(Manifest)
        String expected = ManifestWriter.yaml().write(manifest);
        assertThat(chars.toString()).isEqualTo(expected);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void a_large_manifest_streams_in_chunks_with_the_same_text() {
        // GIVEN a manifest far larger than one chunk
        List<io.fabric8.kubernetes.api.model.HasMetadata> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(Fixtures.namespace("ns-" + i));
            many.add(Fixtures.statefulSet());
        }
        Manifest large = Manifest.of(many);
        StringWriter chars = new StringWriter();
        // WHEN it is written as JSON to a stream
        ManifestWriter.json().write(large, chars);
        // THEN the stream holds the same text as the string form
        assertThat(chars.toString()).isEqualTo(ManifestWriter.json().write(large));
    }

    @Test
    void a_file_is_written_in_utf_8_with_its_parent_folders_created() throws IOException {
        // GIVEN a path in folders that do not exist yet
        Path file = dir.resolve("out/k8s/all.yaml");
        // WHEN the manifest is written to it
        ManifestWriter.yaml().writeFile(manifest, file);
        // THEN the file holds the text
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ManifestWriter.yaml().write(manifest));
    }

    @Test
    void writers_are_values_whose_options_read_back() {
        // GIVEN a writer with every option changed
        ManifestWriter writer = ManifestWriter.yaml().withFormat(Format.JSON).withJsonStyle(JsonStyle.ARRAY)
                .withKeyOrder(KeyOrder.ALPHABETICAL).withApplyOrder(false).withStatus(true);
        // WHEN its options are read
        // THEN they are the ones set, the defaults are untouched, and equal options make equal writers
        assertThat(writer.format()).isEqualTo(Format.JSON);
        assertThat(writer.jsonStyle()).isEqualTo(JsonStyle.ARRAY);
        assertThat(writer.keyOrder()).isEqualTo(KeyOrder.ALPHABETICAL);
        assertThat(writer.applyOrder()).isFalse();
        assertThat(writer.includesStatus()).isTrue();
        assertThat(ManifestWriter.yaml().applyOrder()).isTrue();
        assertThat(ManifestWriter.json()).isEqualTo(ManifestWriter.yaml().withFormat(Format.JSON));
    }
}
