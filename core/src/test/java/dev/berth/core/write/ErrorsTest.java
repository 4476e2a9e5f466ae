package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects that cannot be written and paths that cannot be written to fail with a message a person can act on. */
class ErrorsTest {

    @TempDir
    Path dir;

    @Test
    void an_object_without_a_kind_is_refused_naming_the_object_and_the_field() {
        // GIVEN a generic resource without kind
        GenericKubernetesResource object = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1")
                .withNewMetadata().withName("thing").withNamespace("shop").endMetadata().build();
        // WHEN it is written
        // THEN the message names the object, the field and the fix
        assertThatThrownBy(() -> ManifestWriter.yaml().write(Manifest.of(object)))
                .isInstanceOf(BerthException.class)
                .hasMessage("kind: object shop/thing has no kind. Fix: Set kind on the object, e.g. kind: ConfigMap.");
    }

    @Test
    void an_object_that_contains_itself_is_refused_naming_the_object() {
        // GIVEN a custom resource whose spec contains itself
        Map<String, Object> spec = new HashMap<>();
        spec.put("self", spec);
        GenericKubernetesResource object = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1")
                .withKind("Loop").withNewMetadata().withName("loop").withNamespace("shop").endMetadata()
                .addToAdditionalProperties("spec", spec).build();
        // WHEN it is written
        // THEN the message names the object and says it cannot be serialized
        assertThatThrownBy(() -> ManifestWriter.yaml().write(object))
                .isInstanceOf(BerthException.class)
                .hasMessageStartingWith("Loop shop/loop cannot be serialized: ")
                .hasMessageEndingWith("Fix: Keep to values JSON can hold: strings, numbers, booleans, and lists and "
                        + "maps of them, or fabric8 model objects; a map must not contain itself.");
    }

    @Test
    void a_value_jackson_cannot_write_is_refused_naming_the_object_and_the_field_path() {
        // GIVEN a custom resource holding a value whose getter throws
        Map<String, Object> spec = new HashMap<>();
        spec.put("broken", new Unwritable());
        GenericKubernetesResource object = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1")
                .withKind("Thing").withNewMetadata().withName("thing").withNamespace("shop").endMetadata()
                .addToAdditionalProperties("spec", spec).build();
        // WHEN it is written
        // THEN the message names the object, the path to the value and the reason
        assertThatThrownBy(() -> ManifestWriter.yaml().write(object))
                .isInstanceOf(BerthException.class)
                .hasMessageStartingWith("spec.broken.value: Thing shop/thing cannot be serialized: no value today.");
    }

    @Test
    void a_file_under_a_regular_file_is_refused_naming_the_path() throws IOException {
        // GIVEN a path whose parent is a file
        Path parent = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = parent.resolve("all.yaml");
        // WHEN a manifest is written there
        // THEN the message names the path and how to fix it
        assertThatThrownBy(() -> ManifestWriter.yaml().writeFile(Manifest.of(Fixtures.secret()), file))
                .isInstanceOf(BerthException.class)
                .satisfies(e -> assertThat(((BerthException) e).origin()).contains(file.toString()))
                .hasMessageStartingWith(file + ": cannot write the file: ")
                .hasMessageContaining("Fix: ");
    }

    @Test
    void a_folder_path_that_is_a_file_is_refused_naming_the_path() throws IOException {
        // GIVEN a path that is a regular file
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        // WHEN a manifest is written as a folder there
        // THEN the message names the path and the fix
        assertThatThrownBy(() -> ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.secret()), file))
                .isInstanceOf(BerthException.class)
                .hasMessage(file + ": cannot write the manifest folder: the path is a file. "
                        + "Fix: Choose a folder path, or delete the file.");
    }

    @Test
    void a_failed_object_leaves_the_folder_untouched() throws IOException {
        // GIVEN a manifest with one good and one unwritable object
        GenericKubernetesResource noKind = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1")
                .withNewMetadata().withName("thing").endMetadata().build();
        // WHEN it is written as a folder
        assertThatThrownBy(() -> ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.secret(), noKind), dir))
                .isInstanceOf(BerthException.class);
        // THEN no file was written
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** A bean whose only property cannot be read. */
    public static final class Unwritable {
        /** @return never: it throws */
        public String getValue() {
            throw new IllegalStateException("no value today");
        }
    }
}
