package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.RuleSets;
import dev.berth.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the value rules ({@code invalid-value}, {@code negative-value}, {@code invalid-base64}, which read every field
 * of core's {@code ValueFields} table) add to the recommended rules on 10,000 objects of the lint corpus: the baseline
 * is the same rule set without them, measured in the same run.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ValuesBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ValuesBenchmark {

    private Manifest manifest;
    private final Validator withValues = Validator.of(RuleSets.recommended());
    private final Validator withoutValues = Validator.of(RuleSets.recommended()
            .without("invalid-value", "negative-value", "invalid-base64"));

    /** Generates and reads 10,000 objects once. */
    @Setup
    public void setUp() {
        manifest = new ManifestReader().readString(LintCorpus.yaml(10_000), "lint-corpus.yaml");
        manifest.references();
    }

    /** @return the report of the recommended rules, value rules included */
    @Benchmark
    public Report recommended() {
        return withValues.evaluate(manifest);
    }

    /** @return the report of the recommended rules without the value rules: the baseline */
    @Benchmark
    public Report recommendedWithoutValueRules() {
        return withoutValues.evaluate(manifest);
    }
}
