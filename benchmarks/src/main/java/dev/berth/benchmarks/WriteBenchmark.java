package dev.berth.benchmarks;

import dev.berth.core.Manifest;
import dev.berth.core.write.ManifestWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
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
 * Writing StatefulSets with their Services as multi-document YAML: Berth's {@link ManifestWriter} (apply order,
 * deterministic keys, YAML 1.1-safe quoting) against fabric8's own {@code KubernetesSerialization.asYaml}, one
 * document per object, as fabric8 users write multi-document files.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar WriteBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class WriteBenchmark {

    /** How many StatefulSets; as many Services are written besides. */
    @Param("10000")
    public int statefulSets;

    private List<HasMetadata> objects;
    private Manifest manifest;
    private final ManifestWriter writer = ManifestWriter.yaml();
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /** Builds the objects once. */
    @Setup
    public void setUp() {
        objects = Fixtures.statefulSetsWithServices(statefulSets);
        manifest = Manifest.of(objects);
    }

    /** @return the YAML written by Berth */
    @Benchmark
    public String berthWrite() {
        return writer.write(manifest);
    }

    /** @return the YAML written by fabric8, one document per object */
    @Benchmark
    public String fabric8Write() {
        return Fabric8Yaml.write(serialization, objects);
    }
}
