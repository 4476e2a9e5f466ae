package dev.berth.dsl.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SeedCasesTest {

    @Test
    void each_seed_case_is_at_most_25_lines_of_dsl() throws Exception {
        // GIVEN the source of the seed cases
        List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/berth/dsl/cases/SeedCases.java"));
        Pattern start = Pattern.compile("    public static Application (\\w+)\\(\\) \\{");
        int cases = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = start.matcher(lines.get(i));
            if (m.matches()) {
                // WHEN a case's body is measured
                int end = i + 1;
                while (!lines.get(end).equals("    }")) {
                    end++;
                }
                // THEN it is at most 25 lines
                assertThat(end - i - 1).as(m.group(1)).isLessThanOrEqualTo(25);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(SeedCases.all().size());
    }
}
