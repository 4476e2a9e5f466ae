package dev.berth.validation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RulePack;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A third-party pack registered through {@code META-INF/services/dev.berth.validation.RulePack} joins the rule sets it
 * names. The registration lives in {@code src/test/resources/spi-pack/}, put on the context class path only inside
 * this test, so that the pack does not leak into the catalogue other tests check.
 */
class RulePackSpiTest {

    @Test
    void a_pack_registered_with_service_loader_joins_the_sets_it_names() throws Exception {
        // GIVEN a class path with the shop's pack registered
        // WHEN the rule sets are built
        // THEN the pack's rule is in recommended and all, and not in the Pod Security sets
        withSpiPack(() -> {
            assertThat(RuleSets.packs()).extracting(RulePack::getClass).contains(ShopRules.class);
            assertThat(RuleSets.recommended().contains("tier-label-required")).isTrue();
            assertThat(RuleSets.strict().contains("tier-label-required")).isTrue();
            assertThat(RuleSets.all().contains("tier-label-required")).isTrue();
            assertThat(RuleSets.podSecurityBaseline().contains("tier-label-required")).isFalse();
            var report = Validator.recommended().evaluate(new ManifestReader().readString("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: web}
                    spec:
                      selector: {matchLabels: {app: web}}
                      template:
                        metadata: {labels: {app: web}}
                        spec:
                          containers: [{name: web, image: "nginx:1.27.1"}]
                    """));
            assertThat(report.findingsOf("tier-label-required")).extracting(Finding::headline)
                    .containsExactly("Deployment default/web: has no label tier");
            return null;
        });
    }

    @Test
    void without_the_registration_the_pack_is_absent() {
        assertThat(RuleSets.all().contains("tier-label-required")).isFalse();
    }

    private static void withSpiPack(Callable<Void> body) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        URL spiPack = Path.of("src/test/resources/spi-pack").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {spiPack}, before)) {
            thread.setContextClassLoader(loader);
            body.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
