package dev.berth.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.write.ManifestWriter;
import org.junit.jupiter.api.Test;

/** The DSL benchmark compares like with like: both sides build equal objects. */
class DslFixturesTest {

    @Test
    void the_dsl_and_the_hand_written_builders_produce_the_same_500_objects() {
        // GIVEN the application built both ways
        Manifest dsl = DslFixtures.dsl().manifest();
        Manifest hand = DslFixtures.handWritten();
        // WHEN both are written, THEN the objects and the bytes are the same
        assertThat(dsl.size()).isEqualTo(420);
        ManifestWriter writer = ManifestWriter.yaml();
        assertThat(writer.ordered(hand)).isEqualTo(writer.ordered(dsl));
        assertThat(writer.write(hand)).isEqualTo(writer.write(dsl));
    }
}
