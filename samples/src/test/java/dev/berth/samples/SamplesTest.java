package dev.berth.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.validation.Severity;
import dev.berth.validation.Validator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The registry of samples, and the rule that holds for all of them. */
class SamplesTest {

    @Test
    void the_registry_holds_fourteen_samples_with_distinct_dns_label_names() {
        assertThat(Samples.all()).hasSize(14);
        assertThat(Samples.all()).extracting(Sample::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"));
        assertThat(Samples.all()).filteredOn(Sample::counterExample).extracting(Sample::name)
                .containsExactly("mistake-mysql-deployment", "mistake-statefulset-service-not-headless");
    }

    @Test
    void descriptions_are_one_sentence_without_a_trailing_period() {
        assertThat(Samples.all()).extracting(Sample::description)
                .allSatisfy(d -> assertThat(d).isNotBlank().doesNotEndWith("."));
    }

    @Test
    void a_sample_is_found_by_name_and_an_unknown_name_lists_the_known_ones() {
        assertThat(Samples.named("cassandra-ring").description()).contains("Cassandra");
        assertThatThrownBy(() -> Samples.named("cassandra"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no sample is named \"cassandra\"; the samples are: static-site, ")
                .hasMessageContaining("cassandra-ring");
    }

    @TestFactory
    Stream<DynamicTest> good_samples_have_nothing_above_info_and_counter_examples_have_a_high_or_medium_finding() {
        return Samples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.name(), () -> {
            var report = Validator.recommended().evaluate(sample.manifest());
            assertThat(report.hasAtLeast(Severity.LOW)).as(report.toText()).isEqualTo(sample.counterExample());
            if (sample.counterExample()) {
                assertThat(report.hasAtLeast(Severity.MEDIUM)).isTrue();
            }
        }));
    }

}
