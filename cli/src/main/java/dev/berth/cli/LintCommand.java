package dev.berth.cli;

import dev.berth.charts.HelmChart;
import dev.berth.core.BerthException;
import dev.berth.core.read.FolderFilter;
import dev.berth.core.read.ReadResult;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleFailure;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.TextReport;
import dev.berth.validation.Validator;
import dev.berth.validation.baseline.Baseline;
import dev.berth.validation.config.ProjectConfig;
import dev.berth.validation.parts.FolderSets;
import dev.berth.validation.report.JUnitReport;
import dev.berth.validation.report.JsonReport;
import dev.berth.validation.report.SarifReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code berth lint}: reads manifests leniently, judges them with a rule set and prints the report.
 *
 * <pre>{@code
 * berth lint --rules strict --disable backup-declared --fail-on medium k8s/
 * }</pre>
 */
@Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Judge Kubernetes manifests with Berth's rules.",
            "Reads files, folders (recursively: *.yaml, *.yml, *.json) or - for standard input. A file that cannot be "
                + "read is reported on one line (file:line:column, the problem, the fix) and the others are still linted.",
            "A folder holding Chart.yaml is rendered as a Helm chart, one holding kustomization.yaml is built with "
                + "kustomize; findings name the templates and files that define the objects."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  berth lint k8s/",
            "  helm template . | berth lint -",
            "  berth lint --values chart/values-prod.yaml --set db.replicas=3 chart/",
            "  berth lint overlays/prod/   # a kustomize overlay, built",
            "  berth lint --rules pod-security-restricted --enable database-not-statefulset deploy.yaml",
            "  berth lint --format sarif --output berth.sarif --fail-on high k8s/",
            "  berth lint --write-baseline berth-baseline.json k8s/   # once; commit the file",
            "  berth lint --baseline berth-baseline.json k8s/         # fails only on new findings",
            "  berth lint --complete k8s/    # the folder holds every object: report references to missing ones",
            "  berth lint --sets tree k8s/   # judge every folder of k8s/ as one set, not each on its own",
            "  berth lint --skip-non-manifests $(git diff --name-only main -- '*.yaml')   # changed manifests only",
            "  berth lint --print-config     # the settings of .berth.yaml and the flags, and where each came from",
            "  berth lint --rule-pack tools/acme-rules.jar --enable acme.team-label k8s/   # a company's own rules"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean: every input read, nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad input (unreadable file, broken YAML), usage, or out of memory",
            "3:a rule failed on an object (a bug in Berth or in a rule pack: the rule-failed findings name the rule "
                + "and its pack; every other rule and object was still judged)"})
final class LintCommand implements Callable<Integer> {

    /** The formats {@code --format} takes. */
    enum Format { text, json, sarif, junit }

    /** How {@code --memory} holds the input: the report is the same either way. */
    enum Memory { auto, whole, parts }

    /** How {@code --sets} groups the objects into sets judged apart: see {@link FolderSets}. */
    enum Sets { folder, tree }

    /** The thresholds {@code --fail-on} takes. */
    enum FailOn {
        high, medium, low, info, never;

