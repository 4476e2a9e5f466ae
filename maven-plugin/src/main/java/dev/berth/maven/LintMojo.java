package dev.berth.maven;

import dev.berth.core.BerthException;
import dev.berth.core.read.FolderFilter;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.read.ReadResult;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSet;
import dev.berth.validation.Severity;
import dev.berth.validation.TextReport;
import dev.berth.validation.Validator;
import dev.berth.validation.config.ProjectConfig;
import dev.berth.validation.baseline.Baseline;
import dev.berth.validation.parts.FolderSets;
import dev.berth.validation.report.JUnitReport;
import dev.berth.validation.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Goal {@code berth:lint}: judges the project's Kubernetes manifests with a rule set of Berth's, prints the text report
 * through the Maven log, writes a SARIF and a JUnit report, and fails the build when a finding reaches {@code failOn}.
 *
 * <p>It runs in phase {@code verify} by default. The folders it reads are {@code src/main/k8s} and
 * {@code src/main/kubernetes} (those that exist; when none does, it says so and does nothing). Folders are walked as
 * {@code berth lint} walks them: {@code *.yaml}, {@code *.yml} and {@code *.json}, without hidden entries and the
 * folders node_modules, vendor, target, build and dist, and a file that holds no Kubernetes object is skipped. The
 * reports go to {@code target/berth/berth.sarif} (for code-scanning tools) and {@code target/berth/TEST-berth.xml}
 * (JUnit XML, named as Surefire names its reports, so that CI report globs such as <code>**&#47;TEST-*.xml</code>
 * pick it up).
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;dev.berth&lt;/groupId&gt;
 *   &lt;artifactId&gt;berth-maven-plugin&lt;/artifactId&gt;
 *   &lt;version&gt;${berth.version}&lt;/version&gt;
 *   &lt;executions&gt;
 *     &lt;execution&gt;
 *       &lt;goals&gt;&lt;goal&gt;lint&lt;/goal&gt;&lt;/goals&gt;
 *       &lt;configuration&gt;
 *         &lt;rules&gt;strict&lt;/rules&gt;
 *         &lt;failOn&gt;medium&lt;/failOn&gt;
 *       &lt;/configuration&gt;
 *     &lt;/execution&gt;
 *   &lt;/executions&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** The SARIF report's file name in the output directory. */
    public static final String SARIF = "berth.sarif";
    /** The JUnit report's file name in the output directory: Surefire's {@code TEST-*.xml} shape. */
    public static final String JUNIT = "TEST-berth.xml";

    private static final List<String> DEFAULT_FOLDERS = List.of("src/main/k8s", "src/main/kubernetes");

    /** The project's folder: relative folders and files are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * The folders (or files) to lint. Default: {@code src/main/k8s} and {@code src/main/kubernetes}, those that exist.
     * A folder named here must exist.
     */
    @Parameter(property = "berth.folders")
    List<File> folders;

    /**
     * The rule set: {@code recommended}, {@code strict}, {@code pod-security-baseline},
     * {@code pod-security-restricted} or {@code all}. Default: {@code recommended}.
     */
    @Parameter(property = "berth.rules")
    String rules;

    /** Rules to run beside the rule set's, by id (see {@code docs/rules/}, or {@code berth rules}). Default: none. */
    @Parameter(property = "berth.enable")
    List<String> enable;

    /** Rules of the rule set not to run, by id. Default: none. */
    @Parameter(property = "berth.disable")
    List<String> disable;

    /**
     * Fail the build when a finding is at least this severe: {@code high}, {@code medium}, {@code low}, {@code info}
     * or {@code never}. Default: {@code low}.
     */
    @Parameter(property = "berth.failOn")
    String failOn;

    /**
     * A baseline file written by {@code berth lint --write-baseline}: only findings it does not record are reported
     * and can fail the build. Default: none.
     */
    @Parameter(property = "berth.baseline")
    File baseline;

    /**
     * The folders hold every object of the application: report references to objects they do not hold (service
     * accounts, RBAC subjects, Ingress backends). Default: false.
     */
    @Parameter(property = "berth.complete")
    Boolean complete;

    /**
     * How the objects are grouped into sets judged apart: {@code folder} (each folder with the folders above it, as
     * {@code berth lint} does) or {@code tree} (everything read is one set). Default: {@code folder}.
     */
    @Parameter(property = "berth.sets")
    String sets;

    /**
     * The project configuration file (see the README's "Configuration file"): its rule set, enabled and disabled
     * rules, severity overrides, rule parameters, {@code failOn}, excludes, baseline, sets and {@code complete} apply,
     * and every parameter set here wins over the file's setting ({@code enable} and {@code disable} add to its lists).
     * Default: {@code .berth.yaml} (or {@code .berth.yml}) found from the project's folder upwards, up to the Git
     * repository's root; none found, Berth's defaults.
     */
    @Parameter(property = "berth.config")
    File configFile;

    /**
     * Rule pack jars, or folders of them, whose rules join Berth's as {@code berth lint --rule-pack} loads them (see
     * the README's "Write a rule pack"), after the {@code rulePacks} of the configuration file; {@code enable},
     * {@code disable} and the file may then name their rules. Default: none.
     *
     * <pre>
     * &lt;rulePacks&gt;&lt;rulePack&gt;tools/acme-rules.jar&lt;/rulePack&gt;&lt;/rulePacks&gt;
     * </pre>
     */
    @Parameter(property = "berth.rulePacks")
    List<File> rulePacks;

    /** Where the SARIF and JUnit reports are written. Default: {@code target/berth}. */
    @Parameter(property = "berth.outputDirectory", defaultValue = "${project.build.directory}/berth")
    File outputDirectory;

    /** Skip the goal ({@code -Dberth.skip}). Default: false. */
    @Parameter(property = "berth.skip", defaultValue = "false")
    boolean skip;

    /** Creates the goal; Maven sets its parameters. */
    public LintMojo() {
    }

    /**
     * Lints the folders.
     *
     * @throws MojoFailureException when a file cannot be read (one line per problem: file:line:column, what is wrong,
     *         the fix), when a parameter is wrong, or when a finding reaches {@code failOn} (the summary line)
     */
    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("berth: lint skipped (berth.skip)");
            return;
        }
        ProjectConfig settings = settings();
        Severity threshold = settings.failOnSeverity().orElse(null);
        String sets = settings.sets().value();
        File baseline = settings.baseline().value() == null ? null : settings.baseline().value().toFile();
        Validator validator = Validator.of(ruleSet(settings));
        List<Path> roots = roots();
        if (roots.isEmpty()) {
            log.info("berth: no folder to lint (" + String.join(", ", DEFAULT_FOLDERS) + " do not exist); "
                    + "set <folders> to lint others");
            return;
        }
        Baseline known = baseline == null ? null : readBaseline(baseline);
        ManifestReader reader = new ManifestReader().withFolderFilter(settings.folderFilter())
                .skippingFilesWithoutObjects();
        List<BerthException> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Path baselineFile = baseline == null ? null : baseline.toPath().toAbsolutePath().normalize();
        for (Path root : roots) {
            for (Path file : reader.findManifestFiles(root, problems::add)) {
                if (!file.toAbsolutePath().normalize().equals(baselineFile)) {
                    files.add(file);
                }
            }
        }
        ReadResult read = reader.readAll(files);
        problems.addAll(read.problems());
        problems.forEach(problem -> log.error(problem.getMessage()));
        if (!read.skipped().isEmpty()) {
            log.info("berth: skipped " + read.skipped().size() + " file(s) that hold no Kubernetes object");
        }
        Report report = sets.equals("tree") ? validator.evaluate(read.manifest())
                : FolderSets.evaluate(validator, read.manifest(), LintMojo::folderOf);
        if (known != null) {
            report = known.filter(report);
        }
        print(report, log);
        write(report);
        if (!problems.isEmpty()) {
            List<String> lines = problems.stream().map(BerthException::getMessage).toList();
            throw new MojoFailureException("berth: " + problems.size() + (problems.size() == 1 ? " input" : " inputs")
                    + " could not be read:\n" + String.join("\n", lines));
        }
        if (threshold != null && report.hasAtLeast(threshold)) {
            throw new MojoFailureException("berth: " + TextReport.summary(report) + " (failOn "
                    + settings.failOn().value() + "; reports in " + ProjectPaths.shown(outputDirectory.toPath()) + ")");
        }
    }

    /**
     * @return the configuration file's settings (the one named by {@link #configFile}, else the nearest found from the
     *         project's folder upwards, else Berth's defaults), with every parameter set in the POM or with {@code -D}
     *         winning over it
     */
    private ProjectConfig settings() throws MojoFailureException {
        if (failOn != null) {
            severity(failOn);
        }
        if (sets != null && !sets.trim().equals("folder") && !sets.trim().equals("tree")) {
            throw new MojoFailureException("berth: <sets>: " + sets + " is no way to group objects. Fix: give folder "
                    + "(each folder with the folders above it) or tree (everything as one set).");
        }
        ProjectConfig settings;
        try {
            List<Path> packs = rulePacks == null ? List.of() : rulePacks.stream().map(File::toPath).toList();
            Path file = configFile != null ? configFile.toPath() : ProjectConfig.find(basedir.toPath()).orElse(null);
            settings = file == null ? ProjectConfig.defaults().withRulePacks(packs, "<rulePacks>")
                    : ProjectConfig.load(file, packs, "<rulePacks>");
        } catch (BerthException | IllegalArgumentException e) {
            throw new MojoFailureException("berth: " + e.getMessage());
        }
        RuleSet every = settings.packs().all();
        for (String id : listed(enable)) {
            every.rule(id).orElseThrow(() -> noRule("enable", id));
        }
        for (String id : listed(disable)) {
            every.rule(id).orElseThrow(() -> noRule("disable", id));
        }
        try {
            if (rules != null) {
                settings = settings.withRules(rules.trim(), "<rules>");
            }
            if (!listed(enable).isEmpty()) {
                settings = settings.withEnabled(listed(enable), "<enable>");
            }
            if (!listed(disable).isEmpty()) {
                settings = settings.withDisabled(listed(disable), "<disable>");
            }
            if (failOn != null) {
                settings = settings.withFailOn(failOn.trim().toLowerCase(Locale.ROOT), "<failOn>");
            }
            if (baseline != null) {
                settings = settings.withBaseline(baseline.toPath(), "<baseline>");
            }
            if (complete != null) {
                settings = settings.withComplete(complete, "<complete>");
            }
            if (sets != null) {
                settings = settings.withSets(sets.trim(), "<sets>");
            }
            return settings;
        } catch (BerthException | IllegalArgumentException e) {
            throw new MojoFailureException("berth: " + e.getMessage());
        }
    }

    /** @return the settings' rule set, enabled and disabled rules, severities and parameters applied */
    private static RuleSet ruleSet(ProjectConfig settings) throws MojoFailureException {
        try {
            return settings.ruleSet();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("berth: " + e.getMessage() + ". Fix: change that setting (berth lint "
                    + "--print-config shows each setting and where it comes from).");
        }
    }

    private static List<String> listed(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    }

    private static MojoFailureException noRule(String parameter, String id) {
        return new MojoFailureException("berth: <" + parameter + ">: no rule " + id
                + ". Fix: give rule ids as docs/rules/ names them (berth rules lists them).");
    }

    private static Severity severity(String failOn) throws MojoFailureException {
        String name = failOn == null ? "" : failOn.trim().toLowerCase(Locale.ROOT);
        if (name.equals("never")) {
            return null;
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().toLowerCase(Locale.ROOT).equals(name)) {
                return severity;
            }
        }
        throw new MojoFailureException("berth: <failOn>: " + failOn + " is no severity. Fix: give high, medium, low, "
                + "info or never.");
    }

    /** @return the folders to read: those named, each of which must exist, else the default ones that exist */
    private List<Path> roots() throws MojoFailureException {
        List<Path> roots = new ArrayList<>();
        if (folders == null || folders.isEmpty()) {
            for (String folder : DEFAULT_FOLDERS) {
                Path path = ProjectPaths.readable(new File(basedir, folder));
                if (Files.isDirectory(path)) {
                    roots.add(path);
                }
            }
            return roots;
        }
        for (File folder : folders) {
            Path path = ProjectPaths.readable(folder.isAbsolute() ? folder : new File(basedir, folder.getPath()));
            if (!Files.exists(path)) {
                throw new MojoFailureException("berth: <folders>: " + ProjectPaths.shown(path) + " does not exist. "
                        + "Fix: name folders or files of the project that hold manifests.");
            }
            roots.add(path);
        }
        return roots;
    }

    /** @return the folder key of a file's objects, as {@code berth lint} gives it: see {@link FolderSets} */
    private static String folderOf(String origin) {
        Path parent = Path.of(origin).normalize().getParent();
        return parent == null ? FolderSets.ROOT : parent.toString().replace('\\', '/');
    }

    private static Baseline readBaseline(File baseline) throws MojoFailureException {
        String fix = ". Fix: write it with berth lint --write-baseline FILE, or give the baseline file berth wrote.";
        if (!baseline.isFile()) {
            throw new MojoFailureException("berth: <baseline>: " + ProjectPaths.shown(baseline.toPath())
                    + " does not exist" + fix);
        }
        try {
            return Baseline.read(baseline.toPath());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new MojoFailureException("berth: <baseline>: " + e.getMessage() + fix);
        }
    }

    /** Prints the text report through the log: as warnings when it has findings, else as information. */
    private static void print(Report report, Log log) {
        String text = TextReport.render(report);
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (report.findings().isEmpty()) {
                log.info(line);
            } else {
                log.warn(line);
            }
        }
    }

    private void write(Report report) throws MojoFailureException {
        Path dir = outputDirectory.toPath();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SARIF), SarifReport.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(JUNIT), JUnitReport.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoFailureException("berth: cannot write the reports to " + ProjectPaths.shown(dir) + ": "
                    + e.getMessage() + ". Fix: check the folder is writable, or set <outputDirectory>.");
        }
        getLog().info("berth: reports written to " + ProjectPaths.shown(dir.resolve(SARIF)) + " and "
                + ProjectPaths.shown(dir.resolve(JUNIT)));
    }
}
