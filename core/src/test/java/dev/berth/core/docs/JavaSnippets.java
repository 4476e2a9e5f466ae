package dev.berth.core.docs;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the Java examples of a Markdown file, compiles each against the test class path and runs it, so that no
 * example in the documentation can rot.
 *
 * <p>An example is a fenced block opened with {@code ```java}, or with {@code ```java <module>} for examples that
 * need more than core's class path ({@code ```java dsl}, {@code ```java validation}: GitHub still highlights them as
 * Java, and each module's README test runs its own). Its {@code import} lines are hoisted; the rest is the
 * body of a {@code main} method. An example that throws fails its test.
 */
public final class JavaSnippets {

    /**
     * One example.
     *
     * @param source the Markdown file
     * @param line the 1-based line of the opening fence
     * @param code the example's code
     */
    public record Snippet(Path source, int line, String code) {
        @Override
        public String toString() {
            return source.getFileName() + ":" + line;
        }
    }

    private JavaSnippets() {
    }

    /**
     * @param markdown a Markdown file
     * @return its plain {@code ```java} examples, in order
     * @throws IOException when it cannot be read
     */
    public static List<Snippet> in(Path markdown) throws IOException {
        return in(markdown, "```java");
    }

    /**
     * @param markdown a Markdown file
     * @param fence the opening fence line, such as {@code ```java dsl}
     * @return the examples under that fence, in order
     * @throws IOException when it cannot be read
     */
    public static List<Snippet> in(Path markdown, String fence) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(fence)) {
                int start = i;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                snippets.add(new Snippet(markdown, start + 1, code.toString()));
            }
        }
        return snippets;
    }

    /**
     * Compiles the example as the body of a {@code main} method against the test class path, and runs it.
     *
     * @param snippet the example
     * @param workDir where its source and class go
     * @throws Exception whatever the example throws; an {@link AssertionError} when it does not compile
     */
    public static void compileAndRun(Snippet snippet, Path workDir) throws Exception {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.code().split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String className = "Snippet" + snippet.line();
        String source = imports + "public class " + className + " {\n"
                + "  public static void main(String[] args) throws Exception {\n" + body + "  }\n}\n";
        Path src = workDir.resolve(className + ".java");
        Files.writeString(src, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", classPath, "-d", workDir.toString(), "-proc:none"), null,
                    files.getJavaFileObjects(src)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder("example at " + snippet + " does not compile:\n");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    errors.append("  line ").append(d.getLineNumber() - 2).append(": ")
                            .append(d.getMessage(Locale.ROOT)).append('\n');
                }
                throw new AssertionError(errors.toString());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {workDir.toUri().toURL()},
                JavaSnippets.class.getClassLoader())) {
            loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
    }
}
