package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the quoting policy against real readers: whatever string goes in, as a key or as a value, SnakeYAML's YAML
 * 1.1 resolver and Jackson's YAMLMapper read the same {@code String} back, never a boolean, number, date or null.
 */
class QuotingTest {

    /** Strings a YAML 1.1, 1.2 or go-yaml reader would misread unquoted, and strings that must stay readable. */
    static final List<String> TRICKY = List.of(
            "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
            "true", "True", "TRUE", "false", "False", "FALSE", "yEs", "tRUE", "~", "null", "Null", "NULL", "",
            "0755", "0x1F", "0o17", "0b101", "1e3", "1E3", "1_000", "_", "__", "_1", ".5", "+1", "-1", "1.0", "1.",
            "1.0e+3", "-1.5e-3", ".inf", "-.inf", "+.INF", ".NaN", ".nan", ".NAN", "0", "-0", "+0.0", "1:20",
            "1:20:30", "1:20.5", "-1:20", "8080:80", "10:80", "190:20:30.15",
            "2024-01-01", "2024-1-1", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00", "2001-12-14t21:59:43.10-05:00",
            "=", "<<", "*", "&", "!", "%", "@", "`", "|", ">", "'", "\"", "#", "{", "[", "]", "}", ",", "?", "-",
            ":", "- x", ": x", "? x", "-x", "?x", ":x", "---", "...", "--- x", "... x", "a: b", "a #b", "a:", "a ",
            "  a", " ", "a\tb", "\t", "a\u0000b", "\u0007", "\u001b[0m", "\u007f", "\u0085", "\u2028", "\u2029",
            "\ufeff", "\u00a0", "grüße", "東京", "🚀", "a\nb", "a\nb\n", "a\nb\n\n", "\na", " a\nb", "a \nb",
            "a\n b", "a\r\nb", "\n", "\n\n", "a\n\tb", "a\n\n\nb\n", "10Gi", "500m", "nginx:1.25",
            "http://x.y/z?a=b#c", "-Xmx512m", "--flag=value", "1.2.3", "v1.10", "0.0.0.0/0", "::1", "[::1]:80",
            "{{ .Values.x }}", "${VAR}", "$VAR", "a,b", "a[0]", "a{b}", "#!/bin/sh\necho hi\n", "key=value",
            "a<<b", "<", "<<<", "a\"b", "a\\b", "\\", "\"quoted\"", "'single'", "it's", "100%", "@home",
            "!important", "&anchor", "*alias", "|pipe", ">gt", "a'b", "-", "--", "-.5", "+", ".", "..", "e3", "0x",
            "1e", "1_000.5_5", "12e03", "0.1.2");

    private static final String[] FRAGMENTS = {"y", "n", "yes", "on", "0", "1", "7", "9", ".", ":", " ", "#",
        "-", "+", "_", "e", "E", "x", "o", "b", "\n", "\t", "'", "\"", "\\", "~", "inf", "nan", "NaN", "null",
        "true", "2024-01-01", "T", "Z", "{", "}", "[", "]", ",", "!", "&", "*", "%", "@", "`", "|", ">", "?",
        "=", "<<", "é", "東", "😀", "\u0085", "\u2028", "\u00a0", "\r", "\u0001", "a", "b", "---", "..."};

    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();

