package dev.berth.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.write.ManifestWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Berth's YAML for the benchmark's objects is no larger than fabric8's, and both describe the same objects: the size
 * half of the writer's performance claim, which needs no timing.
 */
class OutputSizeTest {

    @Test
    void berth_yaml_is_no_larger_than_fabric8_yaml_for_the_same_objects() {
        // GIVEN the objects the write benchmark uses, at a tenth of its size
        List<HasMetadata> objects = Fixtures.statefulSetsWithServices(1_000);
        // WHEN both write them
        String berth = ManifestWriter.yaml().withApplyOrder(false).write(Manifest.of(objects));
        String fabric8 = Fabric8Yaml.write(new KubernetesSerialization(), objects);
        // THEN Berth's is no larger, and reads back to the same objects as fabric8's
        int berthBytes = berth.getBytes(StandardCharsets.UTF_8).length;
        int fabric8Bytes = fabric8.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("YAML for %d objects: Berth %d bytes, fabric8 %d bytes (%.3f)%n", objects.size(),
                berthBytes, fabric8Bytes, (double) berthBytes / fabric8Bytes);
        assertThat(berthBytes).isLessThanOrEqualTo(fabric8Bytes);
        ManifestReader reader = new ManifestReader();
        assertThat(reader.readString(berth).objects()).isEqualTo(reader.readString(fabric8).objects());
    }
}
