package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.write.ManifestWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins every sample's YAML to {@code src/test/resources/golden/<name>.yaml}, and checks that it reads back unchanged.
 *
 * <p>Golden files are never edited by hand. After a deliberate change, regenerate them with
 * <pre>
 * mvn -B -ntp -pl samples -am test -Dberth.updateGolden=true -Dtest=GoldenSamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * and review the diff by eye: it must be correct Kubernetes.
 */
class GoldenSamplesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources",
            "golden");
    private static final boolean UPDATE = Boolean.getBoolean("berth.updateGolden");

    @TestFactory
    Stream<DynamicTest> each_sample_writes_its_golden_yaml() {
        return Samples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            // GIVEN a sample WHEN it is written
            String yaml = ManifestWriter.yaml().write(sample.manifest());
            Path file = GOLDEN.resolve(sample.name() + ".yaml");
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, yaml);
            }
            // THEN it is byte for byte the reviewed golden file
            assertThat(file).as("golden file; regenerate with -Dberth.updateGolden=true").exists();
            assertThat(yaml).isEqualTo(Files.readString(file));
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_sample_reads_back_unchanged_and_builds_the_same_bytes_twice() {
        return Samples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            // GIVEN the sample's YAML
            Manifest built = sample.manifest();
            String yaml = ManifestWriter.yaml().write(built);
            // WHEN it is read back
            Manifest read = new ManifestReader().readString(yaml, sample.name() + ".yaml");
            // THEN the reader sees every object, no unknown field, and writes the same bytes
            assertThat(read.size()).isEqualTo(built.size());
            assertThat(read.stream().flatMap(o -> read.sourceOf(o).stream())
                    .flatMap(s -> s.unknownFields().stream())).isEmpty();
            assertThat(ManifestWriter.yaml().write(read)).isEqualTo(yaml);
            assertThat(ManifestWriter.yaml().write(sample.manifest())).isEqualTo(yaml);
        }));
    }
}
