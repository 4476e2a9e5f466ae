package dev.berth.dsl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every DSL example in the README ({@code ```java dsl} fences) compiles against the DSL and runs. */
class ReadmeDslExamplesTest {

    private static final Path README = Path.of(System.getProperty("berth.root", ".."), "README.md");

    @TempDir
    Path work;

    @Test
    void the_readme_has_dsl_examples() throws Exception {
        assertThat(JavaSnippets.in(README)).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_readme_dsl_example_compiles_and_runs() throws Exception {
        List<JavaSnippets.Snippet> snippets = JavaSnippets.in(README);
        return snippets.stream().map(snippet -> DynamicTest.dynamicTest(snippet.toString(),
                () -> JavaSnippets.compileAndRun(snippet, work)));
    }
}
