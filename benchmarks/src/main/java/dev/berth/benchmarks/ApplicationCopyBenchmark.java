package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.dsl.Application;
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
 * What a defensive copy of a built application's objects would cost: {@link Manifest#copy()} of 420 objects
 * ({@link DslFixtures}), against building them with the DSL and with hand-written fabric8 builders, in the same run.
 * It is why {@code Application.manifest()} shares its objects and leaves {@code copy()} to the callers that change
 * them.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ApplicationCopyBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ApplicationCopyBenchmark {

    private final Application built = DslFixtures.dsl();
    /** @return a deep copy of the built application's objects */
    @Benchmark
    public Manifest copy() {
        return built.manifest().copy();
    }

    /** @return the application built with the DSL */
    @Benchmark
    public Application build() {
        return DslFixtures.dsl();
    }

    /** @return the same objects built by hand: the baseline */
    @Benchmark
    public Manifest fabric8Build() {
        return DslFixtures.handWritten();
    }
}