        Severity severity() {
            return this == never ? null : Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption rulePacks;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Manifest files, folders, or - for standard input.")
    private List<String> paths = List.of();

    @Option(names = "--config", paramLabel = "FILE", description = "Read settings from FILE. Default: the nearest "
            + ProjectConfig.FILE_NAME + " (or " + ProjectConfig.OTHER_FILE_NAME + ") in the working directory or the "
            + "folders above it, up to the repository root. Flags win over the file.")
    private Path config;

    @Option(names = "--print-config", description = "Print the effective settings, one a line with where each came "
            + "from (default, FILE:line or the flag), and exit without linting.")
    private boolean printConfig;

    @Option(names = "--rules", paramLabel = "SET", defaultValue = RuleSets.RECOMMENDED,
            description = "The rule set: recommended, strict, pod-security-baseline, pod-security-restricted or all. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String rules;

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Also run these rules (ids, see 'berth rules').")
    private List<String> enable = List.of();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run these rules.")
    private List<String> disable = List.of();

    @Option(names = "--complete", description = "The input holds every object of the application: report references "
            + "to objects it does not hold (service accounts, RBAC subjects, Ingress backends).")
    private boolean complete;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif or junit. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE, not to standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
            description = "Exit 1 when a finding is at least this severe: high, medium, low, info or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    private FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that FILE does not record.")
    private Path baselineFlag;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE (to commit), and exit 0 unless an input was bad.")
    private Path writeBaseline;

    @Option(names = "--memory", paramLabel = "MODE", defaultValue = "auto",
            description = "whole: hold every object at once (fastest); parts: judge the namespaces a part at a time, "
                    + "reading the files twice, so the input may be larger than the heap (not with -); auto: parts "
                    + "when the files would fill more than half the heap. The report is the same. "
                    + "Default: ${DEFAULT-VALUE}.")
    private Memory memory;

    @Option(names = "--sets", paramLabel = "MODE", defaultValue = "folder",
            description = "folder: each folder that holds manifests is judged as a set of its own, with the objects of "
                    + "the folders above it (references resolve upward, the nearest definition first); folders side "
                    + "by side are apart unless they refer to each other (one application split across folders); "
                    + "tree: everything given is one set. Default: ${DEFAULT-VALUE}.")
    private Sets sets;

    @Option(names = "--strict-files", description = "Read every YAML file found in a folder as a manifest. Default: a "
            + "file that holds no Kubernetes object (no document has apiVersion or kind: CI workflows, application "
            + "settings) is skipped and counted on standard error; a chart or kustomize folder is rendered instead.")
    private boolean strictFiles;

    @Option(names = "--skip-non-manifests", description = "Skip a file named on the command line that holds no "
            + "Kubernetes object, as one found in a folder is (counted on standard error): for pre-commit hooks and CI "
            + "steps that pass every changed YAML file. Default: a named file is always read as a manifest.")
    private boolean skipNonManifests;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out of folder walks what GLOB matches (a "
            + "path relative to the folder given, or a name: examples/**, legacy, *.generated.yaml); repeatable. "
            + "Hidden entries and the folders " + FolderFilter.DEFAULT_NAMES + " are left out by default.")
    private List<String> exclude = List.of();

    @Option(names = "--no-default-excludes", description = "Walk the folders " + FolderFilter.DEFAULT_NAMES
            + " too (hidden entries are still left out).")
    private boolean noDefaultExcludes;

    @Option(names = "--values", paramLabel = "FILE", description = "Helm charts: a values file, as helm --values; "
            + "repeatable, later files win.")
    private List<Path> values = List.of();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Helm charts: set one value, as helm --set; "
            + "repeatable, wins over values files.")
    private java.util.Map<String, String> set = new java.util.LinkedHashMap<>();

    @Option(names = "--release", paramLabel = "NAME", description = "Helm charts: the release name. Default: "
            + HelmChart.DEFAULT_RELEASE + ".")
    private String release;

    @Option(names = "--namespace", paramLabel = "NS", description = "Helm charts: the release namespace. Default: "
            + "default.")
    private String namespace;

    @Option(names = "--kube-version", paramLabel = "V", description = "Helm charts: the Kubernetes version to render "
            + "for (not supported by the in-process Helm yet: it says so).")
    private String kubeVersion;

    @Option(names = "--no-render", description = "Judge kustomize folders' files as they are instead of building "
            + "them (their kustomization file never as an object); charts are then not judged.")
    private boolean noRender;

    @Option(names = "--rendered-out", paramLabel = "DIR", description = "Write what each chart and overlay rendered "
            + "to DIR, one file each, for debugging.")
    private Path renderedOut;

    LintCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        ProjectConfig settings = settings();
        if (printConfig) {
            PrintWriter out = spec.commandLine().getOut();
            settings.describe().forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        long stdin = paths.stream().filter(Inputs.STDIN::equals).count();
        if (stdin > 1) {
            throw new ParameterException(spec.commandLine(), "give - (standard input) at most once");
        }
        RuleSet ruleSet = ruleSet(settings);
        Path baseline = settings.baseline().value();
        Set<Path> notManifests = new HashSet<>();
        Stream.of(baseline, writeBaseline, output).filter(Objects::nonNull).forEach(notManifests::add);
        Inputs inputs = new Inputs(terminal, !strictFiles, folderFilter(settings), skipNonManifests);
        Inputs.Listing listing = inputs.list(paths, notManifests);
        Renderings renderings = Renderings.find(paths, listing);
        // files a kustomization does not list, unless their overlay is rendered (kustomize reads its patches)
        List<Path> unlisted = renderings.withoutOwnedFiles(new Inputs.Listing(new ArrayList<>(inputs.unlisted()),
                List.of(), Map.of())).files();
        if (!unlisted.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("berth: skipped " + unlisted.size() + (unlisted.size() == 1 ? " file" : " files") + " of kustomize "
                    + "folders that their kustomization does not list (" + unlisted.get(0)
                    + (unlisted.size() > 1 ? ", ..." : "") + "); --strict-files reads them");
            err.flush();
        }
        if (!renderings.isEmpty()) {
            return lintRendered(inputs, listing, renderings, validator(ruleSet), settings);
        }
        if (memory == Memory.parts && listing.stdin()) {
            throw new ParameterException(spec.commandLine(), "--memory parts reads the files twice, so it cannot "
                    + "read - (standard input): save the input to a file, or use --memory whole");
        }
        long heap = Runtime.getRuntime().maxMemory();
        boolean inParts = memory == Memory.parts || memory == Memory.auto && !listing.stdin()
                && PartedLint.tooLargeToHold(PartedLint.bytes(listing.files()), heap);
        try {
            return lint(inputs, listing, validator(ruleSet), inParts, settings);
        } catch (OutOfMemoryError e) {
            String more = "-Xmx" + Math.max(2, (2 * heap + (1L << 30) - 1) >> 30) + "g";
            throw BerthException.problem("berth: out of memory: a heap of " + (heap >> 20) + " MB does not hold what "
                    + listing.sources().size() + (listing.sources().size() == 1 ? " file needs (" : " files need (")
                    + inputs.filesRead() + " file reads so far)")
                    .fix("give Berth more with BERTH_JAVA_OPTS=" + more + ", or lint fewer files at once.").build(e);
        }
    }

    /** Charts and overlays among the inputs: their rendered objects are judged with the plain files, in one set. */
    private int lintRendered(Inputs inputs, Inputs.Listing listing, Renderings renderings, Validator validator,
            ProjectConfig settings) {
        java.util.Map<String, String> folders = new java.util.HashMap<>(listing.folders());
        Renderings.Options options = new Renderings.Options(values, set, release, namespace, kubeVersion, noRender,
                renderedOut);
        ReadResult rendered = renderings.render(options, listing, inputs, spec.commandLine().getErr(), folders);
        Inputs.Listing plain = renderings.withoutOwnedFiles(listing);
        return lint(inputs, new Inputs.Listing(plain.sources(), plain.problems(), folders), validator, false,
                settings, rendered);
    }

    private int lint(Inputs inputs, Inputs.Listing listing, Validator validator, boolean inParts,
            ProjectConfig settings) {
        return lint(inputs, listing, validator, inParts, settings,
                new ReadResult(dev.berth.core.Manifest.empty(), List.of()));
    }

