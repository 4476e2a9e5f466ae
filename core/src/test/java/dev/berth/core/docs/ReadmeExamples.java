package dev.berth.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples under one fence compile against the module's test class path and run: a module's README test
 * extends this class and names its fence.
 *
 * <pre>{@code
 * class ReadmeDslExamplesTest extends ReadmeExamples {
 *     ReadmeDslExamplesTest() {
 *         super("```java dsl");
 *     }
 * }
 * }</pre>
 */
public abstract class ReadmeExamples {

    private static final Path README = Path.of(System.getProperty("berth.root", ".."), "README.md");

    private final String fence;

    @TempDir
    Path work;

    /**
     * @param fence the opening fence line of the examples this test runs, such as {@code ```java dsl}
     */
    protected ReadmeExamples(String fence) {
        this.fence = fence;
    }

    @Test
    void the_readme_has_examples_under_the_fence() throws Exception {
        assertThat(JavaSnippets.in(README, fence)).as("examples under %s in %s", fence, README).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_example_under_the_fence_compiles_and_runs() throws Exception {
        return JavaSnippets.in(README, fence).stream().map(snippet -> DynamicTest.dynamicTest(snippet.toString(),
                () -> JavaSnippets.compileAndRun(snippet, work)));
    }
}
