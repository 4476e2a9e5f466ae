package dev.berth.validation.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Finding;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Secrets in plain values: found by name or by shape, and never repeated in any message. */
class SecretRulesTest {

    /** One value per pattern the rules know, each of a shape a real secret has. */
    static List<String[]> secrets() {
        return List.of(
                new String[] {"DB_PASSWORD", "Tr0ub4dor&3-horse"},
                new String[] {"apiKey", "a1b2c3d4e5f6a7b8c9d0"},
                new String[] {"GREETING", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n"
                        + "-----END OPENSSH PRIVATE KEY-----\n"},
                new String[] {"GREETING", "AKIAIOSFODNN7EXAMPLE"},
                new String[] {"GREETING", "ghp_" + "a".repeat(36)},
                new String[] {"GREETING", "xoxb-123456789012-abcdefghijkl"},
                new String[] {"GREETING", "AIza" + "b".repeat(35)},
                new String[] {"GREETING", "sk_live_" + "c".repeat(24)},
                new String[] {"GREETING", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
                new String[] {"GREETING", "postgres://app:hunter2hunter2@db:5432/app"},
                new String[] {"AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"});
    }

    private static Report judge(String yaml) {
        return Validator.of(RuleSets.all()).evaluate(new ManifestReader().readString(yaml, "secrets.yaml"));
    }

    private static String indent(String value, int spaces) {
        return value.replace("\n", "\n" + " ".repeat(spaces));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void an_env_secret_is_reported_and_its_value_appears_in_no_message(String name, String value) {
        // GIVEN a container with the secret as a plain value
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: api}
                spec:
                  containers:
                  - name: api
                    image: example/api:1.0
                    env:
                    - name: %s
                      value: |-
                        %s
                """.formatted(name, indent(value, 8));
        // WHEN every rule judges it
        Report report = judge(yaml);
        // THEN secret-in-env reports it, and no part of the report repeats the value
        assertThat(report.findingsOf("secret-in-env")).hasSize(1);
        assertNoLeak(report, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void a_config_map_secret_is_reported_and_its_value_appears_in_no_message(String name, String value) {
        String yaml = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: app}
                data:
                  %s: |-
                    %s
                """.formatted(name, indent(value, 4));
        Report report = judge(yaml);
        assertThat(report.findingsOf("secret-in-configmap")).hasSize(1);
        assertNoLeak(report, value);
    }

    private static void assertNoLeak(Report report, String value) {
        String firstLine = value.lines().filter(l -> !l.isBlank()).skip(value.startsWith("-----") ? 1 : 0)
                .findFirst().orElseThrow();
        for (Finding f : report.findings()) {
            assertThat(f.headline()).doesNotContain(value).doesNotContain(firstLine);
            assertThat(f.remediation()).doesNotContain(firstLine);
        }
        assertThat(report.toText()).doesNotContain(firstLine);
    }

    @Test
    void the_message_names_the_variable_and_the_pattern() {
        // GIVEN a password by name and a JWT by shape
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      containers:
                      - name: api
                        image: example/api:1.0
                        env:
                        - {name: MYSQL_ROOT_PASSWORD, value: password}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: app, namespace: shop}
                data:
                  session: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc
                """;
        // WHEN the recommended rules judge it
        Report report = Validator.recommended().evaluate(new ManifestReader().readString(yaml));
        // THEN each message says where and which pattern, and nothing of the value
        assertThat(report.findingsOf("secret-in-env")).extracting(Finding::headline).containsExactly(
                "Deployment shop/api: container api sets environment variable MYSQL_ROOT_PASSWORD to a plain value, "
                        + "and its name looks like a password");
        assertThat(report.findingsOf("secret-in-configmap")).extracting(Finding::headline).containsExactly(
                "ConfigMap shop/app: key session holds a plain value, and its value looks like a JSON Web Token");
    }

    @Test
    void secret_words_anywhere_in_a_name_are_reported_with_a_literal_value() {
        // GIVEN "names such as SECRET_BLAH, SECRET_KEY_BASE, DB_PASSWORD_PROD, API_TOKEN, *_CREDENTIALS with literal
        // values are missed"
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: api, namespace: shop}
                spec:
                  containers:
                  - name: api
                    image: example/api:1.0
                    env:
                    - {name: SECRET_BLAH, value: x7Gq2mPz}
                    - {name: SECRET_KEY_BASE, value: 9f8e7d6c5b4a39281706f5e4d3c2b1a0}
                    - {name: DB_PASSWORD_PROD, value: Tr0ub4dor}
                    - {name: API_TOKEN, value: t0k3n-v4lu3}
                    - {name: REGISTRY_CREDENTIALS, value: robot-push-2024}
                """;
        // WHEN secret-in-env judges it
        Report report = judge(yaml);
        // THEN each is reported, naming the variable and what its name suggests, never the value
        assertThat(report.findingsOf("secret-in-env")).extracting(Finding::headline).containsExactly(
                "Pod shop/api: container api sets environment variable SECRET_BLAH to a plain value, and its name "
                        + "looks like a secret",
                "Pod shop/api: container api sets environment variable SECRET_KEY_BASE to a plain value, and its "
                        + "name looks like a secret key",
                "Pod shop/api: container api sets environment variable DB_PASSWORD_PROD to a plain value, and its "
                        + "name looks like a password",
                "Pod shop/api: container api sets environment variable API_TOKEN to a plain value, and its name "
                        + "looks like a token",
                "Pod shop/api: container api sets environment variable REGISTRY_CREDENTIALS to a plain value, and "
                        + "its name looks like credentials");
        for (String value : List.of("x7Gq2mPz", "9f8e7d6c5b4a", "Tr0ub4dor", "t0k3n-v4lu3", "robot-push-2024")) {
            assertNoLeak(report, value);
        }
    }

    @Test
    void names_that_only_look_secret_are_not_reported() {
        // GIVEN names about secrets whose values are paths, addresses, references or settings
        for (String[] entry : new String[][] {{"PASSWORD_FILE", "/run/secrets/db"}, {"TOKEN_URL", "https://x/token"},
                {"SECRET_NAME", "api-credentials"}, {"OIDC_TOKEN", "$(FROM_SECRET)"}, {"PWD", "/app"},
                {"password_min_length", "12"}, {"MYSQL_ALLOW_EMPTY_PASSWORD", "1"}, {"GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json"}}) {
            // WHEN judged, THEN no pattern matches
            assertThat(SecretPatterns.judge(entry[0], entry[1])).as(entry[0]).isEmpty();
        }
    }
}
