package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A template read as a manifest (issue 17: "{@code {{HF_TOKEN}}} or {@code ${REPLICAS}} placeholders reported as "a
 * mapping key must be plain text"") says what it is: a placeholder, and to render the file first.
 */
class PlaceholderInputTest {

    private static String problem(String text) {
        ReadResult read = new ManifestReader().readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        List<String> messages = read.problems().stream().map(BerthException::getMessage).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    @Test
    void a_double_brace_placeholder_is_named_and_the_fix_is_to_render_first() {
        // GIVEN a Secret whose value is {{HF_TOKEN}}, which YAML reads as a mapping inside a mapping
        String text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: hf\nstringData:\n  token: {{HF_TOKEN}}\n";
        // WHEN it is read, THEN the problem points at the placeholder, without showing a Secret's value
        assertThat(problem(text)).isEqualTo("t.yaml:6:10: stringData.token: this value is a template placeholder. "
                + "Fix: render this file first (helm, kustomize, envsubst) or exclude it.");
    }

    @Test
    void a_double_brace_placeholder_outside_data_is_shown() {
        // GIVEN a ConfigMap named {{ .Values.name }}
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.name }}\n";
        // WHEN it is read, THEN the problem names the placeholder
        assertThat(problem(text)).isEqualTo("t.yaml:4:9: metadata.name: {{ .Values.name }} is a template "
                + "placeholder. Fix: render this file first (helm, kustomize, envsubst) or exclude it.");
    }

    @Test
    void a_dollar_placeholder_in_a_number_field_is_named() {
        // GIVEN replicas: ${REPLICAS}
        String text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${REPLICAS}\n";
        // WHEN it is read, THEN the problem names the placeholder, not "expected a whole number"
        assertThat(problem(text)).isEqualTo("t.yaml:6:13: spec.replicas: ${REPLICAS} is a template placeholder. "
                + "Fix: render this file first (helm, kustomize, envsubst) or exclude it.");
    }

    @Test
    void an_angle_placeholder_in_a_number_field_is_named() {
        // GIVEN port: <PORT>
        String text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: <PORT>\n";
        // WHEN it is read, THEN the problem names the placeholder
        assertThat(problem(text)).isEqualTo("t.yaml:7:11: spec.ports[0].port: <PORT> is a template placeholder. "
                + "Fix: render this file first (helm, kustomize, envsubst) or exclude it.");
    }

    @Test
    void a_helm_control_line_that_breaks_the_yaml_is_named() {
        // GIVEN a helm template whose {{- if }} line breaks the YAML on the next line
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n{{- if .Values.x }}\ndata:\n  a: b\n";
        // WHEN it is read, THEN the problem names the control line
        assertThat(problem(text)).isEqualTo("t.yaml:5:1: {{- if .Values.x }} is a template placeholder. "
                + "Fix: render this file first (helm, kustomize, envsubst) or exclude it.");
    }

    @Test
    void a_placeholder_inside_a_text_value_is_read_as_text() {
        // GIVEN placeholders where they are plain text
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  a: \"{{HF_TOKEN}}\"\n"
                + "  b: ${HOME}\n  c: <your-value>\n";
        // WHEN it is read, THEN the values are kept as written
        ReadResult read = new ManifestReader().readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.yaml");
        assertThat(read.problems()).isEmpty();
    }
}
