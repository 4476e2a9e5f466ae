package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.source.FieldPositions;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void a_resolved_location_keeps_file_line_and_column_without_the_source() {
        // GIVEN the location of a field of an object read from a file
        Manifest manifest = new ManifestReader().readString("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  level: debug
                """, "settings.yaml");
        HasMetadata object = manifest.objects().get(0);
        Location lazy = Location.of(manifest.sourceOf(object).orElseThrow(), "data.level");
        // WHEN it is resolved
        Location resolved = lazy.resolved();
        // THEN it says the same, and equals the lazy one
        assertThat(resolved.describe()).isEqualTo("settings.yaml:6:3");
        assertThat(resolved.file()).contains("settings.yaml");
        assertThat(resolved).isEqualTo(lazy).hasSameHashCodeAs(lazy);
        assertThat(Location.none().resolved()).isSameAs(Location.none());
    }

    @Test
    void putting_locations_in_a_set_reads_no_positions_until_two_could_be_equal() {
        // GIVEN two objects of one file whose field positions are read from the text on first use, counted
        AtomicInteger reads = new AtomicInteger();
        FieldPositions fields = FieldPositions.lazy(() -> {
            reads.incrementAndGet();
            return Map.of("data.level", new SourcePosition(6, 3));
        });
        ObjectSource first = ObjectSource.of("settings.yaml", 0, -1, "", new SourcePosition(1, 1), fields, List.of(),
                List.of());
        FieldPositions later = FieldPositions.lazy(() -> {
            reads.incrementAndGet();
            return Map.of("data.level", new SourcePosition(13, 3));
        });
        ObjectSource second = ObjectSource.of("settings.yaml", 1, -1, "", new SourcePosition(8, 1), later, List.of(),
                List.of());
        Set<Location> locations = new HashSet<>();
        // WHEN locations of different fields go into a set
        locations.add(Location.of(first, "data.level"));
        locations.add(Location.of(first, "data.mode"));
        locations.add(Location.of(second, "metadata.name"));
        // THEN no position was read
        assertThat(locations).hasSize(3);
        assertThat(reads).hasValue(0);
        // WHEN two locations of one field of two objects meet, THEN positions decide, and here they differ
        assertThat(Location.of(first, "data.level")).isEqualTo(Location.of(first, "data.level"));
        assertThat(reads).hasValue(0);
        assertThat(Location.of(second, "data.level")).isNotEqualTo(Location.of(first, "data.level"));
        assertThat(reads).hasValue(2);
    }
}
