package dev.berth.cli;

import static dev.berth.cli.Cli.read;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.docs.TestJars;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RulePacks;
import dev.berth.validation.docs.RulePages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: "A rule pack built in CI from a sample project is loaded by {@code berth lint --rule-pack}, listed by
 * {@code berth rules}, explained by {@code berth explain} ...; a deliberately throwing rule in a test pack shows as one
 * finding while the others still report." The pack is compiled into a jar at test time ({@link TestJars}), so its
 * classes are on no class path but the one {@code --rule-pack} makes, as for a user of {@code java -jar}.
 */
class RulePackCliTest {

    /** A company's pack: a documented rule, and a rule with a bug that throws on every ConfigMap. */
    static final String ACME_PACK = """
            package com.acme.rules;

            import dev.berth.core.workload.Workload;
            import dev.berth.validation.*;
            import io.fabric8.kubernetes.api.model.HasMetadata;
            import java.util.List;
            import java.util.Set;

            public final class AcmePack implements RulePack {
                public List<Rule> rules() {
                    return List.of(new TeamLabel(), new Explodes());
                }

                public Set<String> members(String ruleSet) {
                    return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("acme.team-label", "acme.explodes") : Set.of();
                }

                static final class TeamLabel extends Rule {
                    TeamLabel() {
                        super(RuleInfo.id("acme.team-label").summary("A workload does not name its owning team")
                                .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Deployment")
                                .remediation("Add the label team: <your team> to metadata.labels.")
                                .rationale("On-call finds the owner of a failing workload from its team label.")
                                .failingExample("kind: Deployment\\nmetadata:\\n  name: web\\n")
                                .passingExample("kind: Deployment\\nmetadata:\\n  name: web\\n  labels: {team: shop}\\n")
                                .docs("https://rules.acme.example/team-label")
                                .build());
                    }

                    public void check(RuleContext context) {
                        for (HasMetadata object : context.ofKind("Deployment")) {
                            var labels = object.getMetadata().getLabels();
                            if (labels == null || !labels.containsKey("team")) {
                                context.report(object, "metadata.labels", "no team label");
                            }
                        }
                    }
                }

                static final class Explodes extends Rule {
                    Explodes() {
                        super(RuleInfo.id("acme.explodes").summary("Throws on every ConfigMap")
                                .severity(Severity.LOW).category(Category.CONFIG).kinds("ConfigMap")
                                .remediation("None.").build());
                    }

                    public void check(RuleContext context) {
                        if (!context.ofKind("ConfigMap").isEmpty()) {
                            throw new IllegalStateException("a bug in the pack");
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void buildThePack() throws IOException {
        jar = TestJars.build(dir, "acme-rules.jar", Map.of("com/acme/rules/AcmePack.java", ACME_PACK),
                Map.of("META-INF/services/dev.berth.validation.RulePack", "com.acme.rules.AcmePack\n"));
    }

    @Test
    void lint_with_a_rule_pack_reports_its_rule_and_a_throwing_rule_is_one_finding_naming_rule_and_pack() {
        // GIVEN a Deployment without a team label and a ConfigMap holding a password
        Path file = write(dir, "app.yaml", Cli.DEPLOYMENT + "---\n" + Cli.SECRET_IN_CONFIGMAP);
        // WHEN berth lint loads the pack
        Cli.Result result = run("lint", "--rule-pack", jar.toString(), file.toString());
        // THEN the pack's rule reports, its failing rule is one finding naming rule and pack, Berth's rules still
        // report, and the exit code says a rule failed
        assertThat(result.out()).contains("Rule 'acme.team-label' [MEDIUM] was violated (1 time):\n"
                        + "  Deployment shop/web: no team label\n")
                .contains("Rule 'rule-failed' [HIGH] was violated (1 time):\n"
                        + "  ConfigMap shop/db: rule acme.explodes of pack acme-rules.jar failed: "
                        + "IllegalStateException: at ")
                .contains("Rule 'secret-in-configmap'", "Rule 'memory-limit'")
                .doesNotContain(Cli.SECRET_VALUE);
        assertThat(result.err()).isEqualTo("berth: 1 rule failure (a bug in a rule, not in the input): see the "
                + "rule-failed findings, and please report them; every other rule and object was judged\n");
        assertThat(result.code()).isEqualTo(ExitCode.INTERNAL);
    }

    @Test
    void without_the_rule_pack_its_rule_is_unknown() {
        // WHEN the pack's rule is enabled without the pack THEN one line says so (what issue 18 found)
        Cli.Result result = run("lint", "--enable", "acme.team-label", write(dir, "cm.yaml", Cli.CLEAN).toString());
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).startsWith("berth: no rule acme.team-label; 'berth rules' lists them\n");
    }

    @Test
    void rules_lists_each_rule_with_its_pack() {
        // WHEN the rules are listed with the pack
        Cli.Result result = run("rules", "--rule-pack", jar.toString());
        // THEN a PACK column says built-in for Berth's rules and the jar for the pack's
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out().lines().findFirst().orElseThrow()).matches("ID +SEVERITY +CATEGORY +ON +PACK +SUMMARY");
        assertThat(result.out().lines().filter(l -> l.startsWith("acme.team-label ")).findFirst().orElseThrow())
                .matches("acme\\.team-label +medium +workload +yes +acme-rules\\.jar +A workload does not name its "
                        + "owning team");
        assertThat(result.out().lines().filter(l -> l.startsWith("memory-limit ")).findFirst().orElseThrow())
                .matches("memory-limit +medium +workload +yes +built-in +A container sets no memory limit");
    }

    @Test
    void explain_renders_a_pack_rule_from_its_metadata() {
        // WHEN the pack's documented rule is explained
        Cli.Result result = run("explain", "--rule-pack", jar.toString(), "acme.team-label");
        // THEN its page as RulePages makes it (its exact form is RulePagesTest's): summary, remediation before why,
        // a bad and a good example, and its docs URL
        RuleInfo info = RulePacks.load(List.of(jar)).all().rule("acme.team-label").orElseThrow().info();
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo(RulePages.explained(info))
                .startsWith("# acme.team-label\n\nA workload does not name its owning team.\n")
                .containsSubsequence("## Remediation\n\nAdd the label team: <your team> to metadata.labels.\n",
                        "## Why\n\nOn-call finds the owner of a failing workload from its team label.\n",
                        "## Bad\n\n```yaml\nkind: Deployment\n", "## Good\n\n```yaml\n")
                .endsWith("See: https://rules.acme.example/team-label\n");
    }

    @Test
    void rules_write_docs_writes_the_packs_pages_and_index() {
        // WHEN the pack's pages are written
        Path docs = dir.resolve("docs");
        Cli.Result result = run("rules", "--rule-pack", jar.toString(), "--write-docs", docs.toString());
        // THEN rules.md and one page per rule of the pack, none of Berth's
        assertThat(result.code()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("wrote 3 pages to " + docs + " (rules.md and rules/<id>.md)\n");
        assertThat(read(docs.resolve("rules/acme.team-label.md"))).startsWith("# acme.team-label\n\nA workload does "
                + "not name its owning team.\n\nSeverity: medium\nCategory: workload\nRule sets: recommended, strict, "
                + "all\n\n## Why\n");
        assertThat(read(docs.resolve("rules.md"))).contains("2 rules.").contains("[acme.explodes](rules/acme.explodes.md)")
                .doesNotContain("memory-limit");
    }

    @Test
    void the_configuration_file_names_the_pack_and_a_clash_of_ids_is_one_line_naming_both_jars() throws IOException {
        // GIVEN a configuration file listing the pack, and a second jar with the same pack
        Path config = write(dir, "berth.yaml", "rulePacks: [acme-rules.jar]\ndisable: [acme.explodes]\n");
        Path copy = TestJars.build(dir.resolve("copy"), "acme-copy.jar",
                Map.of("com/acme/rules/AcmePack.java", ACME_PACK.replace("package com.acme.rules;",
                        "package com.acme.copy;")),
                Map.of("META-INF/services/dev.berth.validation.RulePack", "com.acme.copy.AcmePack\n"));
        Path file = write(dir, "app.yaml", Cli.DEPLOYMENT);
        // WHEN lint reads the file, then is also given the copy
        Cli.Result configured = run("lint", "--config", config.toString(), "--fail-on", "high", file.toString());
        Cli.Result clash = run("lint", "--config", config.toString(), "--rule-pack", copy.toString(),
                file.toString());
        // THEN the file's pack runs; the clash is exit 2 with one line naming the id and both jars
        assertThat(configured.code()).isEqualTo(ExitCode.OK);
        assertThat(configured.out()).contains("Rule 'acme.team-label'");
        assertThat(clash.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(clash.err()).isEqualTo(config + ":1:12: rulePacks: two rules have the id acme.team-label: one "
                + "in acme-rules.jar, one in acme-copy.jar; rename one of them (a pack prefix such as acme. keeps a "
                + "pack's ids apart) or leave one pack out. Fix: Check the rulePacks paths (relative to this file's "
                + "folder) and the jars.\n");
    }
}
