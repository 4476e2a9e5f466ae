package dev.berth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.core.docs.TestJars;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import dev.berth.validation.baseline.Baseline;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Goal {@code lint}, from issue 14: "Goal `lint` (default phase `verify`): lints configured folders (default
 * `src/main/k8s`, `src/main/kubernetes`) with a rule set, `failOn`, baseline, and writes SARIF/JUnit into `target/`."
 */
class LintMojoTest {

    /** A Deployment whose one finding is image-tag-pinned [MEDIUM]: the tag latest. */
    static final String LATEST = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: web
                      image: nginx:latest
                      securityContext:
                        allowPrivilegeEscalation: false
                      resources:
                        requests:
                          cpu: 100m
                          memory: 128Mi
                        limits:
                          memory: 128Mi
            """;

    /** A ConfigMap: no finding. */
    static final String SETTINGS = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
              namespace: shop
            data:
              mode: fast
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private LintMojo mojo() {
        LintMojo mojo = new LintMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.rules = "recommended";
        mojo.failOn = "low";
        mojo.sets = "folder";
        mojo.outputDirectory = project.resolve("target/berth").toFile();
        return mojo;
    }

    private Path manifest(String folder, String name, String text) throws IOException {
        Path file = project.resolve(folder).resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void a_finding_at_fail_on_fails_the_build_with_the_summary_line_and_writes_both_reports() throws IOException {
        // GIVEN a Deployment of image nginx:latest under src/main/k8s
        Path web = manifest("src/main/k8s", "web.yaml", LATEST);
        // WHEN the goal runs with failOn low (the default)
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());
        // THEN the build fails with the summary line, the finding is in the log, and both reports name it
        Path reports = project.resolve("target/berth");
        assertThat(failure).hasMessage("berth: 1 finding in 1 object (rule set recommended): 0 high, 1 medium, 0 low, "
                + "0 info (failOn low; reports in " + reports + ")");
        assertThat(log.lines()).contains(
                "[WARNING] Rule 'image-tag-pinned' [MEDIUM] was violated (1 time):",
                "[WARNING]     at " + web + ":20:11");
        assertThat(Files.readString(reports.resolve("berth.sarif"))).contains("\"ruleId\": \"image-tag-pinned\"");
        assertThat(Files.readString(reports.resolve("TEST-berth.xml"))).contains("image-tag-pinned");
    }

    @Test
    void fail_on_high_passes_with_medium_findings_and_still_reports_them() throws Exception {
        // GIVEN the same Deployment under src/main/kubernetes
        manifest("src/main/kubernetes", "web.yaml", LATEST);
        LintMojo mojo = mojo();
        mojo.failOn = "high";
        // WHEN the goal runs with failOn high
        mojo.execute();
        // THEN it passes, and the log still says what it found
        assertThat(log.lines()).contains("[WARNING] 1 finding in 1 object (rule set recommended): 0 high, 1 medium, "
                + "0 low, 0 info");
        assertThat(project.resolve("target/berth/berth.sarif")).exists();
    }

    @Test
    void the_project_configuration_file_applies_and_pom_parameters_win_over_it() throws Exception {
        // GIVEN the Deployment of image nginx:latest, and a .berth.yaml that fails only on high and raises the rule to high
        manifest("src/main/k8s", "web.yaml", LATEST);
        Files.writeString(project.resolve(".berth.yaml"), """
                failOn: high
                severity:
                  image-tag-pinned: high
                """);
        Files.createDirectories(project.resolve(".git"));
        LintMojo fromFile = mojo();
        fromFile.failOn = null;
        fromFile.rules = null;
        fromFile.sets = null;
        // WHEN the goal runs with no failOn of its own
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, fromFile::execute);
        // THEN the file's severity and threshold apply
        assertThat(failure).hasMessageStartingWith("berth: 1 finding in 1 object (rule set recommended): 1 high, "
                + "0 medium, 0 low, 0 info (failOn high;");
        // AND a failOn given in the POM wins over the file's
        LintMojo fromPom = mojo();
        fromPom.failOn = "never";
        fromPom.execute();
        assertThat(log.lines()).contains("[WARNING] 1 finding in 1 object (rule set recommended): 1 high, 0 medium, "
                + "0 low, 0 info");
    }

    @Test
    void a_configuration_file_named_by_config_file_is_read_and_its_errors_are_one_line() throws IOException {
        // GIVEN a configuration file with a misspelt key
        manifest("src/main/k8s", "web.yaml", LATEST);
        Path config = Files.writeString(project.resolve("berth-settings.yaml"), "failOnn: high\n");
        LintMojo mojo = mojo();
        mojo.configFile = config.toFile();
        // WHEN the goal runs THEN it fails with the file's line and the likely key, no stack trace
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("berth: " + config + ":1:1")
                .hasMessageContaining("failOn");
    }

    @Test
    void a_clean_project_passes_and_writes_both_reports() throws Exception {
        // GIVEN a ConfigMap under src/main/k8s
        manifest("src/main/k8s", "settings.yaml", SETTINGS);
        // WHEN the goal runs
        mojo().execute();
        // THEN it passes, logs the summary as information, and writes the two reports
        Path reports = project.resolve("target/berth");
        assertThat(log.lines()).containsExactly(
                "[INFO] 0 findings in 1 object (rule set recommended): 0 high, 0 medium, 0 low, 0 info",
                "[INFO] berth: reports written to " + reports.resolve("berth.sarif") + " and "
                        + reports.resolve("TEST-berth.xml"));
        assertThat(Files.readString(reports.resolve("TEST-berth.xml"))).startsWith("<?xml");
    }

    @Test
    void a_project_without_manifest_folders_is_skipped_with_one_info_line() throws Exception {
        // GIVEN a project with neither src/main/k8s nor src/main/kubernetes
        // WHEN the goal runs
        mojo().execute();
        // THEN it says so once and writes nothing
        assertThat(log.lines()).containsExactly("[INFO] berth: no folder to lint (src/main/k8s, src/main/kubernetes "
                + "do not exist); set <folders> to lint others");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void skip_does_nothing() throws Exception {
        // GIVEN a finding, and skip (-Dberth.skip)
        manifest("src/main/k8s", "web.yaml", LATEST);
        LintMojo mojo = mojo();
        mojo.skip = true;
        // WHEN the goal runs THEN it passes without reading
        mojo.execute();
        assertThat(log.lines()).containsExactly("[INFO] berth: lint skipped (berth.skip)");
    }

    @Test
    void broken_yaml_fails_with_its_file_line_and_column_and_no_stack_trace() throws IOException {
        // GIVEN a ConfigMap whose name opens a bracket it never closes, beside a clean one
        Path broken = manifest("src/main/k8s", "cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [oops\n");
        manifest("src/main/k8s", "settings.yaml", SETTINGS);
        // WHEN the goal runs
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());
        // THEN the failure names the file, line and column, the problem and the fix, and the rest was still judged
        String line = broken + ":5:1: broken YAML: expected ',' or ']', but got <stream end> (while parsing a flow "
                + "sequence). Fix: close every quote, bracket and brace that is opened.";
        assertThat(failure).hasMessage("berth: 1 input could not be read:\n" + line).hasNoCause();
        assertThat(log.lines()).contains("[ERROR] " + line,
                "[INFO] 0 findings in 1 object (rule set recommended): 0 high, 0 medium, 0 low, 0 info");
    }

    @Test
    void configured_folders_rules_and_disable_are_used() throws Exception {
        // GIVEN the Deployment in a folder of the project's own choosing
        manifest("deploy", "web.yaml", LATEST);
        LintMojo mojo = mojo();
        mojo.folders = List.of(new File("deploy"));
        mojo.disable = List.of("image-tag-pinned");
        // WHEN the goal runs with image-tag-pinned disabled
        mojo.execute();
        // THEN the folder was read and nothing was found
        assertThat(log.lines()).contains("[INFO] 0 findings in 1 object (rule set recommended): 0 high, 0 medium, "
                + "0 low, 0 info");
    }

    @Test
    void a_baseline_reports_only_new_findings() throws Exception {
        // GIVEN a baseline that records the Deployment's finding, kept in the manifests' folder
        manifest("src/main/k8s", "web.yaml", LATEST);
        Path baseline = project.resolve("src/main/k8s/berth-baseline.json");
        Baseline.of(Validator.of(RuleSets.recommended())
                .evaluate(new ManifestReader().read(project.resolve("src/main/k8s/web.yaml")))).write(baseline);
        LintMojo mojo = mojo();
        mojo.baseline = baseline.toFile();
        // WHEN the goal runs with it
        mojo.execute();
        // THEN the known finding neither shows nor fails the build, and the baseline is not read as a manifest
        assertThat(log.lines()).contains("[INFO] 0 findings in 1 object (rule set recommended): 0 high, 0 medium, "
                + "0 low, 0 info");
        assertThat(log.text()).doesNotContain("skipped");
    }

    @Test
    void wrong_parameters_are_one_line_each() throws IOException {
        manifest("src/main/k8s", "web.yaml", LATEST);
        LintMojo unknownRule = mojo();
        unknownRule.enable = List.of("be-nice");
        assertThatThrownBy(unknownRule::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <enable>: no rule be-nice. Fix: give rule ids as docs/rules/ names them (berth "
                        + "rules lists them).");
        LintMojo idle = mojo();
        idle.disable = List.of("cpu-limit");
        assertThatThrownBy(idle::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <disable>: disable cpu-limit: rule set recommended does not run that rule. Fix: "
                        + "change that setting (berth lint --print-config shows each setting and where it comes from).");
        LintMojo severity = mojo();
        severity.failOn = "severe";
        assertThatThrownBy(severity::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <failOn>: severe is no severity. Fix: give high, medium, low, info or never.");
        LintMojo noBaseline = mojo();
        noBaseline.baseline = project.resolve("berth-baseline.json").toFile();
        assertThatThrownBy(noBaseline::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <baseline>: " + project.resolve("berth-baseline.json") + " does not exist. Fix: "
                        + "write it with berth lint --write-baseline FILE, or give the baseline file berth wrote.");
        LintMojo missing = mojo();
        missing.folders = List.of(new File("k8s"));
        assertThatThrownBy(missing::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("berth: <folders>: " + project.resolve("k8s") + " does not exist. Fix: name folders or "
                        + "files of the project that hold manifests.");
    }

    @Test
    void rule_packs_load_their_rules_which_enable_may_name() throws Exception {
        // GIVEN a rule pack jar whose rule, in no rule set, reports every ConfigMap, and a ConfigMap
        manifest("src/main/k8s", "settings.yaml", SETTINGS);
        Path jar = TestJars.build(project.resolve("tools"), "acme-rules.jar", Map.of("com/acme/Pack.java", """
                package com.acme;

