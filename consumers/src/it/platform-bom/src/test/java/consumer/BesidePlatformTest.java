package consumer;

import static dev.berth.assertj.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.cfg.PackageVersion;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.write.ManifestWriter;
import dev.berth.dsl.Berth;
import dev.berth.dsl.container.Ports;
import dev.berth.dsl.container.Probes;
import dev.berth.dsl.datastore.DatastorePresets;
import dev.berth.dsl.storage.Quantities;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Severity;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Berth used in a project whose platform BOM chose Jackson, JUnit and AssertJ (and maybe fabric8) before Berth's. */
class BesidePlatformTest {

    static final Manifest shop = Berth.application("shop")
            .add(Berth.statelessService("web").image("ghcr.io/acme/shop-web:1.4.2")
                    .expose(Ports.http(3000))
                    .readiness(Probes.http("/healthz", 3000)))
            .add(Berth.datastore("db", DatastorePresets.postgresql()).storage(Quantities.gi(50)))
            .allowFromAnywhere().to("web").on(3000)
            .allow("web").to("db").on(5432)
            .defaultDeny()
            .build()
            .manifest();

    @Test
    void the_platform_chose_jackson_and_fabric8() throws IOException {
        // GIVEN the platform's BOM imported before Berth's, THEN its versions are the ones on the class path
        Properties fabric8 = new Properties();
        try (InputStream in = Pod.class.getResourceAsStream(
                "/META-INF/maven/io.fabric8/kubernetes-model-core/pom.properties")) {
            fabric8.load(in);
        }
        System.out.println(System.getProperty("platform") + ": Jackson " + PackageVersion.VERSION + ", fabric8 "
                + fabric8.getProperty("version"));
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty("platform.jackson"));
        assertThat(fabric8.getProperty("version")).isEqualTo(System.getProperty("platform.fabric8"));
    }

    @Test
    void the_dsl_builds_and_the_validator_judges() {
        // WHEN the DSL builds an application and the validator judges it, THEN both work on the platform's libraries
        assertThat(shop).statefulSet("db").hasHeadlessService().retainsDataOnDelete();
        assertThat(shop).validatedBy(RuleSets.recommended()).hasNoFindingAbove(Severity.MEDIUM);
    }

    @Test
    void yaml_written_reads_back_the_same() {
        // WHEN the manifest is written as YAML and read back, THEN it is the same, byte for byte when written again
        String yaml = ManifestWriter.yaml().write(shop);
        Manifest read = new ManifestReader().readString(yaml, "shop.yaml");
        assertThat(ManifestWriter.yaml().write(read)).isEqualTo(yaml);
        assertThat(read.objects()).hasSameSizeAs(shop.objects());
    }
}
