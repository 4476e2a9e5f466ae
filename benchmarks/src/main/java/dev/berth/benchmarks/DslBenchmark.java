package dev.berth.benchmarks;

import dev.berth.core.write.ManifestWriter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and writing a 100-component application (420 objects, {@link DslFixtures}) with the DSL, against
 * building the same objects with hand-written fabric8 builders and writing them with the same writer.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DslBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class DslBenchmark {

    private final ManifestWriter writer = ManifestWriter.yaml();

    /** @return the YAML of the application described with the DSL */
    @Benchmark
    public String dslBuildAndWrite() {
        return writer.write(DslFixtures.dsl().manifest());
    }

    /** @return the YAML of the same objects built by hand with fabric8 builders */
    @Benchmark
    public String fabric8BuildAndWrite() {
        return writer.write(DslFixtures.handWritten());
    }

    /** @return the application described with the DSL, not written: the DSL's own cost */
    @Benchmark
    public Object dslBuild() {
        return DslFixtures.dsl().manifest();
    }

    /** @return the same objects built by hand, not written */
    @Benchmark
    public Object fabric8Build() {
        return DslFixtures.handWritten();
    }
}
