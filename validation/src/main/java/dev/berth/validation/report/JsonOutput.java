package dev.berth.validation.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON the way every Berth report and baseline file looks: two-space indents, {@code "key": value}, {@code \n}
 * line ends on every platform, a final newline, and keys in the order the writer gives them, so that output is
 * byte-for-byte deterministic and diffs well when committed.
 *
 * <pre>{@code
 * String json = JsonOutput.write(g -> {
 *     g.writeStartObject();
 *     g.writeStringField("schema", "berth.dev/report/v1");
 *     g.writeEndObject();
 * });
 * }</pre>
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOutput() {
    }

    /**
     * Something that writes one JSON value.
     */
    @FunctionalInterface
    public interface Body {
        /**
         * @param generator where to write
         * @throws IOException when the generator fails
         */
        void write(JsonGenerator generator) throws IOException;
    }

    /**
     * @param body writes one JSON value
     * @return the text, pretty-printed, ending with a newline
     */
    public static String write(Body body) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(printer);
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }
}
