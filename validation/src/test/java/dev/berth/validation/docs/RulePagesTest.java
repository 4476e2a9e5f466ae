package dev.berth.validation.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Category;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleContext;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 2: "Rules that document themselves: rationale, a failing and a passing example (YAML), and a docs URL
 * in {@code RuleInfo}; {@code berth explain} renders them for any rule; the generator that writes {@code docs/rules/}
 * writes a pack's pages too (a CLI command or Maven goal), so Berth's own docs and a pack's come from one code path."
 */
class RulePagesTest {

    static final RuleInfo TEAM_LABEL = RuleInfo.id("acme.team-label")
            .summary("A workload does not name its owning team")
            .severity(Severity.MEDIUM).category(Category.WORKLOAD).kinds("Deployment")
            .remediation("Add the label team: <your team> to metadata.labels.")
            .rationale("On-call finds the owner of a failing workload\nfrom its team label.")
            .failingExample("""
                    kind: Deployment
                    metadata:
                      name: web
                    """)
            .passingExample("""
                    kind: Deployment
                    metadata:
                      name: web
                      labels: {team: shop}
                    """)
            .docs("https://rules.acme.example/team-label")
            .build();

    @Test
    void a_rule_that_documents_itself_gets_a_page_in_the_form_of_berths_own() {
        // WHEN the page of a self-documenting rule is rendered
        String page = RulePages.render(TEAM_LABEL, List.of("recommended", "strict", "all"));
        // THEN title, summary, severity, category, rule sets, Why, Bad, Good and the docs URL, as Berth's pages have
        assertThat(page).isEqualTo("""
                # acme.team-label

                A workload does not name its owning team.

                Severity: medium
                Category: workload
                Rule sets: recommended, strict, all

                ## Why

                On-call finds the owner of a failing workload
                from its team label.

                ## Bad

                ```yaml
                kind: Deployment
                metadata:
                  name: web
                ```

                ## Good

                ```yaml
                kind: Deployment
                metadata:
                  name: web
                  labels: {team: shop}
                ```

                See: https://rules.acme.example/team-label
                """);
    }

    @Test
    void explained_puts_the_remediation_before_why_for_a_pack_rule_as_for_a_built_in_one() {
        // WHEN a pack's rule and a built-in rule are explained
        String pack = RulePages.explained(TEAM_LABEL);
        String builtIn = RulePages.explained(RuleSets.all().rule("memory-limit").orElseThrow().info());
        // THEN both have the remediation as a section right before Why
        assertThat(pack).contains("Category: workload\n\n## Remediation\n\nAdd the label team: <your team> to "
                + "metadata.labels.\n\n## Why\n\n");
        assertThat(builtIn).contains("## Remediation\n\n" + "Set resources.limits.memory")
                .containsSubsequence("## Remediation", "## Why", "## Bad", "## Good");
    }

    @Test
    void a_rule_without_rationale_or_examples_gets_the_sections_it_has() {
        // GIVEN a rule with none of the optional metadata
        RuleInfo bare = RuleInfo.id("acme.bare").summary("Bare").category(Category.CONFIG).remediation("Fix it.")
                .build();
        // WHEN it is explained THEN the page has what it knows, and no empty section
        assertThat(RulePages.explained(bare)).isEqualTo("""
                # acme.bare

                Bare.

                Severity: medium
                Category: config

                ## Remediation

                Fix it.
                """);
    }

    @Test
    void write_makes_the_index_and_one_page_per_rule_with_the_same_code_as_the_built_in_index(@TempDir Path dir)
            throws IOException {
        // GIVEN a pack's rule in recommended
        Rule rule = new Rule(TEAM_LABEL) {
            @Override
            public void check(RuleContext context) {
            }
        };
        RuleSet mine = RuleSet.of("packs", List.of(rule));
        RuleSet recommended = RuleSet.of(RuleSets.RECOMMENDED, List.of(rule));
        // WHEN its pages are written
        List<Path> written = RulePages.write(mine, List.of(recommended, RuleSet.of(RuleSets.STRICT, List.of(rule))),
                dir.resolve("docs"));
        // THEN rules.md lists it, linked to rules/acme.team-label.md, which is its rendered page
        assertThat(written).containsExactly(dir.resolve("docs/rules.md"), dir.resolve("docs/rules/acme.team-label.md"));
        assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8))
                .startsWith("# Rules\n\nGenerated from the rules' metadata by `dev.berth.validation.docs.RulesIndex`; "
                        + "do not edit. Regenerate with `berth rules --rule-pack <jar> --write-docs <folder>`.\n\n"
                        + "1 rules.")
                .contains("| [acme.team-label](https://rules.acme.example/team-label) | medium | A workload does "
                        + "not name its owning team | recommended, strict |  |");
        assertThat(Files.readString(written.get(1), StandardCharsets.UTF_8))
                .isEqualTo(RulePages.render(TEAM_LABEL, List.of("recommended", "strict")));
    }
}
