package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through of one sample is what the code does: its {@code ```java samples} block is the sample's
 * source file, each YAML excerpt is in the sample's golden output, and the table is what the render job prints.
 * (Core's and the DSL's README runners compile {@code ```java} and {@code ```java dsl} fences; this one is the
 * compiled class itself, so it is compared, not compiled again.)
 */
class ReadmeSamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("berth.root", ".."));
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static List<String> section;

    @TempDir
    Path out;

    @BeforeAll
    static void readTheWalkThrough() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int start = lines.indexOf("### One sample, end to end");
        int end = lines.indexOf("## Modules");
        assertThat(start).as("the README's walk-through heading").isPositive().isLessThan(end);
        section = lines.subList(start, end);
    }

    @Test
    void the_java_block_is_the_sample_source_file() throws Exception {
        List<String> blocks = blocks("```java samples");
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0)).isEqualTo(Files.readString(
                MODULE.resolve("src/main/java/dev/berth/samples/ssr/SsrWithUserData.java")));
    }

    @Test
    void every_yaml_excerpt_is_in_the_sample_golden_output() throws Exception {
        String golden = Files.readString(MODULE.resolve("src/test/resources/golden/ssr-user-data.yaml"));
        List<String> blocks = blocks("```yaml");
        assertThat(blocks).hasSize(3);
        assertThat(blocks).allSatisfy(b -> assertThat(golden).contains(b));
    }

    @Test
    void the_table_is_what_the_render_job_prints() {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int code = Render.run(new String[] {out.toString()}, new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String printed = table.toString(StandardCharsets.UTF_8).replace(out.toString(), "samples/out");
        assertThat(blocks("```text")).containsExactly(printed);
    }

    private static List<String> blocks(String fence) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).equals(fence)) {
                StringBuilder block = new StringBuilder();
                for (i++; !section.get(i).equals("```"); i++) {
                    block.append(section.get(i)).append('\n');
                }
                blocks.add(block.toString());
            }
        }
        return blocks;
    }
}
