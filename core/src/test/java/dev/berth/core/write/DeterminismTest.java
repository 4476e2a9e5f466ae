package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The same set of objects prints the same bytes, whatever order the objects and their maps were built in. */
class DeterminismTest {

    @Test
    void writing_the_same_manifest_twice_gives_identical_bytes() {
        // GIVEN a manifest
        Manifest manifest = shop(new Random(1));
        // WHEN it is written twice, as YAML and as JSON
        ManifestWriter yaml = ManifestWriter.yaml();
        ManifestWriter json = ManifestWriter.json();
        // THEN both writes are identical
        assertThat(yaml.write(manifest)).isEqualTo(yaml.write(manifest));
        assertThat(json.write(manifest)).isEqualTo(json.write(manifest));
    }

    @Test
    void shuffled_objects_and_shuffled_label_insertion_order_give_identical_output() {
        // GIVEN the same objects built in different orders, with labels and data inserted in different orders
        String reference = ManifestWriter.yaml().write(shop(new Random(1)));
        for (long seed = 2; seed < 12; seed++) {
            // WHEN each variant is written
            String shuffled = ManifestWriter.yaml().write(shop(new Random(seed)));
            // THEN the bytes are the same
            assertThat(shuffled).as("seed %d", seed).isEqualTo(reference);
        }
    }

    @Test
    void alphabetical_key_order_is_also_independent_of_insertion_order() {
        // GIVEN two builds of the same objects in different orders
        ManifestWriter writer = ManifestWriter.json().withKeyOrder(KeyOrder.ALPHABETICAL);
        // WHEN both are written with alphabetical keys
        // THEN the bytes are the same
        assertThat(writer.write(shop(new Random(3)))).isEqualTo(writer.write(shop(new Random(4))));
    }

    @Test
    void free_form_maps_are_sorted_alphabetically_even_where_a_key_is_in_the_priority_table() {
        // GIVEN labels "name" and "app", inserted with "name" first
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "db");
        labels.put("app", "shop");
        ConfigMap map = new ConfigMapBuilder().withNewMetadata().withName("c").withLabels(labels).endMetadata()
                .build();
        // WHEN it is written
        String yaml = ManifestWriter.yaml().write(map);
        // THEN the labels are alphabetical: a label called "name" is data, not the object's name
        assertThat(yaml).contains("  labels:\n    app: shop\n    name: db\n");
    }

    /** The representative objects plus a ConfigMap and labels whose insertion order depends on the seed. */
    private static Manifest shop(Random random) {
        List<String> keys = new ArrayList<>(List.of("zeta", "alpha", "mid", "app.kubernetes.io/name", "Upper", "name"));
        Collections.shuffle(keys, random);
        ConfigMapBuilder config = new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace("shop")
                .endMetadata();
        for (String key : keys) {
            config.editMetadata().addToLabels(key, "v-" + key).addToAnnotations(key, "a-" + key).endMetadata();
            config.addToData(key, "d-" + key);
        }
        List<HasMetadata> objects = new ArrayList<>(List.of(Fixtures.namespace("shop"), Fixtures.statefulSet(),
                Fixtures.headlessService(), Fixtures.trickyConfigMap(), Fixtures.secret(), Fixtures.allowAllIngress(),
                Fixtures.certificate(), Fixtures.namespace("billing"), config.build()));
        Collections.shuffle(objects, random);
        return Manifest.of(objects);
    }
}
