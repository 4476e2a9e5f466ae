package dev.berth.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
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
 * Reading a multi-document YAML file of StatefulSets and Services: Berth's {@link ManifestReader} (typed objects, source
 * positions, unknown-field and YAML 1.1 checks) against a plain Jackson YAML read of the same text into fabric8 objects.
 *
 * <p>{@code berthReadAndLocate} also asks every object for a field position, the worst case for positions computed on
 * demand.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ReadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ReadBenchmark {

    /** How many StatefulSets; the file holds as many Services besides. */
    @Param("10000")
    public int statefulSets;

    private String yaml;
    private final ManifestReader reader = new ManifestReader();
    private final YAMLMapper jackson = new YAMLMapper();

    /** Writes the input once, with fabric8's own serializer so neither side reads its own output. */
    @Setup
    public void setUp() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        StringBuilder text = new StringBuilder();
        for (HasMetadata object : Fixtures.statefulSetsWithServices(statefulSets)) {
            text.append(serialization.asYaml(object));
        }
        yaml = text.toString();
    }

    /** @return the manifest read by Berth */
    @Benchmark
    public Manifest berthRead() {
        return reader.readString(yaml, "bench.yaml");
    }

    /** @return the number of positions found after reading with Berth and locating a field of every object */
    @Benchmark
    public int berthReadAndLocate() {
        Manifest manifest = reader.readString(yaml, "bench.yaml");
        int found = 0;
        for (HasMetadata object : manifest) {
            found += manifest.sourceOf(object).orElseThrow().locate("spec.selector").line();
        }
        return found;
    }

    /**
     * @return the objects read by Jackson's YAML parser and fabric8's deserializers
     * @throws IOException never, the text is in memory
     */
    @Benchmark
    public List<KubernetesResource> jacksonRead() throws IOException {
        try (MappingIterator<KubernetesResource> values = jackson.readerFor(KubernetesResource.class)
                .readValues(yaml)) {
            return values.readAll();
        }
    }
}
