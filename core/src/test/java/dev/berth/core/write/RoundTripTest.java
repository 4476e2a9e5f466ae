package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.berth.core.Manifest;
import dev.berth.core.internal.Json;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Written YAML and JSON parse back, through Jackson and fabric8's model, to objects equal to the originals. */
class RoundTripTest {

    private static final List<HasMetadata> OBJECTS = List.of(Fixtures.namespace("shop"), Fixtures.statefulSet(),
            Fixtures.headlessService(), Fixtures.trickyConfigMap(), Fixtures.secret(), Fixtures.allowAllIngress(),
            Fixtures.certificate());

    @Test
    void every_representative_object_written_as_yaml_reads_back_equal() throws IOException {
        for (HasMetadata original : OBJECTS) {
            // GIVEN a representative object
            // WHEN it is written as YAML and read back with Jackson's YAMLMapper into its own class
            String yaml = ManifestWriter.yaml().write(original);
            HasMetadata read = readAs(new YAMLMapper().readTree(yaml), original);
            // THEN it equals the original
            assertThat(read).as("%s read back from%n%s", original.getKind(), yaml).isEqualTo(original);
        }
    }

    @Test
    void every_representative_object_written_as_json_reads_back_equal() throws IOException {
        for (HasMetadata original : OBJECTS) {
            // GIVEN a representative object
            // WHEN it is written as JSON and read back
            String json = ManifestWriter.json().write(original);
            HasMetadata read = readAs(new ObjectMapper().readTree(json), original);
            // THEN it equals the original
            assertThat(read).as("%s read back from%n%s", original.getKind(), json).isEqualTo(original);
        }
    }

    @Test
    void a_multi_document_manifest_reads_back_as_the_same_objects_in_apply_order() throws IOException {
        // GIVEN a manifest of every representative object
        Manifest manifest = Manifest.of(OBJECTS);
        // WHEN it is written as YAML and each document is read back
        String yaml = ManifestWriter.yaml().write(manifest);
        List<HasMetadata> expected = ApplyOrder.sort(OBJECTS);
        List<HasMetadata> read = new ArrayList<>();
        try (var parser = new YAMLMapper().createParser(yaml)) {
            var documents = new YAMLMapper().readValues(parser, JsonNode.class);
            while (documents.hasNext()) {
                read.add(readAs(documents.next(), expected.get(read.size())));
            }
        }
        // THEN the documents are the objects, in apply order
        assertThat(read).containsExactlyElementsOf(expected);
    }

    private static HasMetadata readAs(JsonNode node, HasMetadata like) throws IOException {
        return Json.mapper().treeToValue(node, like.getClass());
    }
}
