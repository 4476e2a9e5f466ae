package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating the shared lint corpus with the recommended rules, against reading the same manifest from YAML, at
 * 10,000 and 100,000 objects in one run: the first ratio says what validation costs next to reading, the second that
 * the cost per object does not grow with the set (no quadratic lookups).
 *
 * <p>{@code validateAndRender} also renders the text report, which works out the file positions of every finding.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ValidateBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class ValidateBenchmark {

    /** How many objects, rounded up to whole applications of seven. */
    @Param({"10000", "100000"})
    public int objects;

    private String yaml;
    private Manifest manifest;
    private final ManifestReader reader = new ManifestReader();
    private final Validator validator = Validator.recommended();

    /** Generates and reads the corpus once. */
    @Setup
    public void setUp() {
        yaml = LintCorpus.yaml(objects);
        manifest = reader.readString(yaml, "lint-corpus.yaml");
    }

    /** @return the report of the recommended rules */
    @Benchmark
    public Report validate() {
        return validator.evaluate(manifest);
    }

    /** @return the report's text, with the file position of every finding */
    @Benchmark
    public String validateAndRender() {
        return validator.evaluate(manifest).toText();
    }

    /** @return the manifest read from the YAML text: the baseline */
    @Benchmark
    public Manifest read() {
        return reader.readString(yaml, "lint-corpus.yaml");
    }
}