                import dev.berth.validation.*;
                import java.util.List;
                import java.util.Set;

                public final class Pack implements RulePack {
                    public List<Rule> rules() {
                        return List.of(new Rule(RuleInfo.id("acme.no-configmaps").summary("A ConfigMap is used")
                                .severity(Severity.HIGH).category(Category.CONFIG).kinds("ConfigMap")
                                .remediation("Use the company's settings service.").build()) {
                            public void check(RuleContext context) {
                                context.ofKind("ConfigMap").forEach(o -> context.report(o, "", "a ConfigMap"));
                            }
                        });
                    }

                    public Set<String> members(String ruleSet) {
                        return Set.of();
                    }
                }
                """), Map.of("META-INF/services/dev.berth.validation.RulePack", "com.acme.Pack\n"));
        LintMojo mojo = mojo();
        mojo.rulePacks = List.of(jar.toFile());
        mojo.enable = List.of("acme.no-configmaps");
        // WHEN the goal runs with the pack and its rule enabled
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        // THEN the pack's rule reports the ConfigMap and fails the build
        assertThat(failure).hasMessageStartingWith("berth: 1 finding in 1 object (rule set recommended): 1 high,");
        assertThat(log.lines()).contains("[WARNING] Rule 'acme.no-configmaps' [HIGH] was violated (1 time):");
    }
}