    @Test
    void every_tricky_string_reads_back_as_the_same_string_as_a_value() {
        // GIVEN a ConfigMap whose values are the tricky strings
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            data.put(String.format("k%03d", i), TRICKY.get(i));
        }
        // WHEN it is written and read back by a YAML 1.1 reader and by Jackson
        String yaml = ManifestWriter.yaml().write(configMap(data, Map.of()));
        // THEN every value is the same String
        assertThat(snakeYamlData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
        assertThat(jacksonData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
    }

    @Test
    void every_tricky_string_reads_back_as_the_same_string_as_a_key() {
        // GIVEN a ConfigMap whose keys are the tricky strings
        Map<String, String> data = new LinkedHashMap<>();
        for (String key : TRICKY) {
            data.put(key, "v");
        }
        // WHEN it is written and read back
        String yaml = ManifestWriter.yaml().write(configMap(data, Map.of()));
        // THEN every key is the same String
        assertThat(snakeYamlData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
        assertThat(jacksonData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
    }

    @Test
    void tricky_label_keys_and_values_read_back_as_the_same_strings() {
        // GIVEN labels whose keys and values are tricky strings
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            labels.put(TRICKY.get(i), TRICKY.get(TRICKY.size() - 1 - i));
        }
        // WHEN they are written and read back
        String yaml = ManifestWriter.yaml().write(configMap(Map.of(), labels));
        Map<Object, Object> metadata = section(yaml, "metadata");
        // THEN they are the same strings
        assertThat(metadata.get("labels")).isEqualTo(labels);
    }

    @Test
    void random_strings_built_from_tricky_fragments_read_back_unchanged() {
        // GIVEN 3000 strings glued from fragments YAML cares about, with a fixed seed
        Random random = new Random(20240101L);
        Set<String> strings = new LinkedHashSet<>();
        while (strings.size() < 3000) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                s.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            strings.add(s.toString());
        }
        Map<String, String> data = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(strings);
        for (int i = 0; i < list.size(); i++) {
            data.put(list.get(i), list.get(list.size() - 1 - i));
        }
        // WHEN they are written as keys and values and read back
        String yaml = ManifestWriter.yaml().write(configMap(data, Map.of()));
        // THEN both readers see exactly the same strings
        assertThat(snakeYamlData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
        assertThat(jacksonData(yaml)).containsExactlyInAnyOrderEntriesOf(data);
    }

    @Test
    void go_yaml_one_letter_booleans_are_quoted_though_snakeyaml_reads_them_as_strings() {
        // GIVEN the one-letter words go-yaml v2 (kubectl) reads as booleans
        Map<String, String> data = new LinkedHashMap<>();
        for (String letter : List.of("y", "Y", "n", "N")) {
            data.put(letter, letter);
        }
        // WHEN they are written
        String yaml = ManifestWriter.yaml().write(configMap(data, Map.of()));
        // THEN they are quoted as keys and as values
        assertThat(yaml).contains("  \"y\": \"y\"\n", "  \"Y\": \"Y\"\n", "  \"n\": \"n\"\n", "  \"N\": \"N\"\n");
    }

    @Test
    void strings_nothing_can_misread_stay_unquoted() {
        // GIVEN ordinary values: quantities, images, flags, versions, URLs, non-ASCII text
        Map<String, String> data = new LinkedHashMap<>();
        List<String> plain = List.of("10Gi", "500m", "nginx:1.25", "-Xmx512m", "1.2.3", "v1.10",
                "http://x.y/z?a=b#c", "grüße", "東京", "a,b", "say \"hi\"", "8080:80", "e3", "0x");
        for (int i = 0; i < plain.size(); i++) {
            data.put("k" + i, plain.get(i));
        }
        // WHEN they are written
        String yaml = ManifestWriter.yaml().write(configMap(data, Map.of()));
        // THEN each one appears as it is, without quotes
        for (int i = 0; i < plain.size(); i++) {
            assertThat(yaml).contains("  k" + i + ": " + plain.get(i) + "\n");
        }
    }

    @Test
    void keys_too_long_for_an_implicit_yaml_key_take_the_explicit_form_and_read_back() {
        // GIVEN keys of 2000 characters holding a string, a mapping and a list, in a custom resource
        String longKey = "k".repeat(2000);
        String escapedKey = "\u0001".repeat(300);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put(longKey, "v");
        spec.put("nested", Map.of(longKey, Map.of("a", "b", "c", List.of("d")), escapedKey, List.of("e", "f")));
        var object = new io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder()
                .withApiVersion("example.com/v1").withKind("Thing").withNewMetadata().withName("t").endMetadata()
                .addToAdditionalProperties("spec", spec).build();
        // WHEN it is written and read back
        String yaml = ManifestWriter.yaml().write(object);
        // THEN both readers see the same spec
        assertThat(section(yaml, "spec")).isEqualTo(spec);
        assertThat(readSpecWithJackson(yaml)).isEqualTo(spec);
    }

    private static Object readSpecWithJackson(String yaml) {
        try {
            return YAML_MAPPER.convertValue(YAML_MAPPER.readTree(yaml).get("spec"), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ConfigMap configMap(Map<String, String> data, Map<String, String> labels) {
        return new ConfigMapBuilder().withNewMetadata().withName("q").withLabels(labels).endMetadata()
                .withData(data).build();
    }

    /** What SnakeYAML, with its default YAML 1.1 resolver, reads under {@code data}: keys and values as found. */
    private static Map<Object, Object> snakeYamlData(String yaml) {
        return section(yaml, "data");
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> section(String yaml, String key) {
        Map<String, Object> root = new Yaml().load(yaml);
        return (Map<Object, Object>) root.get(key);
    }

    /** What Jackson's YAMLMapper reads under {@code data}, kept only where it read a string. */
    private static Map<String, Object> jacksonData(String yaml) {
        try {
            JsonNode data = YAML_MAPPER.readTree(yaml).get("data");
            Map<String, Object> read = new LinkedHashMap<>();
            data.properties().forEach(e -> read.put(e.getKey(), e.getValue().isTextual()
                    ? e.getValue().textValue() : e.getValue()));
            return read;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
