package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.core.Manifest;
import dev.berth.core.source.AmbiguousScalar;
import dev.berth.core.source.ObjectSource;
import dev.berth.core.source.SourcePosition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader accepts and what it keeps beside each object. */
class ManifestReaderTest {

    private final ManifestReader reader = new ManifestReader();

    @Test
    void several_documents_come_out_typed_and_in_order() {
        // GIVEN two documents, with an empty one and a comment-only one between them
        String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n---\n---\n# only a comment\n---\n"
                + "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n";
        // WHEN
        Manifest manifest = reader.readString(yaml);
        // THEN
        assertThat(manifest.objects()).hasSize(2);
        assertThat(manifest.objects().get(0)).isInstanceOf(Service.class);
        assertThat(manifest.objects().get(1)).isInstanceOf(StatefulSet.class);
        assertThat(((StatefulSet) manifest.objects().get(1)).getSpec().getServiceName()).isEqualTo("db");
    }

    @Test
    void flow_style_reads_like_block_style() {
        Manifest flow = reader.readString("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}, data: {a: b}}");
        Manifest block = reader.readString("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n");
        assertThat(flow.objects()).isEqualTo(block.objects());
    }

    @Test
    void json_reads_as_an_object_or_as_an_array_of_objects() {
        Manifest one = reader.readString("{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"a\"}}");
        Manifest many = reader.readString("[{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"a\"}},"
                + "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"b\"}}]");
        assertThat(one.objects()).hasSize(1);
        assertThat(many.objects()).extracting(o -> o.getMetadata().getName()).containsExactly("a", "b");
        assertThat(many.sourceOf(many.objects().get(1)).orElseThrow().itemIndex()).contains(1);
    }

    @Test
    void a_kind_list_is_read_as_its_items_with_their_positions() {
        // GIVEN a List as kubectl get -o yaml prints it
        String yaml = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n"
                + "    name: a\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: b\n  spec:\n"
                + "    replicas: 2\n";
        // WHEN
        Manifest manifest = reader.readString(yaml);
        // THEN
        assertThat(manifest.objects()).hasSize(2);
        HasMetadata deployment = manifest.objects().get(1);
        assertThat(deployment).isInstanceOf(Deployment.class);
        ObjectSource source = manifest.sourceOf(deployment).orElseThrow();
        assertThat(source.position()).isEqualTo(new SourcePosition(8, 3));
        assertThat(source.positionOf("spec.replicas")).contains(new SourcePosition(13, 5));
    }

    @Test
    void positions_point_at_fields_in_later_documents() {
        String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n---\napiVersion: apps/v1\n"
                + "kind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n"
                + "      - name: db\n        image: postgres:16\n";
        Manifest manifest = reader.readString(yaml, "db.yaml");
        ObjectSource source = manifest.sourceOf(manifest.objects().get(1)).orElseThrow();
        assertThat(source.origin()).isEqualTo("db.yaml");
        assertThat(source.documentIndex()).isEqualTo(1);
        assertThat(source.position()).isEqualTo(new SourcePosition(6, 1));
        assertThat(source.positionOf("spec.template.spec.containers[0].image"))
                .contains(new SourcePosition(15, 9));
        assertThat(source.locate("spec.template.spec.containers[0].resources.limits"))
                .isEqualTo(new SourcePosition(14, 9));
    }

    @Test
    void a_field_the_kind_does_not_define_is_kept_and_listed() {
        // GIVEN a typo: replica instead of replicas
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replica: 3\n";
        // WHEN
        Manifest manifest = reader.readString(yaml);
        // THEN
        Deployment deployment = (Deployment) manifest.objects().get(0);
        assertThat(deployment.getSpec().getAdditionalProperties()).containsEntry("replica", 3);
        assertThat(manifest.sourceOf(deployment).orElseThrow().unknownFields()).containsExactly("spec.replica");
    }

