package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.validation.Report;

/**
 * The entry point of Berth's test assertions: infrastructure rules as ordinary unit tests. Import it statically,
 * beside AssertJ's own {@code Assertions.assertThat}; the overloads do not clash.
 *
 * <pre>{@code
 * import static dev.berth.assertj.BerthAssertions.assertThat;
 *
 * Manifest shop = new ManifestReader().read(Path.of("k8s")); // or a DSL application's manifest()
 * assertThat(shop).passes(RuleSets.recommended());
 * assertThat(shop).statefulSet("db").hasHeadlessService().retainsDataOnDelete();
 * assertThat(shop).allowsTraffic().from("api").to("db").on(5432);
 * }</pre>
 *
 * <p>For soft assertions, which report every failure of a test at once, use {@link BerthSoftAssertions}.
 */
public final class BerthAssertions {

    private BerthAssertions() {
    }

    /**
     * Starts assertions on a manifest, whether built with the DSL, with raw fabric8 objects or read from YAML.
     *
     * <pre>{@code
     * assertThat(shop).passes(RuleSets.recommended());     // passes on the README's shop
     * assertThat(shop).statefulSet("cache");               // fails:
     * // Expecting the manifest to contain StatefulSet cache, but found StatefulSet shop/db
     * }</pre>
     *
     * @param manifest the manifest
     * @return assertions on it
     */
    public static ManifestAssert assertThat(Manifest manifest) {
        return new ManifestAssert(manifest);
    }

    /**
     * Starts assertions on a validation report.
     *
     * <pre>{@code
     * assertThat(Validator.recommended().evaluate(shop)).hasNoFindingAbove(Severity.LOW); // passes
     * assertThat(Validator.recommended().evaluate(rootShop)).hasNoFindings();            // fails:
     * // Expecting no finding of rule set 'recommended', but found 1 finding: ...
     * }</pre>
     *
     * @param report the report
     * @return assertions on it
     */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }
}
