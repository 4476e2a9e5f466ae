package dev.berth.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import io.fabric8.kubernetes.api.model.HasMetadata;
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
}
