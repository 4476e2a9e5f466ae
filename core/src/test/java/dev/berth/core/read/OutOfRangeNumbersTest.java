package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: "Numbers out of range get a wrong fix: `replicas: 1e400`, `2^63` or `2^31` say "found the number Infinity.
 * Fix: write a value of another type, e.g. replicas: \"text\""." Out-of-range integers are read errors that name the
 * field's range, its lower bound from core's value table where Kubernetes requires zero or more.
 */
class OutOfRangeNumbersTest {

    private final ManifestReader reader = new ManifestReader();

    private static String deployment(String replicas) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: " + replicas + "\n";
    }

    private void assertMessage(String yaml, String message) {
        assertThatThrownBy(() -> reader.readString(yaml, "web.yaml"))
                .isInstanceOf(BerthException.class)
                .hasMessage(message);
    }

    @Test
    void replicas_of_1e400_name_the_range_of_replicas() {
        // GIVEN replicas: 1e400, which YAML reads as a float beyond any double WHEN read THEN the range is named
        assertMessage(deployment("1e400"), "web.yaml:6:3: spec.replicas: must be an integer between 0 and "
                + "2147483647; found 1e400. Fix: write a whole number from 0 to 2147483647, e.g. replicas: 3.");
    }

    @Test
    void replicas_of_2_to_the_63_and_2_to_the_31_name_the_range_of_replicas() {
        assertMessage(deployment("9223372036854775808"), "web.yaml:6:3: spec.replicas: must be an integer between 0 "
                + "and 2147483647; found 9223372036854775808. Fix: write a whole number from 0 to 2147483647, e.g. "
                + "replicas: 3.");
        assertMessage(deployment("2147483648"), "web.yaml:6:3: spec.replicas: must be an integer between 0 and "
                + "2147483647; found 2147483648. Fix: write a whole number from 0 to 2147483647, e.g. replicas: 3.");
        assertMessage(deployment("3e9"), "web.yaml:6:3: spec.replicas: must be an integer between 0 and "
                + "2147483647; found 3e9. Fix: write a whole number from 0 to 2147483647, e.g. replicas: 3.");
    }

    @Test
    void a_64_bit_field_outside_the_table_names_the_whole_64_bit_range_and_a_long_number_is_cut() {
        // GIVEN runAsUser, an int64 the value table gives no lower bound, written with 40 digits
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    runAsUser: "
                + "9".repeat(40) + "\n";
        // WHEN read THEN the range is int64's and the number is cut after 20 characters
        assertMessage(yaml, "web.yaml:7:5: spec.securityContext.runAsUser: must be an integer between "
                + "-9223372036854775808 and 9223372036854775807; found 99999999999999999999... (40 characters). Fix: "
                + "write a whole "
                + "number from -9223372036854775808 to 9223372036854775807, e.g. runAsUser: 3.");
    }
}
