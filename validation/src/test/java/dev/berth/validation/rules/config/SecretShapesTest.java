package dev.berth.validation.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The secret shapes found in time linear in the value (issue 16: "a ConfigMap or env value of 32 KB takes 13.5 s,
 * 64 KB 47 s, and 1 MB or 5 MB values never finish"), and found exactly where the regular expressions searched for
 * with {@code find()} before found them.
 */
class SecretShapesTest {

    /** The shapes as they were searched for before they were anchored on a literal, in the order they are tried. */
    private static final Map<String, Pattern> SEARCHED_BEFORE = new LinkedHashMap<>();

    static {
        SEARCHED_BEFORE.put("a PEM private key block",
                Pattern.compile("(?i)-+\\s*BEGIN\\s+[A-Z0-9 ]*PRIVATE KEY\\s*-+"));
        SEARCHED_BEFORE.put("an AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"));
        SEARCHED_BEFORE.put("a GitHub token",
                Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"));
        SEARCHED_BEFORE.put("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"));
        SEARCHED_BEFORE.put("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"));
        SEARCHED_BEFORE.put("a Stripe secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}"));
        SEARCHED_BEFORE.put("a JSON Web Token",
                Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));
        SEARCHED_BEFORE.put("a URL with a password",
                Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]+:(?![$]\\(|[$]\\{|\\{\\{)[^/\\s@]+@"));
    }

    /** Pieces the values are built of: each shape's literals, the characters around them, and near misses. */
    private static final List<String> PIECES = List.of("eyJ", "eyJhbGciOi", ".", "-", "_", "a", "Z", "0", "é",
            "://", ":", "@", "/", " ", "\t", "\n", "$(", "${", "{{", "+", "postgres", "user", "pw", "-----",
            "BEGIN", "begin ", "RSA ", "PRIVATE KEY", "AKIA", "ASIA", "IOSFODNN7EXAMPLE", "ghp_", "github_pat_",
            "xoxb-", "AIza", "sk_live_", "rk_live_", "0123456789abcdef", "ABCDEFGHIJ", "\u0301");

    /** Far more than a linear search needs (milliseconds); it stops a quadratic one, which would take hours. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void the_anchored_shapes_find_exactly_what_the_searched_expressions_found() {
        // GIVEN 50,000 values made of the shapes' own pieces (a fixed seed, so every run judges the same values)
        Random random = new Random(16);
        List<String> differences = new ArrayList<>();
        int secrets = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder value = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                String piece = PIECES.get(random.nextInt(PIECES.size()));
                value.append(random.nextInt(4) == 0 ? piece.repeat(1 + random.nextInt(12)) : piece);
            }
            String text = value.toString();
            if (text.isBlank()) {
                continue;
            }
            // WHEN judged now and by the expressions searched for before
            Optional<String> now = SecretPatterns.judge("note", text);
            Optional<String> before = SEARCHED_BEFORE.entrySet().stream()
                    .filter(shape -> shape.getValue().matcher(text).find())
                    .map(shape -> "its value looks like " + shape.getKey()).findFirst();
            // THEN both name the same shape, or none
            if (!now.equals(before)) {
                differences.add(text.replace("\n", "\\n") + ": now " + now + ", before " + before);
            }
            secrets += before.isPresent() ? 1 : 0;
        }
        assertThat(differences).isEmpty();
        assertThat(secrets).as("values that hold a secret shape").isGreaterThan(1_000);
    }

    @Test
    void each_shape_still_finds_its_secret_after_a_megabyte_of_its_own_prefix() {
        // GIVEN long runs that each shape's search once read again and again, then a real secret of that shape
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("-", "-----BEGIN RSA PRIVATE KEY-----");
        cases.put("-eyJ", " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2ln");
        cases.put("a", " postgres://app:hunter2@db");
        cases.put("a://", " postgres://app:hunter2@db");
        cases.put(".eyJ", " eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2ln");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String value = c.getKey().repeat((1 << 20) / c.getKey().length()) + c.getValue();
            // WHEN judged, THEN the secret is found (a search that reads the run again from each position would
            // take hours: the bound only turns that into a failure)
            assertThat(assertTimeoutPreemptively(BOUND, () -> SecretPatterns.judge("note", value))).as(c.getKey())
                    .isPresent();
        }
    }

    @Test
    void judging_a_value_four_times_as_long_takes_at_most_six_times_as_long() {
        // GIVEN runs of the characters each shape's search once read again from every position
        List<String> slow = new ArrayList<>();
        for (String unit : List.of("a", "a1", "-", "-eyJ", "eyJa", ".eyJa", "a://", "a://b:", "a:", "/", " ",
                "-BEGIN ", "- ", "AKIA", "ghp_", "xoxb-", "sk_live_")) {
            // WHEN a value of 256 KB and one of 1 MB are judged
            long small = assertTimeoutPreemptively(BOUND, () -> cpu(unit, 256 * 1024));
            long large = assertTimeoutPreemptively(BOUND, () -> cpu(unit, 1024 * 1024));
            // THEN the larger takes at most 6 times as long (times under 50 ms are scheduling noise)
            if (large > Math.max(6 * small, 50_000_000L)) {
                slow.add('"' + unit + "\": " + small / 1_000_000 + " ms for 256 KB, " + large / 1_000_000
                        + " ms for 1 MB");
            }
        }
        assertThat(slow).isEmpty();
    }

    /** @return the least CPU time, in nanoseconds, of three judgements of the unit repeated to that size */
    private static long cpu(String unit, int size) {
        String value = unit.repeat(size / unit.length()) + "!";
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            SecretPatterns.judge("note", value);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
