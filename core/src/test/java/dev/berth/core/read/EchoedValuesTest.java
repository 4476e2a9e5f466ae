package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value read from input is quoted in a message only when it is short, plain and far from anything secret (issue 11,
 * point 6); otherwise the message names its type and length. One row per (field, value): the exact message.
 */
class EchoedValuesTest {

    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n";
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n";
    private static final String CONTAINER = POD + "  containers:\n  - name: app\n    env:\n    - name: DB_PASSWORD\n";

    private final ManifestReader reader = new ManifestReader();

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of(DEPLOYMENT + "  replicas: three\n", "m.yaml:5:3: spec.replicas: expected a whole number, "
                        + "found the text \"three\". Fix: write a whole number, e.g. replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: 10s\n", "m.yaml:5:3: spec.replicas: expected a whole number, "
                        + "found the text \"10s\". Fix: write a whole number, e.g. replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: \"12\"\n", "m.yaml:5:3: spec.replicas: expected a whole number,"
                        + " found the text \"12\". Fix: write the number without quotes: replicas: 12."),
                Arguments.of(DEPLOYMENT + "  replicas: s3cr3t\n", "m.yaml:5:3: spec.replicas: expected a whole "
                        + "number, found a text of 6 characters. Fix: write a whole number, e.g. replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: s3cr3tP4ssw0rd-0123456789\n", "m.yaml:5:3: spec.replicas: "
                        + "expected a whole number, found a text of 25 characters. Fix: write a whole number, e.g. "
                        + "replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: three replicas please\n", "m.yaml:5:3: spec.replicas: expected"
                        + " a whole number, found a text of 21 characters. Fix: write a whole number, e.g. replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: p@ss\n", "m.yaml:5:3: spec.replicas: expected a whole number, "
                        + "found a text of 4 characters. Fix: write a whole number, e.g. replicas: 3."),
                Arguments.of(DEPLOYMENT + "  replicas: \"12345678901234567\"\n", "m.yaml:5:3: spec.replicas: expected "
                        + "a whole number, found a text of 17 characters. Fix: write the number without quotes, e.g. "
                        + "replicas: 3."),
                Arguments.of(DEPLOYMENT + "  paused: maybe\n", "m.yaml:5:3: spec.paused: expected true or false, "
                        + "found the text \"maybe\". Fix: write true or false, e.g. paused: true."),
                Arguments.of(POD + "  automountServiceAccountToken: maybe\n", "m.yaml:5:3: "
                        + "spec.automountServiceAccountToken: expected true or false, found a text of 5 characters. "
                        + "Fix: write true or false, e.g. automountServiceAccountToken: true."),
                Arguments.of(CONTAINER + "      valueFrom: hunter\n", "m.yaml:9:7: spec.containers[0].env[0].valueFrom:"
                        + " expected a mapping, found a text of 6 characters. Fix: write a mapping, e.g. valueFrom: "
                        + "followed by indented key: value lines."),
                Arguments.of(CONTAINER + "      valueFrom: {secretKeyRef: {name: db, key: pw, optional: maybe}}\n",
                        "m.yaml:9:53: spec.containers[0].env[0].valueFrom.secretKeyRef.optional: expected true or false,"
                                + " found a text of 5 characters. Fix: write true or false, e.g. optional: true."),
                Arguments.of("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: hunter\n", "m.yaml:4:1: data:"
                        + " expected a mapping, found the text \"hunter\". Fix: write a mapping, e.g. data: followed by "
                        + "indented key: value lines."),
                Arguments.of("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: hunter\n", "m.yaml:4:1: data: "
                        + "expected a mapping, found a text of 6 characters. Fix: write a mapping, e.g. data: followed "
                        + "by indented key: value lines."),
                Arguments.of("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nimmutable: 12\n", "m.yaml:4:1: "
                        + "immutable: expected true or false, found a number. Fix: write true or false, e.g. immutable: "
                        + "true."));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void a_value_is_quoted_only_when_short_plain_and_far_from_secrets(String yaml, String message) {
        // GIVEN a value of the wrong type, WHEN it is read, THEN the message is exactly:
        assertThatThrownBy(() -> reader.readString(yaml, "m.yaml")).isInstanceOf(BerthException.class)
                .hasMessage(message);
    }
}
