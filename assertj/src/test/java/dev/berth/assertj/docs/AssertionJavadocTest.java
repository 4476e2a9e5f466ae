package dev.berth.assertj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public assertion's Javadoc shows a passing and a failing example. */
class AssertionJavadocTest {

    private static final Path SOURCES = Path.of(System.getProperty("berth.root", ".."),
            "assertj/src/main/java/dev/berth/assertj");

    /** Javadoc, then a public method (not a constructor: those have no return type). */
    private static final Pattern METHOD = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public\\s+(?:static\\s+)?[\\w<>\\[\\], ]+\\s+(\\w+)\\(", Pattern.DOTALL);

    /** Parts of a fluent sentence that cannot fail on their own: they name what the next call checks. */
    private static final Set<String> BUILDERS = Set.of("from", "fromAnywhere", "to", "usingRules", "assertSoftly");

    @Test
    void every_public_assertion_has_a_passing_and_a_failing_example() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher matcher = METHOD.matcher(Files.readString(file));
                while (matcher.find()) {
                    String method = file.getFileName().toString().replace(".java", "") + "." + matcher.group(2);
                    if (BUILDERS.contains(matcher.group(2))) {
                        continue;
                    }
                    checked.add(method);
                    String doc = matcher.group(1);
                    boolean passes = doc.contains("// passes");
                    boolean fails = doc.contains("// fails") || doc.contains("// recorded");
                    if (!passes || !fails) {
                        missing.add(method);
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(50).contains("ManifestAssert.passes", "TrafficAssert.on",
                "ContainerAssert.runsAsNonRoot", "StatefulSetAssert.hasHeadlessService");
        assertThat(missing).as("assertions whose Javadoc lacks a '// passes' or a '// fails' example").isEmpty();
    }
}
