package dev.berth.core.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a jar at test time from Java sources and resources, compiled against the test class path: what a plug-in
 * (a rule pack) built by someone else looks like, with classes that are not on the class path of the test.
 *
 * <pre>{@code
 * Path jar = TestJars.build(dir, "acme-rules.jar",
 *         Map.of("com/acme/AcmePack.java", "package com.acme; public final class AcmePack ... "),
 *         Map.of("META-INF/services/dev.berth.validation.RulePack", "com.acme.AcmePack\n"));
 * }</pre>
 */
public final class TestJars {

    private TestJars() {
    }

    /**
     * @param dir a scratch folder; the jar is written in it, its sources and classes under a folder of its name
     * @param name the jar's file name, such as {@code acme-rules.jar}
     * @param sources Java sources by path ({@code com/acme/AcmePack.java})
     * @param resources other entries by path ({@code META-INF/services/...}), as UTF-8 text
     * @return the jar
     * @throws AssertionError when the sources do not compile, with the compiler's messages
     * @throws IOException when a file cannot be written
     */
    public static Path build(Path dir, String name, Map<String, String> sources, Map<String, String> resources)
            throws IOException {
        Path work = dir.resolve(name + ".build");
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            files.add(file);
        }
        if (!files.isEmpty()) {
            compile(name, files, classes);
        }
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> compiled = Files.walk(classes)) {
            for (Path path : compiled.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
            for (Map.Entry<String, String> resource : new TreeMap<>(resources).entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void compile(String name, List<Path> files, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, manager, diagnostics, List.of("-classpath", classPath, "-d",
                    classes.toString(), "-proc:none"), null, manager.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder(name + " does not compile:\n");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    errors.append("  ").append(d.getSource() == null ? "" : d.getSource().getName()).append(':')
                            .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
                }
                throw new AssertionError(errors.toString());
            }
        }
    }
}
