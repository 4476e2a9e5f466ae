package dev.berth.dsl.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.write.ManifestWriter;
import dev.berth.dsl.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the YAML of every seed case to a golden file under {@code src/test/resources/golden/<case>.yaml}, and checks
 * that every generated object is read back by the foundation's reader unchanged.
 *
 * <p>Golden files are never edited by hand. After a deliberate change to the DSL's output, regenerate them with
 * <pre>
 * mvn -B -ntp -pl dsl -am test -Dberth.updateGolden=true -Dtest=GoldenCasesTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * and review the diff by eye: it must be correct Kubernetes.
 */
class GoldenCasesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("berth.updateGolden");

    @TestFactory
    Stream<DynamicTest> each_seed_case_writes_its_golden_yaml() {
        return SeedCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            // GIVEN the case's application WHEN it is written
            String yaml = ManifestWriter.yaml().write(e.getValue().get().manifest());
            Path file = GOLDEN.resolve(e.getKey() + ".yaml");
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
    Stream<DynamicTest> each_seed_case_round_trips_through_the_reader_unchanged() {
        return SeedCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            // GIVEN the generated objects
            Supplier<Application> app = e.getValue();
            Manifest built = app.get().manifest();
            // WHEN they are written and read back
            String yaml = ManifestWriter.yaml().write(built);
            Manifest read = new ManifestReader().readString(yaml, e.getKey() + ".yaml");
            // THEN the reader accepts every object, and gives equal objects that write the same bytes
            assertThat(read.size()).isEqualTo(built.size());
            var expected = ManifestWriter.yaml().ordered(built);
            var actual = ManifestWriter.yaml().ordered(read);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(expected.get(i).getKind() + " " + expected.get(i).getMetadata().getName())
                        .isEqualTo(expected.get(i));
            }
            assertThat(read.stream().flatMap(o -> read.sourceOf(o).stream())
                    .flatMap(s -> s.unknownFields().stream())).isEmpty();
            assertThat(ManifestWriter.yaml().write(read)).isEqualTo(yaml);
        }));
    }

    @TestFactory
    Stream<DynamicTest> building_a_case_twice_gives_the_same_bytes() {
        return SeedCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThat(ManifestWriter.yaml().write(e.getValue().get().manifest()))
                        .isEqualTo(ManifestWriter.yaml().write(e.getValue().get().manifest()))));
    }
}
