package dev.berth.validation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleFailure;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule is registered, documented and tested: a unique kebab-case id; a page {@code docs/rules/<id>.md} titled with
 * the id, stating its severity and category, with a {@code ## Why} section and {@code ## Bad} and {@code ## Good}
 * examples whose {@code ```yaml} blocks are, exactly, fixtures of the rule; and at least one bad and one good fixture.
 */
class CatalogueTest {

    private static final Path DOCS = Path.of(System.getProperty("berth.root", "..")).resolve("docs/rules");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Rule> rules() {
        return RuleSets.all().rules().stream();
    }

    @Test
    void rule_ids_are_unique_across_packs_and_kebab_case() {
        List<String> ids = new ArrayList<>();
        for (RulePack pack : RuleSets.packs()) {
            pack.rules().forEach(rule -> ids.add(rule.id()));
        }
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
        assertThat(ids).hasSize(RuleSets.all().rules().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_has_fixtures_and_a_page_whose_examples_are_fixtures(Rule rule) throws IOException {
        // GIVEN the rule's fixtures and its page
        String id = rule.id();
        List<String> bad = fixtures(id, "bad-");
        List<String> good = fixtures(id, "good-");
        Path page = DOCS.resolve(id + ".md");
        // THEN there is at least one bad and one good fixture
        assertThat(bad).as("bad-*.yaml fixtures in %s", FIXTURES.resolve(id)).isNotEmpty();
        assertThat(good).as("good-*.yaml fixtures in %s", FIXTURES.resolve(id)).isNotEmpty();
        // AND the page exists, is titled with the id, and states severity and category
        assertThat(page).as("the rule's page").exists();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as("title of %s", page).isEqualTo("# " + id);
        assertThat(lines).as("%s states the severity", page).anyMatch(l -> l.startsWith("Severity:")
                && l.toLowerCase(Locale.ROOT).contains(rule.info().severity().label()));
        assertThat(lines).as("%s states the category", page).anyMatch(l -> l.startsWith("Category:")
                && l.toLowerCase(Locale.ROOT).contains(rule.info().category().name().toLowerCase(Locale.ROOT)));
        assertThat(lines).as("%s has a Why section", page).contains("## Why");
        // AND its Bad and Good examples are, exactly, fixtures of the rule
        assertThat(bad).as("the ## Bad example of %s must be the content of a bad-*.yaml fixture", page)
                .contains(yamlBlock(lines, "## Bad", page));
        assertThat(good).as("the ## Good example of %s must be the content of a good-*.yaml fixture", page)
                .contains(yamlBlock(lines, "## Good", page));
    }

    @Test
    void every_fixture_folder_and_every_page_names_a_rule() throws IOException {
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            assertThat(folders.map(p -> p.getFileName().toString()))
                    .allMatch(id -> RuleSets.all().contains(id), "a rule id");
        }
        try (Stream<Path> pages = Files.list(DOCS)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)))
                    .allMatch(id -> RuleSets.all().contains(id) || id.equals(RuleFailure.ID),
                            "a rule id, or the validator's own rule-failed");
        }
    }

    private static List<String> fixtures(String id, String prefix) throws IOException {
        Path folder = FIXTURES.resolve(id);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> contents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".yaml")) {
                    contents.add(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                }
            }
        }
        return contents;
    }

    /** The first {@code ```yaml} block of a page's section, such as {@code ## Good}; shared with GoodExamplesTest. */
    static String yamlBlock(List<String> lines, String heading, Path page) {
        int at = lines.indexOf(heading);
        assertThat(at).as("%s has a section %s", page, heading).isNotNegative();
        int start = -1;
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (start < 0 && lines.get(i).equals("```yaml")) {
                start = i + 1;
            } else if (start >= 0 && lines.get(i).equals("```")) {
                return String.join("\n", lines.subList(start, i)) + "\n";
            }
        }
        throw new AssertionError(page + ": section " + heading + " has no complete ```yaml block");
    }
}
