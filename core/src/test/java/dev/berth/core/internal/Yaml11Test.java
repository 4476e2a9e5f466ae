package dev.berth.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Yaml11's shortcuts (words, plain decimal integers) give the types SnakeYAML's YAML 1.1 resolver gives. */
class Yaml11Test {

    private static final Resolver RESOLVER = new Resolver();
    private static final Set<String> ONE_LETTER_BOOLEANS = Set.of("y", "Y", "n", "N");
    /** What plain scalars start with and contain (never a space first: YAML reads no such plain scalar). */
    private static final String ALPHABET = "019_-+.:eExXbByYnNtTfFoOlLrRuUsSaA~<=";

    /** What the resolver says, with the one-letter booleans kubectl's YAML library adds. */
    private static Yaml11.Type resolved(String plain) {
        if (ONE_LETTER_BOOLEANS.contains(plain)) {
            return Yaml11.Type.BOOLEAN;
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, plain, true);
        if (Tag.BOOL.equals(tag)) {
            return Yaml11.Type.BOOLEAN;
        }
        if (Tag.INT.equals(tag)) {
            return Yaml11.Type.INTEGER;
        }
        if (Tag.FLOAT.equals(tag)) {
            return plain.replace("_", "").isEmpty() ? Yaml11.Type.STRING : Yaml11.Type.FLOAT;
        }
        if (Tag.NULL.equals(tag)) {
            return Yaml11.Type.NULL;
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Yaml11.Type.TIMESTAMP;
        }
        return Tag.MERGE.equals(tag) ? Yaml11.Type.MERGE : Yaml11.Type.STRING;
    }

    @Test
    void every_scalar_of_up_to_three_characters_is_typed_as_the_resolver_types_it() {
        // GIVEN every string of one to three characters over digits, signs, separators and the letters of words
        List<String> scalars = new ArrayList<>();
        for (char a : ALPHABET.toCharArray()) {
            scalars.add("" + a);
            for (char b : ALPHABET.toCharArray()) {
                scalars.add("" + a + b);
                for (char c : ALPHABET.toCharArray()) {
                    scalars.add("" + a + b + c);
                }
            }
        }
        // WHEN / THEN
        for (String plain : scalars) {
            assertThat(Yaml11.typeOf(plain)).as("\"%s\"", plain).isEqualTo(resolved(plain));
        }
    }

    @Test
    void words_and_numbers_near_the_shortcuts_edges_are_typed_as_the_resolver_types_them() {
        // GIVEN words of five and six letters, leading zeros, and integers around the resolver's 1,024-character limit
        List<String> scalars = List.of("false", "FALSE", "False", "fAlse", "falsey", "offset", "nulls", "Null",
                "yes", "YES", "yEs", "on", "oN", "0", "00", "07", "08", "0755", "1000", "1_000", "5432", "2024",
                "2024-01-01", "9".repeat(1024), "9".repeat(1025), "10".repeat(512));
        // WHEN / THEN
        for (String plain : scalars) {
            assertThat(Yaml11.typeOf(plain)).as("\"%s\"", plain).isEqualTo(resolved(plain));
        }
    }
}
