package dev.berth.validation.docs;

import dev.berth.validation.Category;
import dev.berth.validation.Parameter;
import dev.berth.validation.Rule;
import dev.berth.validation.RuleInfo;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates {@code docs/rules.md}, the index of every rule, from the rules' metadata: one table per category with each
 * rule's id (linked to its page), severity, summary, the named rule sets that hold it, and its parameters with their
 * defaults. Never edit the file by hand; regenerate it:
 *
 * <pre>
 * mvn -B -pl validation -am test -Dtest=RulesIndexTest -Dsurefire.failIfNoSpecifiedTests=false -Dberth.updateDocs=true
 * </pre>
 *
 * <pre>{@code
 * String markdown = RulesIndex.render(RuleSets.all());
 * RulesIndex.write(Path.of("docs/rules.md"));
 * }</pre>
 */
public final class RulesIndex {

    private RulesIndex() {
    }

    /**
     * Writes the index of {@link RuleSets#all()}.
     *
     * @param args the file to write; default {@code docs/rules.md}
     */
    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "docs/rules.md"));
    }

    /**
     * @param file where to write the index of {@link RuleSets#all()}
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file) {
        try {
            Files.writeString(file, render(RuleSets.all()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param rules the rules to list; their membership of the named sets comes from {@link RuleSets}
     * @return the Markdown index
     */
    public static String render(RuleSet rules) {
        List<RuleSet> named = new ArrayList<>();
        for (String name : RuleSets.names()) {
            if (!name.equals(RuleSets.ALL)) {
                named.add(RuleSets.named(name));
            }
        }
        return render(rules, named, "Regenerate with\n`mvn -B -pl validation -am test -Dtest=RulesIndexTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dberth.updateDocs=true`.");
    }

    /**
     * The index of a rule pack's rules, as {@link RulePages#write} writes it beside their pages.
     *
     * <pre>{@code
     * RulesIndex.render(mine, List.of(packs.named("recommended"), packs.named("strict")));
     * }</pre>
     *
     * @param rules the rules to list
     * @param named the named sets a rule's "Rule sets" cell is made of; a rule in none of them shows {@code all}
     * @return the Markdown index
     */
    public static String render(RuleSet rules, List<RuleSet> named) {
        return render(rules, named, "Regenerate with `berth rules --rule-pack <jar> --write-docs <folder>`.");
    }

    private static String render(RuleSet rules, List<RuleSet> namedSets, String regenerate) {
        Map<String, RuleSet> named = new LinkedHashMap<>();
        namedSets.stream().filter(set -> !set.name().equals(RuleSets.ALL)).forEach(set -> named.put(set.name(), set));
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n")
                .append("Generated from the rules' metadata by `dev.berth.validation.docs.RulesIndex`; do not edit. ")
                .append(regenerate).append("\n\n")
                .append(rules.rules().size()).append(" rules. Every rule is in the `all` set; `recommended` is the ")
                .append("default, and `strict` is `recommended` plus the rules marked strict.\n");
        for (Category category : Category.values()) {
            List<Rule> inCategory = rules.rules().stream().filter(r -> r.info().category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(title(category)).append("\n\n")
                    .append("| Rule | Severity | Summary | Rule sets | Parameters |\n")
                    .append("|------|----------|---------|-----------|------------|\n");
            for (Rule rule : inCategory) {
                RuleInfo info = rule.info();
                List<String> sets = new ArrayList<>();
                named.forEach((name, set) -> {
                    if (set.contains(info.id())) {
                        sets.add(name);
                    }
                });
                out.append("| [").append(info.id()).append("](").append(link(info.docs())).append(") | ")
                        .append(info.severity().label()).append(" | ")
                        .append(cell(info.summary())).append(" | ")
                        .append(sets.isEmpty() ? "all" : String.join(", ", sets)).append(" | ")
                        .append(parameters(info.parameters())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String parameters(List<Parameter<?>> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.stream()
                .map(p -> "`" + p.name() + "` = `" + p.defaultValue() + "`: " + cell(p.description()))
                .collect(Collectors.joining("<br>"));
    }

    private static String title(Category category) {
        String name = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String link(String docs) {
        return docs.startsWith("docs/") ? docs.substring("docs/".length()) : docs;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
