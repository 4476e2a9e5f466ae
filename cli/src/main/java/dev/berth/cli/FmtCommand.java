package dev.berth.cli;

import dev.berth.core.BerthException;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.read.ReadResult;
import dev.berth.core.write.ManifestWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code berth fmt}: rewrites manifests in Berth's deterministic form, to standard output, to a folder (one file an
 * object) or in place.
 *
 * <pre>{@code
 * berth fmt --write k8s/
 * }</pre>
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rewrite manifests in Berth's deterministic form: objects in apply order, keys in the "
                + "conventional order, maps sorted, strings quoted only where YAML 1.1 would misread them.",
            "Comments are not kept. By default all objects go to standard output as one YAML stream."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  berth fmt deploy.yaml",
            "  helm template . | berth fmt --output-dir k8s/generated -",
            "  berth fmt --write k8s/",
            "  berth fmt --check k8s/      # in CI: exit 1 when a file is not in Berth's form"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (with --check: every file is in Berth's form)",
            "1:with --check: a file would change",
            "2:bad input or usage"})
final class FmtCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Manifest files, folders, or - for standard input.")
    private List<String> paths;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Write one file per object into DIR, with a kustomization.yaml listing them in order.")
    private Path outputDir;

    @Option(names = {"-w", "--write"}, description = "Rewrite each file in place (only files whose text changes).")
    private boolean write;

    @Option(names = "--check", description = "Write nothing; list the files not in Berth's form and exit 1 if any.")
    private boolean check;

    @Option(names = "--json", description = "Write JSON instead of YAML.")
    private boolean json;

    FmtCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        int modes = (outputDir != null ? 1 : 0) + (write ? 1 : 0) + (check ? 1 : 0);
        if (modes > 1) {
            throw new ParameterException(spec.commandLine(), "choose one of --output-dir, --write and --check");
        }
        if ((write || check) && paths.contains(Inputs.STDIN)) {
            throw new ParameterException(spec.commandLine(), "--write and --check work on files, not on -");
        }
        ManifestWriter writer = json ? ManifestWriter.json() : ManifestWriter.yaml();
        return write || check ? perFile(writer) : all(writer);
    }

    private int all(ManifestWriter writer) {
        ReadResult read = new Inputs(terminal).read(paths);
        if (report(read.problems())) {
            return ExitCode.BAD_INPUT;
        }
        if (outputDir != null) {
            writer.writeFolder(read.manifest(), outputDir);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(writer.write(read.manifest()));
            out.flush();
        }
        return ExitCode.OK;
    }

    private int perFile(ManifestWriter writer) {
        List<BerthException> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        ManifestReader reader = new ManifestReader();
        for (String arg : paths) {
            files.addAll(reader.findManifestFiles(Path.of(arg), problems::add));
        }
        List<Path> changed = new ArrayList<>();
        for (Path file : files) {
            ReadResult read = reader.readAll(List.of(file));
            if (!read.isClean()) {
                problems.addAll(read.problems());
                continue;
            }
            String formatted = writer.write(read.manifest());
            if (!formatted.equals(text(file))) {
                changed.add(file);
                if (write) {
                    writer.writeFile(read.manifest(), file);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        changed.forEach(out::println);
        out.flush();
        if (report(problems)) {
            return ExitCode.BAD_INPUT;
        }
        return check && !changed.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private boolean report(List<BerthException> problems) {
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println(problem.getMessage()));
        err.flush();
        return !problems.isEmpty();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BerthException.problem("cannot read the file: " + e.getMessage()).origin(file.toString())
                    .fix("check that the file is readable.").build(e);
        }
    }
}
