package dev.berth.assertj;

import dev.berth.validation.Report;

/**
 * Assertions on the findings of one rule, reached through {@link ManifestAssert#hasFindingOf(String)} or
 * {@link ReportAssert#hasFindingOf(String)}: the objects, fields and lines they are on, what they say and how many
 * there are. Made for the tests of custom rules; each check narrows (see {@link AbstractFindingsAssert}).
 *
 * <pre>{@code
 * assertThat(manifest).usingRules(RuleSets.all().with(new MyRule()))
 *         .hasFindingOf("my-rule").on("Deployment", "shop", "web").atFieldPath("metadata.labels").hasCount(1);
 * }</pre>
 */
public class FindingsAssert extends AbstractFindingsAssert<FindingsAssert> {

    /**
     * Reached through {@code hasFindingOf(ruleId)}; public for AssertJ's soft-assertion proxies.
     *
     * @param actual a report narrowed to one rule's findings
     */
    public FindingsAssert(Report actual) {
        super(actual, FindingsAssert.class);
    }
}
