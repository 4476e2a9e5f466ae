package dev.berth.validation.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.berth.core.BerthException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Reads a configuration file into a small tree whose every node knows its line and column, so that each message
 * points at the value to change. Jackson's tree model forgets positions, its streaming parser does not.
 */
final class ConfigYaml {

    private static final YAMLFactory YAML = new YAMLFactory();

    private ConfigYaml() {
    }

    /** A value as written: a String, Boolean, Number, null, a {@link Sequence} or a {@link Mapping}. */
    record Node(Object value, int line, int column) {

        /** @return what the value is, in words, for "expected X, found Y" */
        String describe() {
            if (value == null) {
                return "nothing";
            }
            if (value instanceof String text) {
                return "\"" + text + "\"";
            }
            if (value instanceof Mapping) {
                return "a mapping";
            }
            return value instanceof Sequence ? "a list" : String.valueOf(value);
        }

        boolean isScalar() {
            return !(value instanceof Mapping) && !(value instanceof Sequence);
        }
    }

    /** A key and its value, in the order written. */
    record Entry(String key, Node at, Node value) {
    }

    /** A list as written. */
    static final class Sequence extends ArrayList<Node> {
        private static final long serialVersionUID = 1L;
    }

    /** A mapping's entries as written, in order. */
    static final class Mapping extends ArrayList<Entry> {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param file a YAML file
     * @return its single document, or a null-valued node when the file is empty
     * @throws BerthException when it cannot be read or is not YAML
     */
    static Node read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node(null, 1, 1);
            }
            return node(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw BerthException.problem("not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""))
                    .origin(file.toString()).at(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr())
                    .fix("correct the YAML; the keys are listed in the README's \"Configuration file\" section.")
                    .build(e);
        } catch (IOException e) {
            throw BerthException.problem("cannot read the configuration file: " + e.getMessage())
                    .origin(file.toString()).fix("check the path given to --config, and that the file is readable.")
                    .build(e);
        }
    }

    private static Node node(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Mapping entries = new Mapping();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    entries.add(new Entry(key, new Node(key, keyAt.getLineNr(), keyAt.getColumnNr()), node(parser)));
                }
                yield new Node(entries, line, column);
            }
            case START_ARRAY -> {
                Sequence items = new Sequence();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser));
                }
                yield new Node(items, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> new Node(parser.getBooleanValue(), line, column);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node(parser.getNumberValue(), line, column);
            case VALUE_NULL -> new Node(null, line, column);
            default -> new Node(parser.getText(), line, column);
        };
    }
}
