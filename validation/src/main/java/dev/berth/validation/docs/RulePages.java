package dev.berth.validation.docs;

import dev.berth.validation.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The rule pages ({@code docs/rules/<id>.md}) that travel in the validation jar, so an installed CLI and a SARIF
 * report can show them without a source checkout.
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
     * @return its page in Markdown with the remediation as a section before "Why"; for a rule without a page, one
     *         made of its id, summary, severity, category and remediation
     */
    public static String explained(RuleInfo rule) {
        String remediation = "\n## Remediation\n\n" + rule.remediation() + "\n";
        return page(rule.id()).map(page -> {
            int why = page.indexOf("\n## Why");
            return why < 0 ? page + remediation : page.substring(0, why) + remediation + page.substring(why);
        }).orElseGet(() -> "# " + rule.id() + "\n\n" + rule.summary() + ".\n\nSeverity: " + rule.severity().label()
                + "\nCategory: " + rule.category().name().toLowerCase(java.util.Locale.ROOT) + "\n" + remediation);
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
