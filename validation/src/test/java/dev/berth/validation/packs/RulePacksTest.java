package dev.berth.validation.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.docs.TestJars;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Category;
import dev.berth.validation.Report;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleFailure;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RulePacks;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import dev.berth.validation.config.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 1: "Rule packs everywhere. ... Ids may carry a pack prefix in a form that stays valid inside the
 * suppression annotation key (a key holds one {@code /}; e.g. {@code acme.team-label} gives
 * {@code ignore.berth.dev/acme.team-label}); an id without a prefix keeps working; two rules with one id are a clear
 * error at load naming both packs." And item 7: "a throwing custom rule is one finding naming the rule and the pack;
 * every other rule still runs". The packs are jars compiled at test time, so their classes are not on the class path.
 */
class RulePacksTest {

    private static final String SERVICES = "META-INF/services/dev.berth.validation.RulePack";

    @TempDir
    Path dir;

    /** A pack of one rule, {@code id}, in the recommended set, that reports every ConfigMap (or throws on it). */
    private Path pack(String jar, String className, String id, boolean throwing) throws IOException {
        String body = throwing ? "throw new NullPointerException(\"the pack's bug\");"
                : "context.report(object, \"metadata\", \"reported by " + id + "\");";
        String source = """
                package com.acme;

                import dev.berth.validation.*;
                import io.fabric8.kubernetes.api.model.HasMetadata;
                import java.util.List;
                import java.util.Set;

                public final class %1$s implements RulePack {
                    public List<Rule> rules() {
                        return List.of(new Rule(RuleInfo.id("%2$s").summary("A ConfigMap exists")
                                .severity(Severity.LOW).category(Category.CONFIG).kinds("ConfigMap")
                                .remediation("Remove it.").build()) {
                            public void check(RuleContext context) {
                                for (HasMetadata object : context.ofKind("ConfigMap")) {
                                    %3$s
                                }
                            }
                        });
                    }

                    public Set<String> members(String ruleSet) {
                        return ruleSet.equals(RuleSets.RECOMMENDED) ? Set.of("%2$s") : Set.of();
                    }
                }
                """.formatted(className, id, body);
        return TestJars.build(dir, jar, Map.of("com/acme/" + className + ".java", source),
                Map.of(SERVICES, "com.acme." + className + "\n"));
    }

