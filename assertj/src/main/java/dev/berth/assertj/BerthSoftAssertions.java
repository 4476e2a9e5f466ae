package dev.berth.assertj;

import dev.berth.core.Manifest;
import dev.berth.validation.Report;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft assertions over manifests and reports: every failure of a test is collected and reported together, including
 * the failures of navigations ({@code statefulSet("cache")} on a manifest without it is recorded, and the assertions
 * chained after it check nothing more).
 *
 * <p>With JUnit 5, let AssertJ's own extension create it and collect at the end of each test, so nobody forgets to:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class ShopInfrastructureTest {
 *     @InjectSoftAssertions
 *     BerthSoftAssertions softly;
 *
 *     @Test
 *     void database_keeps_its_data() {
 *         softly.assertThat(shop).statefulSet("db").retainsDataOnDelete().hasDisruptionBudget();
 *         softly.assertThat(shop).allowsTraffic().from("api").to("db").on(5432);
 *     }
 * }
 * }</pre>
 *
 * <p>Without it, use {@link #assertSoftly(Consumer)} or call {@link #assertAll()} yourself.
 */
public class BerthSoftAssertions extends AbstractSoftAssertions {

    /** Creates an empty collector; AssertJ's {@code SoftAssertionsExtension} calls it for injected fields. */
    public BerthSoftAssertions() {
    }

    /**
     * Starts soft assertions on a manifest.
     *
     * <pre>{@code
     * softly.assertThat(shop).statefulSet("db").hasReplicas(1); // passes
     * softly.assertThat(shop).statefulSet("db").hasReplicas(3); // recorded:
     * // Expecting StatefulSet shop/db at spec.replicas to be 3, but found 1
     * }</pre>
     *
     * @param manifest the manifest
     * @return soft assertions on it
     */
    public ManifestAssert assertThat(Manifest manifest) {
        ManifestAssert assertion = proxy(ManifestAssert.class, Manifest.class, manifest);
        assertion.soft = this;
        return assertion;
    }

    /**
     * Starts soft assertions on a validation report.
     *
     * <pre>{@code
     * softly.assertThat(report).hasNoFindingAbove(Severity.MEDIUM); // passes when nothing is HIGH
     * softly.assertThat(report).hasFindingCount("run-as-non-root", 0); // recorded:
     * // Expecting 0 findings of rule 'run-as-non-root', but found 1 finding: ...
     * }</pre>
     *
     * @param report the report
     * @return soft assertions on it
     */
    public ReportAssert assertThat(Report report) {
        ReportAssert assertion = proxy(ReportAssert.class, Report.class, report);
        assertion.soft = this;
        return assertion;
    }

    /**
     * Runs soft assertions and reports every failure at the end, in one {@code AssertionError}.
     *
     * <pre>{@code
     * BerthSoftAssertions.assertSoftly(softly -> {
     *     softly.assertThat(shop).statefulSet("db").hasReplicas(3);     // recorded
     *     softly.assertThat(shop).deployment("web").isExposedOnPort(80); // recorded
     * });                                                                 // throws, naming both failures
     * }</pre>
     *
     * @param assertions the assertions to run
     */
    public static void assertSoftly(Consumer<BerthSoftAssertions> assertions) {
        SoftAssertionsProvider.assertSoftly(BerthSoftAssertions.class, assertions::accept);
    }
}
