package dev.berth.assertj.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.assertj.BerthAssertions;
import dev.berth.core.Manifest;
import dev.berth.dsl.Berth;
import dev.berth.dsl.config.EnvValues;
import dev.berth.dsl.config.Secrets;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every test class in the README ({@code ```java assertj} fences) compiles and passes when JUnit runs it, with every
 * one of its tests; and the failure shown after it is the message the assertions really give.
 */
class ReadmeAssertjExamplesTest {

    private static final Path README = Path.of(System.getProperty("berth.root", ".."), "README.md");

    @TempDir
    Path work;

    @Test
    void the_readme_has_a_test_class() throws Exception {
        assertThat(ReadmeTestClasses.in(README)).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_readme_test_class_compiles_and_passes() throws Exception {
        return ReadmeTestClasses.in(README).stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> {
                    Class<?> testClass = ReadmeTestClasses.compile(example, work);
                    SummaryGeneratingListener listener = new SummaryGeneratingListener();
                    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectClass(testClass)).build(), listener);
                    TestExecutionSummary summary = listener.getSummary();
                    List<String> failures = new ArrayList<>();
                    summary.getFailures().forEach(f -> failures.add(f.getTestIdentifier().getDisplayName() + ": "
                            + f.getException().getMessage()));
                    assertThat(failures).as("failures of %s", example).isEmpty();
                    assertThat(summary.getTestsFoundCount()).as("tests of %s", example).isGreaterThanOrEqualTo(4);
                    assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount());
                }));
    }

    @Test
    void the_failure_shown_after_the_test_class_is_the_real_message() throws Exception {
        // The README's shop, with the web front end also allowed to reach the database.
        Manifest leaky = Berth.application("shop")
                .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2")
                        .expose(Ports.http(3000))
                        .readiness(Probes.http("/healthz", 3000)))
                .add(Berth.statelessService("api").image("ghcr.io/acme/shop-api:2.7.0")
                        .expose(Ports.http(8080))
                        .env("DB_PASSWORD", EnvValues.fromSecret(Secrets.existing("db-credentials"), "password"))
                        .readiness(Probes.http("/ready", 8080)))
                .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50)))
                .allowFromAnywhere().to("web").on(3000)
                .allow("web").to("api").on(8080)
                .allow("api").to("db").on(5432)
                .allow("web").to("db").on(5432)
                .defaultDeny()
                .build()
                .manifest();

        String shown = failureShownAfter(ReadmeTestClasses.in(README).get(0));
        assertThatThrownBy(() -> BerthAssertions.assertThat(leaky).doesNotAllowTraffic().from("web").to("db")
                .on(5432)).hasMessage(shown);
    }

    /** The first plain fence after the example, its wrapped lines joined by spaces. */
    private static String failureShownAfter(ReadmeTestClasses.Example example) {
        List<String> after = example.after();
        int open = after.indexOf("```");
        int close = after.subList(open + 1, after.size()).indexOf("```") + open + 1;
        return String.join(" ", after.subList(open + 1, close));
    }
}