    private static final String CONFIGMAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop}
            data: {mode: fast}
            """;

    @Test
    void a_pack_jar_joins_the_sets_it_names_and_its_rules_know_their_pack() throws IOException {
        // GIVEN a jar that is not on the class path, with a rule acme.configmap-exists in the recommended set
        Path jar = pack("acme-rules.jar", "AcmePack", "acme.configmap-exists", false);
        // WHEN it is loaded
        RulePacks packs = RulePacks.load(List.of(jar));
        // THEN its rule is in recommended beside Berth's, and both say where they come from
        RuleSet recommended = packs.named(RuleSets.RECOMMENDED);
        assertThat(recommended.contains("acme.configmap-exists")).isTrue();
        assertThat(recommended.contains("memory-limit")).isTrue();
        assertThat(recommended.rule("acme.configmap-exists").orElseThrow().pack()).isEqualTo("acme-rules.jar");
        assertThat(recommended.rule("memory-limit").orElseThrow().pack()).isEqualTo(RulePacks.BUILT_IN);
        assertThat(packs.packOf("acme.configmap-exists")).contains("acme-rules.jar");
        assertThat(packs.packRules().rules()).extracting(Rule::id).containsExactly("acme.configmap-exists");
        // AND the class path alone does not have it
        assertThat(RuleSets.all().contains("acme.configmap-exists")).isFalse();
    }

    @Test
    void a_folder_loads_every_jar_in_it() throws IOException {
        // GIVEN a folder of two pack jars
        Path folder = Files.createDirectories(dir.resolve("packs"));
        Files.move(pack("acme-rules.jar", "AcmePack", "acme.configmap-exists", false),
                folder.resolve("acme-rules.jar"));
        Files.move(pack("beta-rules.jar", "BetaPack", "beta.configmap-exists", false),
                folder.resolve("beta-rules.jar"));
        // WHEN the folder is loaded
        RulePacks packs = RulePacks.load(List.of(folder));
        // THEN both packs' rules are there, each naming its jar
        assertThat(packs.packOf("acme.configmap-exists")).contains("acme-rules.jar");
        assertThat(packs.packOf("beta.configmap-exists")).contains("beta-rules.jar");
    }

    @Test
    void two_rules_with_one_id_are_an_error_at_load_naming_both_packs() throws IOException {
        // GIVEN two jars whose rules share an id
        Path one = pack("acme-rules.jar", "AcmePack", "acme.configmap-exists", false);
        Path other = pack("copy-rules.jar", "CopyPack", "acme.configmap-exists", false);
        // WHEN both are loaded THEN one line names the id and both jars
        assertThatThrownBy(() -> RulePacks.load(List.of(one, other))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two rules have the id acme.configmap-exists: one in acme-rules.jar, one in "
                        + "copy-rules.jar; rename one of them (a pack prefix such as acme. keeps a pack's ids apart) "
                        + "or leave one pack out");
    }

    @Test
    void a_pack_rule_that_takes_a_built_in_id_is_an_error_naming_built_in() throws IOException {
        // GIVEN a pack whose rule takes the id of a built-in rule
        Path jar = pack("acme-rules.jar", "AcmePack", "memory-limit", false);
        // WHEN it is loaded THEN the clash names Berth's pack and the jar
        assertThatThrownBy(() -> RulePacks.load(List.of(jar)))
                .hasMessageStartingWith("two rules have the id memory-limit: one in built-in, one in acme-rules.jar;");
    }

    @Test
    void a_path_that_is_no_pack_is_one_line_saying_what_to_give() throws IOException {
        // GIVEN a path that does not exist, a jar without a pack, and an empty folder
        Path missing = dir.resolve("nowhere.jar");
        Path plain = TestJars.build(dir, "plain.jar", Map.of(), Map.of("README.txt", "no pack here\n"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        // WHEN each is loaded THEN one line says what is wrong and what to give
        assertThatThrownBy(() -> RulePacks.load(List.of(missing)))
                .hasMessage("no rule pack at " + missing + ": give a pack jar (a .jar file), or a folder of them");
        assertThatThrownBy(() -> RulePacks.load(List.of(plain)))
                .hasMessage("rule pack " + plain + " holds no rule pack: a pack jar lists its RulePack classes in "
                        + "META-INF/services/dev.berth.validation.RulePack");
        assertThatThrownBy(() -> RulePacks.load(List.of(empty)))
                .hasMessage("rule pack folder " + empty + " holds no .jar file; give a pack jar, or a folder of them");
    }

    @Test
    void a_throwing_pack_rule_is_one_finding_naming_rule_and_pack_and_the_other_rules_still_report()
            throws IOException {
        // GIVEN a pack whose rule throws on every ConfigMap, and a ConfigMap holding a password
        Path jar = pack("acme-rules.jar", "AcmePack", "acme.throws", true);
        RuleSet rules = RulePacks.load(List.of(jar)).named(RuleSets.RECOMMENDED);
        // WHEN the recommended rules and the pack's judge it
        Report report = Validator.of(rules).evaluate(new ManifestReader().readString(CONFIGMAP.replace(
                "{mode: fast}", "{password: hunter2hunter2}")));
        // THEN one rule-failed finding names the rule and its pack, and Berth's rule still reports the secret
        assertThat(report.findingsOf(RuleFailure.ID)).singleElement().satisfies(failure -> assertThat(
                failure.message()).isEqualTo("rule acme.throws of pack acme-rules.jar failed: NullPointerException: "
                        + "the pack's bug"));
        assertThat(report.findingsOf("secret-in-configmap")).hasSize(1);
    }

    @Test
    void an_id_may_carry_a_pack_prefix_and_its_suppression_key_holds_one_slash() {
        // GIVEN a rule with a prefixed id, and a ConfigMap suppressing it with a reason
        Rule rule = new Rule(RuleInfo.id("acme.configmap-exists").summary("A ConfigMap exists")
                .severity(Severity.LOW).category(Category.CONFIG).kinds("ConfigMap").remediation("Remove it.")
                .build()) {
            @Override
            public void check(RuleContext context) {
                context.ofKind("ConfigMap").forEach(object -> context.report(object, "", "exists"));
            }
        };
        String suppressed = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                  annotations: {ignore.berth.dev/acme.configmap-exists: "the pack's own settings"}
                """;
        // WHEN it judges the ConfigMap
        Report report = Validator.of(RuleSet.of("t", List.of(rule))).evaluate(new ManifestReader()
                .readString(suppressed));
        // THEN the finding is suppressed, and nothing else is said
        assertThat(report.findings()).isEmpty();
        assertThat(report.suppressed()).extracting(f -> f.ruleId()).containsExactly("acme.configmap-exists");
    }

    @Test
    void an_id_with_a_slash_or_two_prefixes_is_refused_and_a_plain_id_still_works() {
        // WHEN ids of each form are built THEN the slash and the double prefix are refused in one line
        for (String bad : List.of("acme/team-label", "acme.tools.team-label", "Acme.team-label", "acme.")) {
            assertThatThrownBy(() -> RuleInfo.id(bad).summary("x").category(Category.CONFIG).remediation("Fix.")
                    .build()).hasMessage("rule id must be kebab-case, optionally after a pack prefix and a dot "
                            + "(team-label, acme.team-label), was " + bad);
        }
        assertThat(RuleInfo.id("team-label").summary("x").category(Category.CONFIG).remediation("Fix.").build().id())
                .isEqualTo("team-label");
    }

    @Test
    void the_configuration_file_loads_rule_packs_relative_to_its_folder_before_reading_their_rule_ids()
            throws IOException {
        // GIVEN a pack jar in tools/, and a file that sets its rule's severity before it lists the pack
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Files.move(pack("acme-rules.jar", "AcmePack", "acme.configmap-exists", false), tools.resolve("acme-rules.jar"));
        Path file = Files.writeString(dir.resolve(".berth.yaml"), """
                severity: {acme.configmap-exists: high}
                rulePacks: [tools/acme-rules.jar]
                """);
        // WHEN it is loaded
        ProjectConfig config = ProjectConfig.load(file);
        // THEN the pack's rule runs with the file's severity, and the pack is listed with its line
        RuleSet rules = config.ruleSet();
        assertThat(rules.severityOf(rules.rule("acme.configmap-exists").orElseThrow())).isEqualTo(Severity.HIGH);
        assertThat(config.describe()).contains("rulePacks: " + tools.resolve("acme-rules.jar") + " (" + file
                + ":2)");
    }

    @Test
    void a_rule_pack_the_file_cannot_load_is_one_line_at_its_key() throws IOException {
        // GIVEN a file listing a jar that is not there
        Path file = Files.writeString(dir.resolve(".berth.yaml"), "failOn: high\nrulePacks: [missing.jar]\n");
        // WHEN it is loaded THEN one line names the file, the place, what is wrong and how to fix it
        assertThatThrownBy(() -> ProjectConfig.load(file)).hasMessage(file + ":2:12: rulePacks: no rule pack at "
                + dir.resolve("missing.jar") + ": give a pack jar (a .jar file), or a folder of them. Fix: Check the "
                + "rulePacks paths (relative to this file's folder) and the jars.");
    }
}
