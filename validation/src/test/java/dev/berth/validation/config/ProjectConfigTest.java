package dev.berth.validation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "`.berth.yaml` found from the working directory upwards (or `--config`): rule set, enable/disable, severity
 * overrides, rule parameters, `failOn`, paths to exclude, baseline path. [...] `berth lint --print-config` shows the
 * effective settings and where each came from. Unknown keys are errors."
 */
class ProjectConfigTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void every_key_is_read_with_the_line_it_came_from() throws IOException {
        // GIVEN a file that sets every key
        Path file = write(".berth.yaml", """
                rules: strict
                enable: [database-not-statefulset]
                disable:
                  - backup-declared
                severity:
                  image-tag-pinned: high
                parameters:
                  replicas-behind-service: {minReplicas: 3}
                failOn: medium
                exclude: ["examples/**"]
                defaultExcludes: false
                baseline: ci/berth-baseline.json
                sets: tree
                complete: true
                """);
        // WHEN it is loaded
        ProjectConfig config = ProjectConfig.load(file);
        // THEN each setting says where it came from, in the order of the keys
        assertThat(config.describe()).containsExactly(
                "rules: strict (" + file + ":1)",
                "enable: database-not-statefulset (" + file + ":2)",
                "disable: backup-declared (" + file + ":4)",
                "severity.image-tag-pinned: high (" + file + ":6)",
                "parameters.replicas-behind-service.minReplicas: 3 (" + file + ":8)",
                "failOn: medium (" + file + ":9)",
                "exclude: examples/** (" + file + ":10)",
                "defaultExcludes: false (" + file + ":11)",
                "baseline: " + dir.resolve("ci/berth-baseline.json") + " (" + file + ":12)",
                "sets: tree (" + file + ":13)",
                "complete: true (" + file + ":14)",
                "rulePacks: none (default)");
        assertThat(config.failOnSeverity()).contains(Severity.MEDIUM);
    }

    @Test
    void defaults_say_they_are_defaults() {
        assertThat(ProjectConfig.defaults().describe()).containsExactly(
                "rules: recommended (default)",
                "enable: none (default)",
                "disable: none (default)",
                "severity: none (default)",
                "parameters: none (default)",
                "failOn: low (default)",
                "exclude: none (default)",
                "defaultExcludes: true (default)",
                "baseline: none (default)",
                "sets: folder (default)",
                "complete: false (default)",
                "rulePacks: none (default)");
    }

    @Test
    void explicit_settings_win_over_the_file_and_say_so() throws IOException {
        // GIVEN a file, and flags given on top of it
        Path file = write(".berth.yaml", "failOn: medium\ndisable: [backup-declared]\n");
        // WHEN the flags are applied
        ProjectConfig config = ProjectConfig.load(file).withFailOn("high", "--fail-on")
                .withEnabled(List.of("backup-declared"), "--enable");
        // THEN they win, and the file's disable of the same rule is undone
        assertThat(config.describe()).contains("failOn: high (--fail-on)", "enable: backup-declared (--enable)",
                "disable: none (default)");
        assertThat(config.ruleSet().contains("backup-declared")).isTrue();
    }

    @Test
    void severity_overrides_and_parameters_reach_the_rule_set() throws IOException {
        Path file = write(".berth.yml", """
                severity: {image-tag-pinned: high}
                parameters:
                  replicas-behind-service:
                    minReplicas: 3
                  claim-class-undefined: {wellKnownClasses: fast, complete: true}
                """);
        RuleSet set = ProjectConfig.load(file).ruleSet();
        assertThat(set.severityOf(set.rule("image-tag-pinned").orElseThrow())).isEqualTo(Severity.HIGH);
        assertThat(set.parametersOf(set.rule("replicas-behind-service").orElseThrow()))
                .containsEntry("minReplicas", 3);
        assertThat(set.parametersOf(set.rule("claim-class-undefined").orElseThrow()))
                .containsEntry("wellKnownClasses", "fast").containsEntry("complete", true);
    }

    @Test
    void an_override_of_a_rule_the_set_does_not_run_is_shown_as_having_no_effect() throws IOException {
        Path file = write(".berth.yaml", "rules: pod-security-baseline\nseverity: {backup-declared: high}\n");
        assertThat(ProjectConfig.load(file).describe()).contains("severity.backup-declared: high (" + file
                + ":2) (no effect: the rule set does not run that rule)");
    }

    @Test
    void an_unknown_key_is_an_error_with_its_place_and_the_key_meant() throws IOException {
        assertThat(refusal("rules: strict\nfailon: high\n")).isEqualTo("FILE:2:1: unknown key failon. Fix: Did you "
                + "mean failOn? The keys are rules, enable, disable, severity, parameters, failOn, exclude, "
                + "defaultExcludes, baseline, sets, complete, rulePacks.");
    }

    @Test
    void a_value_of_the_wrong_type_is_an_error_with_its_place() throws IOException {
        assertThat(refusal("failOn: hihg\ncomplete: yes please\n")).isEqualTo("FILE:1:9: failOn: expected one of "
                + "high, medium, low, info, never, found \"hihg\". Fix: Did you mean high? Write one of them.");
        assertThat(refusal("complete: yes please\n")).isEqualTo("FILE:1:11: complete: expected true or false, found "
                + "\"yes please\". Fix: Write true or false.");
    }

    @Test
    void an_unknown_rule_id_is_an_error_naming_the_closest_rule() throws IOException {
        assertThat(refusal("enable:\n  - imag-tag-pinned\n")).isEqualTo("FILE:2:5: enable: no rule imag-tag-pinned. "
                + "Fix: Did you mean image-tag-pinned? 'berth rules' lists the rules.");
    }

    @Test
    void an_unknown_parameter_is_an_error_listing_the_rule_s_parameters() throws IOException {
        assertThat(refusal("parameters:\n  replicas-behind-service: {minReplica: 3}\n")).isEqualTo("FILE:2:29: "
                + "parameters.replicas-behind-service: rule replicas-behind-service has no parameter minReplica. "
                + "Fix: Did you mean minReplicas? Its parameters are minReplicas.");
        assertThat(refusal("parameters:\n  replicas-behind-service: {minReplicas: three}\n")).isEqualTo("FILE:2:42: "
                + "parameters.replicas-behind-service.minReplicas: expected a whole number, found \"three\". "
                + "Fix: Write minReplicas: 2 (its default).");
    }

    @Test
    void a_file_that_is_not_yaml_is_one_line_with_its_place() throws IOException {
        assertThat(refusal("rules: [strict\n")).startsWith("FILE:1:15: not valid YAML: while parsing a flow sequence. "
                + "Fix: ").doesNotContain("Exception").hasLineCount(1);
    }

    /** @return the message of the one-line error loading {@code yaml} gives, its file's path written FILE */
    private String refusal(String yaml) throws IOException {
        Path file = write(".berth.yaml", yaml);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ProjectConfig.load(file));
        assertThat(thrown).isInstanceOf(BerthException.class);
        return thrown.getMessage().replace(file.toString(), "FILE");
    }

    @Test
    void an_empty_file_is_the_defaults() throws IOException {
        Path file = write(".berth.yaml", "# nothing yet\n");
        assertThat(ProjectConfig.load(file).describe()).isEqualTo(ProjectConfig.defaults().describe());
    }

    @Test
    void the_file_is_found_from_a_subfolder_upwards_to_the_repository_root() throws IOException {
        // GIVEN a repository with its settings at the root, and a parent folder with other settings
        write(".berth.yaml", "failOn: high\n");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("deploy/k8s"));
        // WHEN looked for from deep inside the repository
        // THEN the parent's file does not apply: the search stops at the repository root
        assertThat(ProjectConfig.find(deep)).isEmpty();
        // AND the repository's own file is found from any subfolder
        Path own = write("repo/.berth.yml", "failOn: medium\n");
        assertThat(ProjectConfig.find(deep)).contains(own);
        assertThat(ProjectConfig.find(dir.resolve("repo"))).contains(own);
    }

    @Test
    void a_folder_holding_both_names_is_an_error() throws IOException {
        write(".berth.yaml", "");
        write(".berth.yml", "");
        assertThatThrownBy(() -> ProjectConfig.find(dir))
                .hasMessage(dir + ": both .berth.yaml and .berth.yml are here. Fix: keep one of them.");
    }

    @Test
    void every_rule_set_name_is_accepted_and_others_are_refused() {
        for (String name : RuleSets.names()) {
            assertThat(ProjectConfig.defaults().withRules(name, "--rules").rules().value()).isEqualTo(name);
        }
        assertThatThrownBy(() -> ProjectConfig.defaults().withSets("forest", "--sets"))
                .hasMessage("sets takes one of folder, tree, was forest");
    }
}
