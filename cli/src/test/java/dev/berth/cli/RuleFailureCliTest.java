package dev.berth.cli;

import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws leaves one finding and exit code 3; every other rule and object is still judged. */
class RuleFailureCliTest {

    private static final String TWO_CONFIGMAPS = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: broken, namespace: shop}
            data: {mode: fast}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings, namespace: shop}
            data: {password: hunter2hunter2}
            """;

    @TempDir
    Path dir;

    @Test
    void a_failing_rule_is_one_finding_and_exit_3_and_the_others_still_report() throws Exception {
        // GIVEN a rule pack whose rule throws on the ConfigMap named broken, next to a ConfigMap with a secret
        Path file = write(dir, "config.yaml", TWO_CONFIGMAPS);
        // WHEN berth lint runs the pack's rule beside the recommended ones
        Cli.Result result = withThrowingPack(() -> run("lint", "--enable", "throws-on-broken", file.toString()));
        Cli.Result debug = withThrowingPack(() -> run("lint", "--debug", "--enable", "throws-on-broken",
                file.toString()));
        // THEN the failure is a finding on the broken object, the secret is still found, and the exit code is 3
        assertThat(result.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(result.out()).contains("Rule 'rule-failed' [HIGH] was violated (1 time):\n"
                + "  ConfigMap shop/broken: rule throws-on-broken of pack test-classes failed: IllegalStateException: at ")
                .contains("Rule 'secret-in-configmap'");
        assertThat(result.err()).isEqualTo("berth: 1 rule failure (a bug in a rule, not in the input): see the "
                + "rule-failed findings, and please report them; every other rule and object was judged\n");
        assertThat(debug.code()).isEqualTo(ExitCode.INTERNAL);
        assertThat(debug.err()).startsWith("berth: ConfigMap shop/broken: rule throws-on-broken of pack test-classes failed: "
                + "IllegalStateException: at ").contains("java.lang.IllegalStateException: bug in the pack")
                .contains("\tat dev.berth.cli.ThrowingPack");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void a_misspelt_metadata_is_reported_and_the_object_beside_it_is_still_judged() throws Exception {
        // GIVEN a Service written with metdata: next to a Deployment running MySQL (issue 11's first report)
        Path file = write(dir, "app.yaml", """
                apiVersion: v1
                kind: Service
                metdata: {name: web}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db}
                spec:
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      containers: [{name: mysql, image: "mysql:8.0"}]
                """);
        // WHEN it is linted with every rule
        Cli.Result result = run("lint", "--rules", "all", "--format", "json", file.toString());
        // THEN the typo is two schema findings, the Deployment is judged, nothing failed, exit 1 for the findings
        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).doesNotContain("rule-failed")
                .contains("\"message\": \"metadata.name is missing; every Service needs a name (or "
                        + "metadata.generateName)\"")
                .contains("did you mean metadata?")
                .contains("\"ruleId\": \"database-not-statefulset\"");
    }

    private static Cli.Result withThrowingPack(Supplier<Cli.Result> body) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        URL pack = Path.of("src/test/resources/throwing-pack").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {pack}, before)) {
            thread.setContextClassLoader(loader);
            return body.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
