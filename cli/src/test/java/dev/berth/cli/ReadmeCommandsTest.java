package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every {@code berth} example in the README's command-line section is a command line berth accepts. */
class ReadmeCommandsTest {

    private static final Path README = Path.of(System.getProperty("berth.root", ".."), "README.md");

    @Test
    void every_readme_example_parses_as_a_berth_command_line() throws IOException {
        // GIVEN the berth lines of the README's shell examples (pipes and comments cut off)
        List<String[]> examples = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            String command = line.replaceFirst("^.*\\| ", "").replaceFirst("\\s+#.*$", "").trim();
            if (command.startsWith("berth ")) {
                examples.add(Arrays.copyOfRange(command.split("\\s+"), 1, command.split("\\s+").length));
            }
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        for (String[] args : examples) {
            // WHEN picocli parses it
            // THEN it is accepted: every option and value exists
            assertThatCode(() -> Berth.commandLine(new Terminal(System.in, System.out, System.err, false, Map.of()))
                    .parseArgs(args)).as(String.join(" ", args)).doesNotThrowAnyException();
        }
    }
}
