package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How one string is written: plain, double-quoted or as a literal block. */
class YamlScalarsTest {

    @Test
    void words_numbers_dates_and_nulls_that_yaml_would_retype_are_double_quoted() {
        // GIVEN strings that look like other types
        // WHEN they are written as values
        // THEN each one is double-quoted
        for (String typed : new String[] {"yes", "Off", "y", "N", "TRUE", "~", "null", "0755", "0x1F", "0o17",
            "1e3", "1_000", ".5", "+1", "-1", "1.0", ".inf", "-.Inf", ".NaN", "1:20", "2024-01-01",
            "2024-01-01T10:00:00Z", "=", "<<", "_"}) {
            assertThat(value(typed)).as(typed).isEqualTo("\"" + typed + "\"\n");
        }
    }

    @Test
    void indicators_colons_comments_and_outer_spaces_are_double_quoted() {
        // GIVEN strings that would break a plain scalar
        // WHEN they are written as values
        // THEN each one is double-quoted
        for (String text : new String[] {"*a", "&a", "!a", "%a", "@a", "`a", "|a", ">a", "'a", "#a", "{a", "[a",
            "]a", "}a", ",a", "?a", ":a", "- a", "-", "---", "...", "a: b", "a #b", "a:", "a ", " a"}) {
            assertThat(value(text)).as(text).startsWith("\"");
        }
    }

    @Test
    void escapes_cover_quotes_backslashes_tabs_and_control_and_line_separator_characters() {
        // GIVEN strings with characters a double-quoted scalar must escape
        // WHEN they are written
        // THEN the escapes are the short ones where YAML has them, \\uXXXX otherwise
        assertThat(value("a\"b\\c\td")).isEqualTo("\"a\\\"b\\\\c\\td\"\n");
        assertThat(value("bell\u0007")).isEqualTo("\"bell\\u0007\"\n");
        assertThat(value("nel\u0085")).isEqualTo("\"nel\\u0085\"\n");
        assertThat(value("ls\u2028")).isEqualTo("\"ls\\u2028\"\n");
        assertThat(value("\r\n")).isEqualTo("\"\\r\\n\"\n");
        assertThat(value("")).isEqualTo("\"\"\n");
    }

    @Test
    void multi_line_text_is_a_literal_block_with_the_chomping_its_trailing_line_breaks_need() {
        // GIVEN texts ending with no, one and two line breaks
        // WHEN they are written at indentation 2
        // THEN they are blocks with |-, | and |+
        assertThat(value("a\nb")).isEqualTo("|-\n  a\n  b\n");
        assertThat(value("a\n\nb\n")).isEqualTo("|\n  a\n\n  b\n");
        assertThat(value("a\n\n")).isEqualTo("|+\n  a\n\n");
        assertThat(value("a\n  indented\n\tand tab\n")).isEqualTo("|\n  a\n    indented\n  \tand tab\n");
    }

    @Test
    void multi_line_text_a_block_cannot_keep_exactly_falls_back_to_double_quotes() {
        // GIVEN texts that start with a space or line break, or have a line with trailing spaces
        // WHEN they are written
        // THEN they are double-quoted
        assertThat(value(" a\nb")).isEqualTo("\" a\\nb\"\n");
        assertThat(value("\na")).isEqualTo("\"\\na\"\n");
        assertThat(value("a \nb")).isEqualTo("\"a \\nb\"\n");
        assertThat(value("a\r\nb")).isEqualTo("\"a\\r\\nb\"\n");
    }

    @Test
    void keys_follow_the_same_policy_and_are_never_blocks() {
        // GIVEN keys that need quotes and one that does not
        // WHEN they are written as keys
        // THEN only the ones that need it are quoted, a line break escaped
        assertThat(key("on")).isEqualTo("\"on\"");
        assertThat(key("a\nb")).isEqualTo("\"a\\nb\"");
        assertThat(key("app.kubernetes.io/name")).isEqualTo("app.kubernetes.io/name");
    }

    @Test
    void printable_non_ascii_text_is_written_as_it_is() {
        // GIVEN accented, CJK and emoji text
        // WHEN it is written
        // THEN it is plain
        assertThat(value("grüße 東京 🚀")).isEqualTo("grüße 東京 🚀\n");
    }

    private static String value(String text) {
        StringBuilder out = new StringBuilder();
        YamlScalars.appendValue(out, text, 2);
        return out.toString();
    }

    private static String key(String text) {
        StringBuilder out = new StringBuilder();
        YamlScalars.appendKey(out, text);
        return out.toString();
    }
}
