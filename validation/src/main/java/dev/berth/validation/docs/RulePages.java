package dev.berth.validation.docs;

import dev.berth.validation.Rule;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule pages ({@code docs/rules/<id>.md}) that travel in the validation jar, so an installed CLI and a SARIF
 * report can show them without a source checkout; and the pages of rules that document themselves (a rule pack's),
 * made of their {@link RuleInfo} by {@link #render(RuleInfo, List)} and written by {@link #write}.
 *
 * <pre>{@code
 * RulePages.page("memory-limit");                         // Optional["# memory-limit\n\nA container sets ..."]
 * RulePages.explained(new MemoryLimit().info());          // the page with a "## Remediation" section before "## Why"
 * RulePages.why(new MemoryLimit().info());                // "Memory cannot be throttled. ..."
 * }</pre>
 */
public final class RulePages {

    /** Where the validation jar keeps the rule pages. */
    public static final String RESOURCES = "/dev/berth/validation/docs/rules/";

    private RulePages() {
    }

    /**
     * @param id a rule id
     * @return the rule's page as written, when the jar has one (Berth's own rules; not rules of other packs)
     */
    public static Optional<String> page(String id) {
        try (InputStream in = RulePages.class.getResourceAsStream(RESOURCES + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param rule a rule's metadata
     * @return its page in Markdown with the remediation as a section before "Why": the page the jar has (Berth's own
     *         rules), or else the page {@link #render(RuleInfo, List)} makes of the rule's metadata
     */
    public static String explained(RuleInfo rule) {
        String remediation = "\n## Remediation\n\n" + rule.remediation() + "\n";
        String page = page(rule.id()).orElseGet(() -> render(rule, List.of()));
        int why = page.indexOf("\n## Why");
        if (why < 0) {
            why = page.indexOf("\n## Bad");
        }
        return why < 0 ? page + remediation : page.substring(0, why) + remediation + page.substring(why);
    }

    /**
     * A rule's page made of its metadata, in the form of Berth's own pages: the title, the summary, severity, category
     * and rule sets, then "Why" ({@link RuleInfo#rationale()}), "Bad" and "Good" ({@link RuleInfo#failingExample()},
     * {@link RuleInfo#passingExample()}) and a "See:" line for a docs URL; a section the rule has nothing for is left
     * out. {@code berth explain} shows it for a rule of a rule pack, and {@link #write(RuleSet, List, Path)} writes
     * it.
     *
     * <pre>{@code
     * RulePages.render(teamLabel.info(), List.of("recommended", "strict", "all"));
     * // "# acme.team-label\n\nA workload does not name its owning team.\n\nSeverity: medium\n..."
     * }</pre>
     *
     * @param rule a rule's metadata
     * @param ruleSets the names of the rule sets that hold it, for the "Rule sets:" line; empty leaves the line out
     * @return the page in Markdown
     */
    public static String render(RuleInfo rule, List<String> ruleSets) {
        StringBuilder out = new StringBuilder("# ").append(rule.id()).append("\n\n").append(rule.summary())
                .append(".\n\nSeverity: ").append(rule.severity().label())
                .append("\nCategory: ").append(rule.category().name().toLowerCase(Locale.ROOT)).append('\n');
        if (!ruleSets.isEmpty()) {
            out.append("Rule sets: ").append(String.join(", ", ruleSets)).append('\n');
        }
        if (!rule.rationale().isEmpty()) {
            out.append("\n## Why\n\n").append(rule.rationale()).append('\n');
        }
        if (!rule.failingExample().isEmpty()) {
            out.append("\n## Bad\n\n```yaml\n").append(rule.failingExample()).append("```\n");
        }
        if (!rule.passingExample().isEmpty()) {
            out.append("\n## Good\n\n```yaml\n").append(rule.passingExample()).append("```\n");
        }
        if (rule.docs().startsWith("https://") || rule.docs().startsWith("http://")) {
            out.append("\nSee: ").append(rule.docs()).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes the pages of a set of rules, such as a rule pack's, to a folder: {@code rules.md}, the index
     * {@link RulesIndex#render(RuleSet, List)} makes, and {@code rules/<id>.md} for each rule, made by
     * {@link #render(RuleInfo, List)}. {@code berth rules --rule-pack acme-rules.jar --write-docs docs} calls it.
     *
     * <pre>{@code
     * RulePacks packs = RulePacks.load(List.of(Path.of("acme-rules.jar")));
     * RulePages.write(packs.packRules(), List.of(packs.named("recommended"), packs.named("strict")),
     *         Path.of("docs"));
     * }</pre>
     *
     * @param rules the rules whose pages to write
     * @param named the named rule sets, each checked for membership of every rule ({@link RuleSets#names()} order)
     * @param folder the folder to write into; created when missing
     * @return the files written, the index first
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> write(RuleSet rules, List<RuleSet> named, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder.resolve("rules"));
            Path index = folder.resolve("rules.md");
            Files.writeString(index, RulesIndex.render(rules, named), StandardCharsets.UTF_8);
            written.add(index);
            for (Rule rule : rules.rules()) {
                List<String> sets = new ArrayList<>();
                for (RuleSet set : named) {
                    if (set.contains(rule.id())) {
                        sets.add(set.name());
                    }
                }
                Path page = folder.resolve("rules").resolve(rule.id() + ".md");
                Files.writeString(page, render(rule.info(), sets), StandardCharsets.UTF_8);
                written.add(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule pages to " + folder + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * @param rule a rule's metadata
     * @return the first paragraph of its page's "Why" section on one line, or its summary as a sentence when it has none
     */
    public static String why(RuleInfo rule) {
        return page(rule.id()).map(page -> {
            int start = page.indexOf("\n## Why\n\n");
            if (start < 0) {
                return null;
            }
            start += "\n## Why\n\n".length();
            int end = page.indexOf("\n\n", start);
            return page.substring(start, end < 0 ? page.length() : end).strip().replace('\n', ' ');
        }).filter(text -> !text.isEmpty()).orElse(rule.summary() + ".");
    }
}
