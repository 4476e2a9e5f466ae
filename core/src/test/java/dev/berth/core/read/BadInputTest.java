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
    void bytes_that_are_not_utf8_are_located_by_line_and_column() {
        // GIVEN a Latin-1 "é" (one byte, 0xE9) on the second line, after "  name: caf"
        byte[] text = concat("kind: ConfigMap\n  name: caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                "\n".getBytes(StandardCharsets.UTF_8));
        // WHEN / THEN it is located by line and column, as every other message is
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text), "latin.yaml"))
                .hasMessage("latin.yaml:2:12: the text is not valid UTF-8 here. Fix: save the file as UTF-8; it may be "
                        + "in another encoding, such as Latin-1 or Windows-1252.");
    }

    @Test
    void columns_after_multibyte_characters_count_characters_not_bytes() {
        // GIVEN valid two- and four-byte characters before a lone continuation byte on the third line
        byte[] text = concat("a: 1\r\nb: \"\u00e9\uD83D\uDE00\"\nc: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x80});
        // WHEN / THEN CR LF is one line break, and each character one column
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text), "m.yaml"))
                .hasMessageStartingWith("m.yaml:3:4: the text is not valid UTF-8 here.");
    }

    @Test
    void bad_utf16_is_located_with_the_utf16_decoder() {
        // GIVEN UTF-16LE (with its byte-order mark) holding a lone low surrogate on the second line
        byte[] text = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a: 1\nb: x".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xDC});
        // WHEN / THEN the position is counted in UTF-16 characters, not as if the bytes were UTF-8
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(text), "wide.yaml"))
                .hasMessage("wide.yaml:2:5: the text is not valid UTF-16LE here. Fix: save the file as UTF-8; it may "
                        + "be in another encoding, such as Latin-1 or Windows-1252.");
    }

    @Test
    void a_control_character_is_named_by_its_code_point_and_located() {
        // GIVEN a BEL character inside a value
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: ding\u0007\n";
        // WHEN / THEN
        assertMessage(yaml, "bell.yaml", "bell.yaml:5:10: the character U+0007 is not allowed in YAML. Fix: remove it, "
                + "or write it as the escape \\u0007 inside a double-quoted string.");
    }

    @Test
    void a_key_too_long_to_be_implicit_names_the_limit_and_the_explicit_syntax() {
        // GIVEN a key of 100,000 characters written as "key: value"
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  " + "k".repeat(100_000)
                + ": v\n";
        // WHEN / THEN the message names YAML's 1,024-character limit on implicit keys, at the key
        assertMessage(yaml, "key.yaml", "key.yaml:5:3: a key of 100000 characters: YAML allows at most 1024 "
                + "characters in a key written without '? '. Fix: shorten the key (Kubernetes keys and names have at "
                + "most 253 characters), or write it as an explicit key: '? ' and the key on one line, ': ' and the "
                + "value on the next.");
    }

    @Test
    void the_explicit_key_syntax_reads_a_long_key() {
        // GIVEN the same key written as the fix says
        String key = "k".repeat(100_000);
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ? " + key + "\n  : v\n";
        // WHEN
        var configMap = (io.fabric8.kubernetes.api.model.ConfigMap) reader.readString(yaml).objects().get(0);
        // THEN
        assertThat(configMap.getData()).containsEntry(key, "v");
    }

    @Test
    void a_long_value_after_a_short_key_is_not_taken_for_a_long_key() {
        // GIVEN a long value that holds ": ", which YAML refuses in a plain scalar
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: " + "x".repeat(2_000)
                + ": v\n";
        // WHEN / THEN the message is the general one
        assertMessage(yaml, "value.yaml", "value.yaml:5:2006: broken YAML: mapping values are not allowed here. Fix: "
                + "check the indentation of this line and quote values that contain ': '.");
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

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private void assertMessage(String yaml, String origin, String message) {
        assertThatThrownBy(() -> reader.readString(yaml, origin))
                .isInstanceOf(BerthException.class)
                .hasMessage(message);
    }
}
