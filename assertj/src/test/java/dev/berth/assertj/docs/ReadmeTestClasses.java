package dev.berth.assertj.docs;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the test classes of a Markdown file, fenced with {@code ```java assertj} (core's README test runs the plain
 * {@code ```java} fences, the DSL's the {@code ```java dsl} ones), and compiles each as it stands: a whole compilation
 * unit in the default package, against the test class path.
 */
final class ReadmeTestClasses {

    /** The fence of test-class examples: GitHub still highlights them as Java. */
    static final String FENCE = "```java assertj";

    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^(?:public\\s+)?class\\s+(\\w+)");

    /**
     * One example.
     *
     * @param source the Markdown file
     * @param line the 1-based line of the opening fence
     * @param code the example's code
     * @param after the lines after the closing fence, for the prose and failure text that follow it
     */
    record Example(Path source, int line, String code, List<String> after) {
        @Override
        public String toString() {
            return source.getFileName() + ":" + line;
        }

        String className() {
            Matcher matcher = CLASS_NAME.matcher(code);
            if (!matcher.find()) {
                throw new AssertionError("example at " + this + " declares no top-level class");
            }
            return matcher.group(1);
        }
    }

    private ReadmeTestClasses() {
    }

    static List<Example> in(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(FENCE)) {
                int start = i;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                examples.add(new Example(markdown, start + 1, code.toString(),
                        lines.subList(Math.min(i + 1, lines.size()), lines.size())));
            }
        }
        return examples;
    }

    /** Compiles the example into {@code workDir} and loads its class, with the test class path as parent. */
    static Class<?> compile(Example example, Path workDir) throws Exception {
        String className = example.className();
        Path src = workDir.resolve(className + ".java");
        Files.writeString(src, example.code());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", classPath, "-d", workDir.toString(), "-proc:none"), null,
                    files.getJavaFileObjects(src)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder("example at " + example + " does not compile:\n");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    errors.append("  line ").append(example.line() + d.getLineNumber()).append(": ")
                            .append(d.getMessage(Locale.ROOT)).append('\n');
                }
                throw new AssertionError(errors.toString());
            }
        }
        // Left open on purpose: JUnit loads the test class's nested and extension classes lazily during the run.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] {workDir.toUri().toURL()},
                ReadmeTestClasses.class.getClassLoader());
        return loader.loadClass(className);
    }
}
