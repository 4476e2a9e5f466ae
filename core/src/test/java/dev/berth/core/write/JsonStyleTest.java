package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.core.Manifest;
import org.junit.jupiter.api.Test;

/** A JSON manifest is one object, an array or a List, pretty-printed with two spaces and a final line break. */
class JsonStyleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void one_object_in_object_style_prints_as_the_object_itself() throws Exception {
        // GIVEN a manifest of one Namespace
        Manifest manifest = Manifest.of(Fixtures.namespace("shop"));
        // WHEN written as JSON with the default style
        String json = ManifestWriter.json().write(manifest);
        // THEN it is the bare object, indented by two spaces, ending with a line break
        assertThat(json).isEqualTo("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Namespace\",\n"
                + "  \"metadata\": {\n    \"name\": \"shop\"\n  }\n}\n");
        assertThat(MAPPER.readTree(json).get("kind").textValue()).isEqualTo("Namespace");
    }

    @Test
    void several_objects_in_object_style_print_as_a_list_like_kubectl() throws Exception {
        // GIVEN two objects
        Manifest manifest = Manifest.of(Fixtures.namespace("shop"), Fixtures.secret());
        // WHEN written as JSON with the default style
        JsonNode read = MAPPER.readTree(ManifestWriter.json().write(manifest));
        // THEN it is a v1 List of both
        assertThat(read.get("kind").textValue()).isEqualTo("List");
        assertThat(read.get("items")).hasSize(2);
    }

    @Test
    void array_style_prints_a_json_array_even_for_one_object_or_none() throws Exception {
        // GIVEN manifests of two objects, one object and none
        ManifestWriter writer = ManifestWriter.json().withJsonStyle(JsonStyle.ARRAY);
        // WHEN each is written in array style
        JsonNode two = MAPPER.readTree(writer.write(Manifest.of(Fixtures.namespace("a"), Fixtures.namespace("b"))));
        JsonNode one = MAPPER.readTree(writer.write(Manifest.of(Fixtures.namespace("a"))));
        String none = writer.write(Manifest.empty());
        // THEN each is an array
        assertThat(two.isArray()).isTrue();
        assertThat(two).hasSize(2);
        assertThat(one.isArray()).isTrue();
        assertThat(one.get(0).get("metadata").get("name").textValue()).isEqualTo("a");
        assertThat(none).isEqualTo("[]\n");
    }

    @Test
    void list_style_prints_apiversion_kind_and_items_even_for_one_object() throws Exception {
        // GIVEN a manifest of one object
        ManifestWriter writer = ManifestWriter.json().withJsonStyle(JsonStyle.LIST);
        // WHEN written in list style
        String json = writer.write(Manifest.of(Fixtures.namespace("a")));
        // THEN it is a List holding it, with items indented under the list
        assertThat(json).startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n    {\n");
        assertThat(json).endsWith("    }\n  ]\n}\n");
        assertThat(MAPPER.readTree(json).get("items")).hasSize(1);
        assertThat(writer.write(Manifest.empty())).isEqualTo(
                "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": []\n}\n");
    }

    @Test
    void json_strings_escape_quotes_backslashes_and_control_characters_and_keep_unicode() throws Exception {
        // GIVEN a ConfigMap with a script, quotes, a control character and non-ASCII text
        String json = ManifestWriter.json().write(Fixtures.trickyConfigMap());
        // WHEN it is read back
        JsonNode data = MAPPER.readTree(json).get("data");
        // THEN every value is intact and non-ASCII text is written as it is
        assertThat(data.get("script.sh").textValue()).isEqualTo(Fixtures.SCRIPT);
        assertThat(data.get("quotes").textValue()).isEqualTo("say \"hi\" and 'bye'");
        assertThat(data.get("tab").textValue()).isEqualTo("a\tb");
        assertThat(json).contains("\"grüße, 東京 🚀\"");
    }

    @Test
    void a_single_object_written_alone_is_the_bare_object_in_every_style() {
        // GIVEN a writer in list style
        ManifestWriter writer = ManifestWriter.json().withJsonStyle(JsonStyle.LIST);
        // WHEN one object is written through write(HasMetadata)
        String json = writer.write(Fixtures.namespace("shop"));
        // THEN it is the object itself
        assertThat(json).startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Namespace\"");
    }
}
