package dev.berth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.read.ManifestReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Publishable": "State clearly what happens with fabric8 8.x (Jackson 3): supported, or refused at start
 * with one clear line naming the versions, never a NoClassDefFoundError."
 */
class CompatibilityTest {

    @Test
    void fabric8_7_on_jackson_2_is_supported() {
        assertThat(Compatibility.problem("7.9.0", "2.19.2", true)).isEmpty();
        assertThat(Compatibility.problem("7.0.1", "2.15.0", true)).isEmpty();
    }

    @Test
    void fabric8_8_is_refused_in_one_line_naming_the_versions() {
        assertThat(Compatibility.problem("8.0.0", null, false)).contains("berth: fabric8 kubernetes-model 8.0.0 is not "
                + "supported (Berth is tested with 7.x on Jackson 2.x): use io.fabric8:kubernetes-model-core 7.x, for "
                + "instance by importing io.fabric8:kubernetes-client-bom 7.x or Berth's berth-bom in "
                + "dependencyManagement");
        assertThat(Compatibility.problem("6.13.4", "2.15.0", true)).contains("berth: fabric8 kubernetes-model 6.13.4 "
                + "is not supported (Berth is tested with 7.x on Jackson 2.x): use io.fabric8:kubernetes-model-core "
                + "7.x, for instance by importing io.fabric8:kubernetes-client-bom 7.x or Berth's berth-bom in "
                + "dependencyManagement");
    }

    @Test
    void a_class_path_without_jackson_2_is_refused_in_one_line() {
        assertThat(Compatibility.problem("7.9.0", null, false)).contains("berth: Jackson 2 (com.fasterxml.jackson.core:"
                + "jackson-databind) is not on the class path, and fabric8 kubernetes-model 7.9.0 needs it (Berth is "
                + "tested with 7.x on Jackson 2.x): add jackson-databind 2.x");
    }

    @Test
    void versions_it_cannot_read_are_not_refused() {
        // a shaded jar may drop the Maven metadata: nothing is refused on a guess
        assertThat(Compatibility.problem(null, null, true)).isEmpty();
    }

    @Test
    void the_class_path_of_this_build_passes_and_its_versions_are_read() {
        assertThat(Compatibility.fabric8Version()).startsWith("7.");
        assertThat(Compatibility.jacksonVersion()).startsWith("2.");
        Compatibility.require();
        assertThat(new ManifestReader()).isNotNull();
    }

    @Test
    void require_throws_the_line_as_an_unsupported_operation() {
        assertThatThrownBy(() -> Compatibility.require(Compatibility.problem("8.1.0", null, false)))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("berth: fabric8 kubernetes-model 8.1.0 is not supported").hasNoCause();
    }
}
