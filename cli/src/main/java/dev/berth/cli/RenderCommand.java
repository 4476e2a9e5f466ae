package dev.berth.cli;

import dev.berth.core.BerthException;
import dev.berth.core.BuiltApplication;
import dev.berth.core.Manifest;
import dev.berth.core.text.Patterns;
import dev.berth.core.write.ManifestWriter;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.TextReport;
import dev.berth.validation.Validator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code berth render}: builds applications described in Java (with Berth's DSL or with fabric8 builders), writes
 * their manifests, and judges them with Berth's rules.
 *
 * <pre>{@code
 * berth render --classpath target/classes:target/lib/* --output k8s/ --format folder com.acme.infra.Shop
 * }</pre>
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render applications described in Java to manifests, and judge them with Berth's rules.",
            "CLASS has a public constructor without arguments and a public manifest() method that returns a "
                + "dev.berth.core.Manifest (every sample of Berth's samples module has), or implements "
                + "java.util.function.Supplier<Manifest>. Its name(), when it has one, names the output; else its "
                + "class's simple name does. Findings go to standard error, the manifests to standard output or "
                + "--output."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  berth render --classpath target/classes:target/lib/* com.acme.infra.Shop > shop.yaml",
            "  berth render --classpath build/infra.jar --output k8s/ --format folder com.acme.infra.Shop",
            "  berth render --classpath samples/target/classes:dsl/target/classes --output out/ \\",
            "      dev.berth.samples.ssr.SsrWithUserData dev.berth.samples.cassandra.CassandraRing"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:rendered, nothing at or above --fail-on",
            "1:rendered, findings at or above --fail-on",
            "2:a class that cannot be loaded or built, or usage"})
final class RenderCommand implements Callable<Integer> {

    private static final Pattern PATH_SEPARATOR = Patterns.compile(Pattern.quote(File.pathSeparator));

    /** The outputs {@code --format} takes. */
    enum Format { yaml, json, folder }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CLASS", arity = "1..*", description = "The applications' classes, by their full names.")
    private List<String> classes;

    @Option(names = {"-cp", "--classpath"}, paramLabel = "PATH",
            description = "Where the classes and what they use are: folders and jars, separated by the platform's "
                    + "path separator (':' on Linux and macOS); 'dir/*' takes every jar in dir. Default: Berth's own "
                    + "class path.")
    private String classpath;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each application to DIR: <name>.yaml, <name>.json, or a folder <name>/ with a "
                    + "kustomization.yaml. Default: all of them to standard output.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml (multi-document, the default), json, or folder (needs --output).")
    private Format format;

    @Option(names = "--rules", paramLabel = "SET", defaultValue = RuleSets.RECOMMENDED,
            description = "The rule set that judges them: recommended (the default), strict, pod-security-baseline, "
                    + "pod-security-restricted, all.")
    private String rules;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            description = "Exit with 1 when a finding is at or above this severity: high, medium, low (the default), "
                    + "info, never.")
    private LintCommand.FailOn failOn;

    @Override
    public Integer call() {
        if (format == Format.folder && output == null) {
            throw new ParameterException(spec.commandLine(), "--format folder writes folders: give --output DIR");
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSets.named(rules);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ManifestWriter writer = format == Format.json ? ManifestWriter.json() : ManifestWriter.yaml();
        Severity threshold = failOn.severity();
        PrintWriter err = spec.commandLine().getErr();
        boolean failing = false;
        Manifest.Builder all = Manifest.builder();
        try (URLClassLoader loader = new URLClassLoader(urls(), RenderCommand.class.getClassLoader())) {
            for (String name : classes) {
                BuiltApplication app = BuiltApplication.build(loader, name, "--classpath with the folders or jars that "
                        + "hold it and what it uses (Berth's DSL jar included)");
                Report report = Validator.of(ruleSet).evaluate(app.manifest());
                err.println(app.name() + ": " + app.manifest().size() + " objects; " + TextReport.countsBySeverity(report));
                if (threshold != null && report.hasAtLeast(threshold)) {
                    err.print(report.atLeast(threshold).toText());
                    failing = true;
                }
                if (output == null) {
                    all.addAll(app.manifest());
                } else {
                    write(writer, app);
                }
            }
        } catch (IOException e) {
            throw BerthException.problem("cannot close the class path: " + e.getMessage()).build(e);
        }
        err.flush();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(writer.write(all.build()));
            out.flush();
        }
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void write(ManifestWriter writer, BuiltApplication app) {
        try {
            Files.createDirectories(output);
            switch (format) {
                case folder -> writer.writeFolder(app.manifest(), output.resolve(app.name()));
                case json -> writer.writeFile(app.manifest(), output.resolve(app.name() + ".json"));
                case yaml -> writer.writeFile(app.manifest(), output.resolve(app.name() + ".yaml"));
            }
        } catch (IOException e) {
            throw BerthException.problem("cannot write " + output + ": " + e.getMessage()).origin(output.toString())
                    .fix("check the folder is writable, or choose another --output.").build(e);
        }
    }

    private URL[] urls() {
        if (classpath == null || classpath.isBlank()) {
            return new URL[0];
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : PATH_SEPARATOR.split(classpath)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.equals("*")) {
                Path dir = Path.of(entry.length() == 1 ? "." : entry.substring(0, entry.length() - 2));
                try (Stream<Path> jars = Files.list(dir)) {
                    for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                        urls.add(url(jar));
                    }
                } catch (IOException e) {
                    throw missing(entry);
                }
            } else {
                Path path = Path.of(entry);
                if (!Files.exists(path)) {
                    throw missing(entry);
                }
                urls.add(url(path));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw missing(path.toString());
        }
    }

    private static BerthException missing(String entry) {
        return BerthException.problem("no such folder or jar on the class path: " + entry)
                .origin("--classpath")
                .fix("give folders and jars that exist, separated by '" + File.pathSeparator + "'.")
                .build();
    }
}
