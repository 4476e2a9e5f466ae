package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every item of a {@code kind: List} is read or reported: a broken item is one problem and the items after it are
 * still read; a List inside a List is flattened, as kubectl flattens it.
 */
class KindListTest {

    private final ManifestReader reader = new ManifestReader();

    @Test
    void a_broken_list_item_is_reported_and_the_items_after_it_are_read() {
        // GIVEN a List whose second item has no kind
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: a}
                - apiVersion: v1
                  metadata: {name: broken}
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: c}
                """;
        // WHEN it is read leniently
        ReadResult result = read(yaml);
        // THEN the first and third items are objects, and the second is one problem naming its place
        assertThat(names(result.manifest())).containsExactly("a", "c");
        assertThat(result.problems()).extracting(BerthException::getMessage).containsExactly(
                "list.yaml:7:3: items[1]: the object has no kind. Fix: add a line such as kind: Deployment.");
    }

    @Test
    void a_broken_item_of_a_json_array_is_reported_and_the_items_after_it_are_read() {
        // GIVEN a JSON array whose first item is not an object
        String json = "[\"text\", {\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"b\"}}]";
        // WHEN it is read leniently
        ReadResult result = read(json);
        // THEN the second item is read
        assertThat(names(result.manifest())).containsExactly("b");
        assertThat(result.problems()).extracting(BerthException::getMessage).containsExactly(
                "list.yaml:1:2: [0]: expected a Kubernetes object (a mapping with apiVersion and kind). "
                        + "Fix: make each item a mapping with apiVersion: and kind:.");
    }

    @Test
    void a_list_inside_a_list_is_flattened_like_kubectl_does() {
        // GIVEN a List that holds an object, a List of two objects, and another object
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: a}
                - apiVersion: v1
                  kind: List
                  items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: b}
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: c}
                    spec:
                      replicas: 2
                - apiVersion: v1
                  kind: Secret
                  metadata: {name: d}
                """;
        // WHEN it is read
        Manifest manifest = reader.readString(yaml, "list.yaml");
        // THEN the inner items are objects of their own, in order, with their place in the document
        assertThat(manifest.objects()).extracting(HasMetadata::getKind)
                .containsExactly("Service", "ConfigMap", "Deployment", "Secret");
        ObjectSource inner = manifest.sourceOf(manifest.objects().get(2)).orElseThrow();
        assertThat(inner.position()).isEqualTo(new SourcePosition(13, 5));
        assertThat(inner.positionOf("spec.replicas")).contains(new SourcePosition(17, 7));
        assertThat(inner.itemIndex()).contains(2);
    }

    @Test
    void a_broken_item_of_an_inner_list_names_its_full_path() {
        // GIVEN a List inside a List whose first item has no apiVersion
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: List
                  items:
                  - kind: ConfigMap
                    metadata: {name: broken}
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: b}
                """;
        // WHEN it is read leniently
        ReadResult result = read(yaml);
        // THEN the good inner item is read and the broken one names items[0].items[0]
        assertThat(names(result.manifest())).containsExactly("b");
        assertThat(result.problems()).extracting(BerthException::getMessage).containsExactly(
                "list.yaml:7:5: items[0].items[0]: the object has no apiVersion. "
                        + "Fix: add a line such as apiVersion: apps/v1.");
    }

    private ReadResult read(String text) {
        return reader.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "list.yaml");
    }

    private static List<String> names(Manifest manifest) {
        return manifest.objects().stream().map(o -> o.getMetadata().getName()).toList();
    }
}