    @Test
    void unquoted_yaml11_values_in_string_fields_keep_their_text_and_are_listed() {
        // GIVEN values kubectl reads as a boolean, a number, an octal number and a date, and a key it reads as true
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    version: 1.10\n"
                + "data:\n  enabled: yes\n  on: x\n  mode: 0755\n  day: 2024-01-01\n  plain: text\n";
        // WHEN
        Manifest manifest = reader.readString(yaml);
        // THEN the text is kept as typed
        ConfigMap map = (ConfigMap) manifest.objects().get(0);
        assertThat(map.getMetadata().getLabels()).containsEntry("version", "1.10");
        assertThat(map.getData()).containsEntry("enabled", "yes").containsEntry("on", "x")
                .containsEntry("mode", "0755").containsEntry("day", "2024-01-01");
        // AND every doubtful value is listed, in document order
        assertThat(manifest.sourceOf(map).orElseThrow().ambiguousScalars()).extracting(AmbiguousScalar::describe)
                .containsExactly(
                        "metadata.labels.version: 1.10 is read by YAML 1.1 as number 1.1",
                        "data.enabled: yes is read by YAML 1.1 as boolean true",
                        "data.on: key on is read by YAML 1.1 as boolean true",
                        "data.mode: 0755 is read by YAML 1.1 as number 493",
                        "data.day: 2024-01-01 is read by YAML 1.1 as a timestamp");
    }

    @Test
    void typed_number_fields_read_yaml11_numbers_as_kubectl_does() {
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes:\n  - name: c\n"
                + "    configMap:\n      name: c\n      defaultMode: 0755\n";
        Manifest manifest = reader.readString(yaml);
        var pod = (io.fabric8.kubernetes.api.model.Pod) manifest.objects().get(0);
        assertThat(pod.getSpec().getVolumes().get(0).getConfigMap().getDefaultMode()).isEqualTo(493);
        assertThat(manifest.sourceOf(pod).orElseThrow().ambiguousScalars()).isEmpty();
    }

    @Test
    void ports_read_as_numbers_and_names_read_as_text() {
        String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 80\n"
                + "    targetPort: http\n  - port: 443\n    targetPort: 8443\n";
        Service service = (Service) reader.readString(yaml).objects().get(0);
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo("http");
        assertThat(service.getSpec().getPorts().get(1).getTargetPort().getIntVal()).isEqualTo(8443);
    }

    @Test
    void removed_api_versions_are_read_typed_and_keep_their_version() {
        String yaml = "apiVersion: apps/v1beta1\nkind: StatefulSet\nmetadata: {name: mongo}\nspec:\n"
                + "  serviceName: mongo\n";
        HasMetadata object = reader.readString(yaml).objects().get(0);
        assertThat(object).isInstanceOf(StatefulSet.class);
        assertThat(object.getApiVersion()).isEqualTo("apps/v1beta1");
    }

    @Test
    void custom_resources_are_kept_whole() {
        String yaml = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 3\n"
                + "  enabled: yes\n  nested: {a: [1, 2]}\n";
        HasMetadata object = reader.readString(yaml).objects().get(0);
        assertThat(object).isInstanceOf(GenericKubernetesResource.class);
        GenericKubernetesResource widget = (GenericKubernetesResource) object;
        Object size = widget.get("spec", "size");
        Object enabled = widget.get("spec", "enabled");
        assertThat(size).isEqualTo(3);
        assertThat(enabled).isEqualTo(true);
    }

    @Test
    void the_fields_of_a_custom_resource_are_not_listed_as_unknown() {
        String yaml = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 3\n";
        Manifest manifest = reader.readString(yaml);
        assertThat(manifest.sourceOf(manifest.objects().get(0)).orElseThrow().unknownFields()).isEmpty();
    }

    @Test
    void anchors_aliases_and_merge_keys_are_expanded() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &labels\n    app: db\n"
                + "  annotations:\n    <<: *labels\n    note: x\n";
        ConfigMap map = (ConfigMap) reader.readString(yaml).objects().get(0);
        assertThat(map.getMetadata().getAnnotations()).containsEntry("app", "db").containsEntry("note", "x");
    }

    @Test
    void a_folder_is_read_recursively_in_a_stable_order(@TempDir Path dir) throws Exception {
        // GIVEN files in nested folders, written in an order unlike their names, and files to ignore
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/z.yml"), service("z"));
        Files.writeString(dir.resolve("a.json"), "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"a\"}}");
        Files.writeString(dir.resolve("b/m.yaml"), service("m"));
        Files.writeString(dir.resolve("README.md"), "not a manifest");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.yaml"), "ignored: [");
        // WHEN
        Manifest manifest = reader.read(dir);
        // THEN files come sorted by relative path, as kubectl apply -R walks them: b/inner/z.yml before b/m.yaml
        assertThat(manifest.objects()).extracting(o -> o.getMetadata().getName()).containsExactly("a", "z", "m");
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = service("x").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(reader.read(new java.io.ByteArrayInputStream(all), "bom.yaml").size()).isEqualTo(1);
    }

    private static String service(String name) {
        return "apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n";
    }
}
