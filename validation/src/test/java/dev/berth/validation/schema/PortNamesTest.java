package dev.berth.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.RuleSet;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's "invalid port names (IANA_SVC_NAME: at most 15 characters, lowercase, a letter)": a container port's
 * name is read by core's {@code Ports} and reported by {@code invalid-value}; a Service port's name is a DNS-1123 label
 * ({@code validateServicePort}), reported by {@code invalid-name}; each message against its exact text.
 */
class PortNamesTest {

    private final ManifestReader reader = new ManifestReader();

    private static List<String> messages(String ruleId, Manifest manifest) {
        RuleSet one = RuleSet.of("test", List.of(RuleSets.all().rule(ruleId).orElseThrow()));
        return Validator.of(one).evaluate(manifest).findings().stream().map(Finding::headline).toList();
    }

    @Test
    void container_port_names_are_iana_service_names_and_service_port_names_dns_labels() {
        // GIVEN container ports named in upper case, too long, without a letter and with two hyphens, and Service
        // ports named in upper case and with a 27-character name (a valid DNS label)
        Manifest manifest = reader.readString("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27.1
                        ports:
                        - {name: HTTP, containerPort: 8080}
                        - {name: metrics-endpoint, containerPort: 9090}
                        - {name: "9443", containerPort: 9443}
                        - {name: grpc--api, containerPort: 9000}
                        - {name: "{{ .Values.portName }}", containerPort: 9001}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {app: web}
                  ports:
                  - {name: HTTP, port: 80}
                  - {name: prometheus-metrics-endpoint, port: 9090}
                  - {port: 9091}
                """);
        // WHEN invalid-value, invalid-name and missing-required-field judge them
        List<String> values = messages("invalid-value", manifest);
        List<String> names = messages("invalid-name", manifest);
        List<String> missing = messages("missing-required-field", manifest);
        // THEN a container port name is held to 15 characters, a Service port name to a DNS label, and every port
        // of a Service with several ports needs a name
        String at = "Deployment shop/web: spec.template.spec.containers[0].ports";
        String iana = " (expected an IANA service name: at most 15 lowercase letters, digits and single hyphens, with "
                + "at least one letter and no hyphen at either end)";
        assertThat(values).containsExactly(
                at + "[0].name: HTTP is not a port name: the "
                        + "upper-case letter 'H' is not allowed" + iana,
                at + "[1].name: metrics-endpoint is not a port name: "
                        + "it has 16 characters, more than 15" + iana,
                at + "[2].name: 9443 is not a port name: it has no "
                        + "letter" + iana,
                at + "[3].name: grpc--api is not a port name: it has "
                        + "two '-' in a row" + iana,
                at + "[4].name: \"{{ .Values.portName }}\" is not a "
                        + "port name; it looks like a placeholder: render this file first (helm, kustomize, envsubst) "
                        + "or exclude it");
        assertThat(names).containsExactly("Service shop/web: Service port name \"HTTP\" is not a "
                + "valid DNS-1123 label: the upper-case letter 'H' is not allowed (only lower-case letters, digits, "
                + "'-')");
        assertThat(missing).containsExactly("Service shop/web: spec.ports[2].name is missing; the "
                + "API server requires a name on every port of a Service with 3 ports");
    }
}
