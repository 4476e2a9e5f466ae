package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gives one {@link BerthException} whose message names the place, the problem and the fix, and
 * never a stack trace.
 */
class BadInputTest {

    private final ManifestReader reader = new ManifestReader();

    @Test
    void broken_yaml_names_the_line_and_suggests_checking_indentation() {
        // GIVEN a label line indented one space too little
        String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n labels: x\n";
        // WHEN / THEN
        assertMessage(yaml, "broken.yaml", "broken.yaml:5:2: broken YAML: expected <block end>, but found "
                + "'<block mapping start>' (while parsing a block mapping). "
                + "Fix: check the indentation and quoting around this line.");
    }

    @Test
    void an_unclosed_quote_asks_to_close_it() {
        assertMessage("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"unclosed\n", "quote.yaml",
                "quote.yaml:5:1: broken YAML: found unexpected end of stream (while scanning a quoted scalar). "
                        + "Fix: close every quote, bracket and brace that is opened.");
    }

    @Test
    void a_tab_used_for_indentation_is_named() {
        assertMessage("apiVersion: v1\nkind: Service\nmetadata:\n\tname: db\n", "tab.yaml",
                "tab.yaml:4:1: broken YAML: found character '\\t(TAB)' that cannot start any token. (Do not use "
                        + "\\t(TAB) for indentation) (while scanning for the next token). "
                        + "Fix: indent with spaces; YAML does not allow tabs for indentation.");
    }

