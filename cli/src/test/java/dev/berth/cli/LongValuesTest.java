package dev.berth.cli;

import static dev.berth.cli.Cli.DEPLOYMENT;
import static dev.berth.cli.Cli.run;
import static dev.berth.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: "One long value makes lint crawl. [...] a ConfigMap or env value of 32 KB takes 13.5 s, 64 KB 47 s, and
 * 1 MB or 5 MB values never finish." Done when "a 5 MB ConfigMap value and a 5 MB env value each lint in well under
 * 2 s in-process". The values are block scalars ({@code |}): the reader's own speed on 5 MB scalars is another part
 * of the issue, so these tests stop a lint only after {@link #STOP}.
 */
class LongValuesTest {

    /**
     * The wall time after which a lint is stopped, so that a search slower than linear (hours on 5 MB) fails the
     * test instead of hanging it. The issue's own bound, "well under 2 s in-process", also needs the reader's fix
     * for multi-megabyte scalars: here the rules take a small share of the time, and reading the 5 MB the most.
     */
    private static final Duration STOP = Duration.ofSeconds(2);
    /** 5 MB of letters and digits, the run the "URL with a password" search read again from every character. */
    private static final String RUN = "a1b2c3d4e5".repeat(5 * 1024 * 1024 / 10);
    private static final String PASSWORD = "hunter2hunter2";
    private static final String URL = " postgres://app:" + PASSWORD + "@db:5432/app";

    @TempDir
    Path dir;

    @Test
    void a_5_mb_configmap_value_is_linted_in_bounded_time() {
        // GIVEN a ConfigMap whose one value is 5 MB of letters and digits
        // WHEN it is linted (after a small file, so that the classes are loaded)
        Cli.Result result = lintedAfterWarmUp(configMap(RUN));
        // THEN it is judged clean
        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("1 object");
    }

    @Test
    void a_password_url_after_5_mb_of_a_configmap_value_is_still_found() {
        // GIVEN the same value ending in a URL with a password
        // WHEN it is linted
        Cli.Result result = lintedAfterWarmUp(configMap(RUN + URL));
        // THEN the URL is reported, without the password
        assertThat(result.out()).contains("ConfigMap shop/big: key blob holds a plain value, and its value looks like "
                + "a URL with a password").doesNotContain(PASSWORD);
    }

    @Test
    void a_5_mb_env_value_is_linted_in_bounded_time() {
        // GIVEN a Deployment whose container has one environment variable of 5 MB of letters and digits
        // WHEN it is linted
        Cli.Result result = lintedAfterWarmUp(deployment(RUN));
        // THEN only the Deployment's own findings appear: the value is no secret
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("1 object").doesNotContain("secret-in-env");
    }

    @Test
    void a_password_url_after_5_mb_of_an_env_value_is_still_found() {
        // GIVEN the same value ending in a URL with a password
        // WHEN it is linted
        Cli.Result result = lintedAfterWarmUp(deployment(RUN + URL));
        // THEN the URL is reported, without the password
        assertThat(result.out()).contains("Deployment shop/web: container web sets environment variable BLOB to a "
                + "plain value, and its value looks like a URL with a password").doesNotContain(PASSWORD);
    }

    private Cli.Result lintedAfterWarmUp(String yaml) {
        Path file = write(dir, "big.yaml", yaml);
        warmUp();
        return timed(file);
    }

    /** Lints the file, stopping after {@link #STOP}. */
    private static Cli.Result timed(Path file) {
        return assertTimeoutPreemptively(STOP, () -> run("lint", file.toString()));
    }

    private void warmUp() {
        run("lint", write(dir, "small.yaml", configMap("a1b2c3") + "---\n" + deployment("a1b2c3")).toString());
    }

    private static String configMap(String value) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: big
                  namespace: shop
                data:
                  blob: |
                    %s
                """.formatted(value);
    }

    private static String deployment(String value) {
        return DEPLOYMENT + """
                        env:
                        - name: BLOB
                          value: |
                            %s
                """.formatted(value);
    }
}
