package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file under {@code core/src/test/resources/write/}, or rewrites the file when the
 * system property {@value #UPDATE} is {@code true}:
 *
 * <pre>
 * mvn -pl core test -Dtest='dev.berth.core.write.**' -Dberth.updateGolden=true
 * </pre>
 *
 * <p>Golden files are never edited by hand: change the writer, regenerate, and review the diff.
 */
final class GoldenFiles {

    /** The system property that rewrites golden files instead of comparing with them. */
    static final String UPDATE = "berth.updateGolden";

    private GoldenFiles() {
    }

    static void assertMatches(String name, String actual) {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/write").resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            if (!Files.exists(file)) {
                fail("Golden file %s is missing. Generate it with: mvn -pl core test "
                        + "-Dtest='dev.berth.core.write.**' -D%s=true", file, UPDATE);
            }
            assertThat(actual)
                    .as("output compared with golden file %s (regenerate with -D%s=true)", file, UPDATE)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
