package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.validation.Report;
import dev.berth.validation.Validator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
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
 * <p>{@code validate} judges one manifest over and over: 10,000 objects (about 60 MB of model) then stay in the
 * processor's last-level cache from one call to the next, 100,000 (about 450 MB) cannot, so the two figures differ by
 * where the data comes from as much as by the work. {@code validateOneOfTen} holds cache conditions equal: it reads
 * 100,000 objects at either size and judges them as manifests of {@code objects} objects in turn (ten of 10,000, or
 * one of 100,000), one manifest a call, so every call finds its objects out of cache, as a command-line run does.
 * Its per-object ratio between the sizes is what the lookups cost as the set grows.
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

    /** How many objects the manifests of {@link #validateOneOfTen()} share, whatever their size. */
    private static final int ROTATION_OBJECTS = 100_000;

    /** How many objects, rounded up to whole applications of seven. */
    @Param({"10000", "100000"})
    public int objects;

    private String yaml;
    private Manifest manifest;
    private Manifest[] rotation;
    private int next;
    private final ManifestReader reader = new ManifestReader();
    private final Validator validator = Validator.recommended();

    /** Generates and reads the corpus once. */
    @Setup
    public void setUp() {
        yaml = LintCorpus.yaml(objects);
        manifest = reader.readString(yaml, "lint-corpus.yaml");
        Manifest all = objects >= ROTATION_OBJECTS ? manifest
                : reader.readString(LintCorpus.yaml(ROTATION_OBJECTS), "lint-corpus.yaml");
        List<HasMetadata> list = all.objects();
        int parts = Math.max(1, list.size() / manifest.size());
        rotation = new Manifest[parts];
        for (int p = 0; p < parts; p++) {
            Manifest.Builder part = Manifest.builder();
            int from = p * list.size() / parts;
            int to = (p + 1) * list.size() / parts;
            for (HasMetadata object : list.subList(from, to)) {
                part.add(object, all.sourceOf(object).orElseThrow());
            }
            rotation[p] = part.build();
            rotation[p].references();
        }
    }

    /** @return the report of the recommended rules */
    @Benchmark
    public Report validate() {
        return validator.evaluate(manifest);
    }

    /** @return the report of the recommended rules on the next of the manifests that share 100,000 objects */
    @Benchmark
    public Report validateOneOfTen() {
        Manifest judged = rotation[next];
        next = (next + 1) % rotation.length;
        return validator.evaluate(judged);
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