    private int lint(Inputs inputs, Inputs.Listing listing, Validator validator, boolean inParts,
            ProjectConfig settings, ReadResult rendered) {
        boolean folderSets = settings.sets().value().equals(Sets.folder.name());
        PrintWriter err = spec.commandLine().getErr();
        List<BerthException> problems = new ArrayList<>();
        Report report;
        if (inParts) {
            report = new PartedLint(inputs, validator, Runtime.getRuntime().maxMemory(), folderSets)
                    .judge(listing, problem -> {
                        problems.add(problem);
                        err.println(problem.getMessage());
                    });
        } else {
            ReadResult plain = inputs.read(listing);
            List<BerthException> all = new ArrayList<>(rendered.problems());
            all.addAll(plain.problems());
            ReadResult read = new ReadResult(rendered.manifest().plus(plain.manifest()), all, plain.skipped());
            problems.addAll(read.problems());
            for (BerthException problem : read.problems()) {
                err.println(problem.getMessage());
            }
            int skipped = read.skipped().size();
            if (skipped > 0) {
                err.println("berth: skipped " + skipped + (skipped == 1 ? " file that holds" : " files that hold")
                        + " no Kubernetes object (no document has apiVersion or kind); --strict-files reads such files "
                        + "as manifests");
            }
            err.flush();
            report = !folderSets || listing.oneFolder() ? validator.evaluate(read.manifest())
                    : FolderSets.evaluate(validator, read.manifest(), listing::folder);
        }
        err.flush();
        int failures = report.findingsOf(RuleFailure.ID).size();
        if (failures > 0) {
            err.println("berth: " + failures + (failures == 1 ? " rule failure" : " rule failures")
                    + " (a bug in a rule, not in the input): see the " + RuleFailure.ID + " findings, and please "
                    + "report them; every other rule and object was judged");
            err.flush();
        }
        if (writeBaseline != null) {
            Baseline.of(report).write(writeBaseline);
            err.println("berth: recorded " + report.findings().size() + " findings in " + writeBaseline
                    + "; lint with --baseline " + writeBaseline + " to report only new ones");
        }
        Path baseline = settings.baseline().value();
        if (baseline != null) {
            report = readBaseline(baseline).filter(report);
        }
        print(report);
        if (failures > 0) {
            return ExitCode.INTERNAL;
        }
        if (!problems.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Severity threshold = settings.failOnSeverity().orElse(null);
        boolean failing = writeBaseline == null && threshold != null && report.hasAtLeast(threshold);
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** @return a validator of the rule set that, under {@code --debug}, prints each rule failure's stack trace */
    private Validator validator(RuleSet ruleSet) {
        Validator validator = Validator.of(ruleSet);
        if (!debug()) {
            return validator;
        }
        PrintWriter err = spec.commandLine().getErr();
        Set<Finding> told = ConcurrentHashMap.newKeySet();
        return validator.reportingFailuresTo((finding, failure) -> {
            if (told.add(finding)) {
                synchronized (err) {
                    err.println("berth: " + finding.object() + ": " + finding.message());
                    failure.printStackTrace(err);
                    err.flush();
                }
            }
        });
    }

    private FolderFilter folderFilter(ProjectConfig settings) {
        try {
            return settings.folderFilter();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * @return the configuration file's settings (the one {@code --config} names, or the nearest found from the working
     *         directory upwards), with the flags given on top
     */
    private ProjectConfig settings() {
        Path file = config != null ? config : ProjectConfig.find(Path.of("")).orElse(null);
        if (config != null && !Files.isRegularFile(config)) {
            throw BerthException.problem("no configuration file " + config).fix("give the path of a "
                    + ProjectConfig.FILE_NAME + " file to --config, or leave --config out to use the nearest one.")
                    .build();
        }
        ProjectConfig settings = rulePacks.settings(file);
        ParseResult given = spec.commandLine().getParseResult();
        try {
            if (given.hasMatchedOption("--rules")) {
                settings = settings.withRules(rules, "--rules");
            }
            settings = settings.withEnabled(enable, "--enable").withDisabled(disable, "--disable")
                    .withExcludes(exclude, "--exclude");
            if (complete) {
                settings = settings.withComplete(true, "--complete");
            }
            if (given.hasMatchedOption("--fail-on")) {
                settings = settings.withFailOn(failOn.name(), "--fail-on");
            }
            if (baselineFlag != null) {
                settings = settings.withBaseline(baselineFlag, "--baseline");
            }
            if (given.hasMatchedOption("--sets")) {
                settings = settings.withSets(sets.name(), "--sets");
            }
            if (noDefaultExcludes) {
                settings = settings.withDefaultExcludes(false, "--no-default-excludes");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return settings;
    }

    /** @return true when the command line asked for stack traces ({@code berth --debug lint ...}) */
    private boolean debug() {
        for (picocli.CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
            if (c.getParseResult() != null && Berth.debugging(c.getParseResult())) {
                return true;
            }
        }
        return false;
    }

    private RuleSet ruleSet(ProjectConfig settings) {
        try {
            return settings.ruleSet();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A baseline that is not one is bad input, told in words like any other. */
    private Baseline readBaseline(Path baseline) {
        try {
            return Baseline.read(baseline);
        } catch (IllegalArgumentException e) {
            throw BerthException.problem(e.getMessage()).fix("write it again with berth lint --write-baseline "
                    + baseline + ", or give the baseline file berth wrote.").build(e);
        }
    }

    private void print(Report report) {
        // Every format says where each finding is, which re-reads the finding's document: do that on every core first.
        Stream.concat(report.findings().stream(), report.suppressed().stream()).parallel()
                .forEach(finding -> finding.location().line());
        String text = switch (format) {
            case text -> output == null ? Colour.report(TextReport.render(report),
                    spec.commandLine().getColorScheme().ansi()) : TextReport.render(report);
            case json -> JsonReport.render(report);
            case sarif -> SarifReport.render(report);
            case junit -> JUnitReport.render(report);
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BerthException.problem("cannot write the report: " + e.getMessage()).origin(output.toString())
                    .fix("check the folder exists and is writable, or choose another --output.").build(e);
        }
        // A CI log is never empty: the summary goes to standard error, where the report went to a file.
        PrintWriter err = spec.commandLine().getErr();
        err.println(TextReport.summary(report) + "; report written to " + output);
        err.flush();
    }
}