    @Test
    void an_alias_bomb_is_stopped_before_it_expands() {
        // GIVEN the classic "billion laughs": ten levels of nine aliases each
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n"
                + "  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char level = 'b'; level <= 'j'; level++) {
            bomb.append("  ").append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = level;
        }
        // WHEN / THEN
        assertMessage(bomb.toString(), "bomb.yaml", "bomb.yaml:9:10: data.e[0]: aliases expand to more than 10000 "
                + "nodes in one document (an alias bomb). Fix: write the values out instead of nesting aliases, "
                + "or raise ReadLimits.maxAliasExpansion for input you trust.");
    }

    @Test
    void too_many_aliases_are_refused_under_a_lower_limit() {
        ManifestReader strict = new ManifestReader(ReadLimits.defaults().withMaxAliases(1));
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: &x v\n  b: *x\n  c: *x\n";
        assertThatThrownBy(() -> strict.readString(yaml, "aliases.yaml"))
                .hasMessage("aliases.yaml:7:6: data.c: more than 1 aliases in one document. Fix: write the values "
                        + "out instead of using aliases, or raise ReadLimits.maxAliases for input you trust.");
    }

    @Test
    void twenty_thousand_levels_of_flow_nesting_are_refused() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: "
                + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        assertMessage(yaml, "deep.yaml", "deep.yaml:4:206: nesting deeper than 200 levels. Fix: flatten the "
                + "document; no Kubernetes object nests this deeply. Raise ReadLimits.maxDepth for input you trust.");
    }

    @Test
    void twenty_thousand_levels_of_nested_mappings_are_refused() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\nx: "
                + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n";
        assertThatThrownBy(() -> reader.readString(yaml, "deep.yaml"))
                .isInstanceOf(BerthException.class)
                .hasMessageStartingWith("deep.yaml:4:")
                .hasMessageContaining("nesting deeper than 200 levels");
    }

    @Test
    void a_duplicate_key_names_both_lines() {
        String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  labels:\n    app: db\n"
                + "    tier: data\n    app: web\n";
        assertMessage(yaml, "dup.yaml", "dup.yaml:8:5: metadata.labels.app: duplicate key \"app\" (first at line 6)."
                + " Fix: remove one of the two entries: YAML keeps only the last one, so the other is silently lost.");
    }

    @Test
    void a_document_without_kind_asks_for_one() {
        assertMessage("apiVersion: v1\nmetadata:\n  name: db\n", "nokind.yaml",
                "nokind.yaml:1:1: the object has no kind. Fix: add a line such as kind: Deployment.");
    }

    @Test
    void a_document_without_api_version_asks_for_one() {
        assertMessage("kind: Service\nmetadata:\n  name: db\n", "noapi.yaml",
                "noapi.yaml:1:1: the object has no apiVersion. Fix: add a line such as apiVersion: apps/v1.");
    }

    @Test
    void replicas_written_as_a_word_names_the_field_and_the_expected_type() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: \"three\"\n";
        assertMessage(yaml, "web.yaml", "web.yaml:6:3: spec.replicas: expected a whole number, found the text "
                + "\"three\". Fix: write a whole number, e.g. replicas: 3.");
    }

    @Test
    void a_quoted_number_is_refused_as_the_api_server_would() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: \"3\"\n";
        assertMessage(yaml, "web.yaml", "web.yaml:6:3: spec.replicas: expected a whole number, found the text "
                + "\"3\". Fix: write the number without quotes: replicas: 3.");
    }

    @Test
    void a_binary_file_is_refused_without_decoding_it() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(png), "logo.png"))
                .isInstanceOf(BerthException.class)
                .hasMessage("logo.png: not a text file: found a NUL byte at offset 8. Fix: give a YAML or JSON "
                        + "manifest; binary files such as images or archives cannot be read.");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_with_their_offset() {
        byte[] text = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text), "latin.yaml"))
                .hasMessage("latin.yaml: not a text file: not valid UTF-8 at byte offset 3. Fix: give a YAML or JSON "
                        + "manifest; binary files such as images or archives cannot be read.");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> reader.read(Path.of("no/such/file.yaml")))
                .hasMessage("no/such/file.yaml: no such file or folder. "
                        + "Fix: check the path; give a manifest file or a folder of them.");
    }

    @Test
    void a_document_that_is_a_single_value_is_refused() {
        assertMessage("just some text\n", "text.yaml", "text.yaml:1:1: expected a Kubernetes object (a mapping with "
                + "apiVersion and kind), found a single value. Fix: start the document with apiVersion: and kind: "
                + "lines.");
    }

    @Test
    void an_oversized_document_is_refused() {
        ManifestReader small = new ManifestReader(ReadLimits.defaults().withMaxDocumentChars(100));
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  a: " + "x".repeat(200) + "\n";
        assertThatThrownBy(() -> small.readString(yaml, "big.yaml"))
                .hasMessage("big.yaml: a document is larger than 100 characters. Fix: split the document, or raise "
                        + "ReadLimits.maxDocumentChars for input you trust.");
    }

    @Test
    void no_message_carries_a_stack_trace() {
        assertThatThrownBy(() -> reader.readString("a: [", "x.yaml"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("at org.")
                        .doesNotContain("Exception"));
    }

    @Test
    void a_lenient_read_reports_the_bad_file_and_reads_the_good_one(@TempDir Path dir) throws Exception {
        // GIVEN a good file and a broken one in one folder
        Files.writeString(dir.resolve("a-good.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: db}\n");
        Files.writeString(dir.resolve("b-bad.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {name: [\n");
        // WHEN
        ReadResult result = reader.readAll(List.of(dir));
        // THEN
        assertThat(result.manifest().size()).isEqualTo(1);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.origin()).contains(dir.resolve("b-bad.yaml").toString()));
    }

    @Test
    void one_bad_document_does_not_hide_the_next_one() {
        String yaml = "apiVersion: v1\nkind: Service\n---\nkind: Service\nmetadata: {name: x}\n---\n"
                + "apiVersion: v1\nkind: Service\nmetadata: {name: ok}\n";
        ReadResult result = reader.readAll(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml");
        assertThat(result.manifest().size()).isEqualTo(2);
        assertThat(result.problems()).extracting(BerthException::getMessage)
                .containsExactly("m.yaml:4:1: the object has no apiVersion. Fix: add a line such as apiVersion: "
                        + "apps/v1.");
    }

    private void assertMessage(String yaml, String origin, String message) {
        assertThatThrownBy(() -> reader.readString(yaml, origin))
                .isInstanceOf(BerthException.class)
                .hasMessage(message);
    }
}
