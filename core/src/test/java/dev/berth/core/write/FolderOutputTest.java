package dev.berth.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest written as a folder: one stably named file per object and a kustomization.yaml listing them. */
class FolderOutputTest {

    @TempDir
    Path dir;

    @Test
    void each_object_gets_a_file_named_by_apply_rank_kind_namespace_and_name() throws IOException {
        // GIVEN a namespace, a Secret, a headless Service and a StatefulSet
        Manifest manifest = Manifest.of(Fixtures.statefulSet(), Fixtures.headlessService(), Fixtures.secret(),
                Fixtures.namespace("shop"));
        // WHEN it is written as a folder
        ManifestWriter.yaml().writeFolder(manifest, dir);
        // THEN the files are named after the kind's rank, kind, namespace and name
        assertThat(files()).containsExactly("010-namespace-shop.yaml", "090-secret-shop-db.yaml",
                "160-service-shop-db.yaml", "190-statefulset-shop-db.yaml", "kustomization.yaml");
        assertThat(Files.readString(dir.resolve("190-statefulset-shop-db.yaml")))
                .isEqualTo(ManifestWriter.yaml().write(Fixtures.statefulSet()));
    }

    @Test
    void the_kustomization_lists_the_files_in_apply_order_under_a_marker_comment() throws IOException {
        // GIVEN a manifest whose objects are out of apply order
        Manifest manifest = Manifest.of(Fixtures.headlessService(), Fixtures.namespace("shop"));
        // WHEN it is written as a folder
        ManifestWriter.yaml().writeFolder(manifest, dir);
        // THEN kustomization.yaml lists them in apply order
        assertThat(Files.readString(dir.resolve("kustomization.yaml"))).isEqualTo(FolderOutput.MARKER + "\n"
                + "# it rewrites them on every run and deletes the ones a later run no longer writes.\n"
                + "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                + "kind: Kustomization\n"
                + "resources:\n"
                + "- 010-namespace-shop.yaml\n"
                + "- 160-service-shop-db.yaml\n");
    }

    @Test
    void files_of_a_previous_run_that_are_no_longer_written_are_deleted_and_foreign_files_are_kept()
            throws IOException {
        // GIVEN a folder written once with a Secret and a Service, and a file the user put there
        ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.secret(), Fixtures.headlessService()), dir);
        Files.writeString(dir.resolve("README.md"), "mine");
        // WHEN it is written again without the Secret
        ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.headlessService()), dir);
        // THEN the Secret's file is gone, the user's file stays
        assertThat(files()).containsExactly("160-service-shop-db.yaml", "README.md", "kustomization.yaml");
    }

    @Test
    void a_kustomization_berth_did_not_write_is_never_replaced() throws IOException {
        // GIVEN a folder with a hand-written kustomization.yaml
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n- mine.yaml\n");
        // WHEN a manifest is written into it
        // THEN the writer refuses, naming the file, and writes nothing
        assertThatThrownBy(() -> ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.secret()), dir))
                .isInstanceOf(BerthException.class)
                .hasMessage(dir.resolve("kustomization.yaml") + ": the folder has a kustomization.yaml that Berth "
                        + "did not write. Fix: Write to another folder, or delete " + dir.resolve("kustomization.yaml")
                        + " if Berth may replace it.");
        assertThat(files()).containsExactly("kustomization.yaml");
    }

    @Test
    void with_apply_order_off_files_are_numbered_by_position_and_clashing_names_get_a_suffix() throws IOException {
        // GIVEN the same Secret twice and a Namespace, in that order
        Manifest manifest = Manifest.of(Fixtures.secret(), Fixtures.secret(), Fixtures.namespace("Shop_1"));
        // WHEN written as a JSON folder with apply order off
        ManifestWriter.json().withApplyOrder(false).writeFolder(manifest, dir);
        // THEN names follow the manifest order, are lower case and safe, and never clash
        assertThat(files()).containsExactly("001-secret-shop-db.json", "002-secret-shop-db.json",
                "003-namespace-shop-1.json", "kustomization.yaml");
    }

    @Test
    void objects_with_the_same_name_get_distinct_files() {
        // GIVEN two objects whose file names would be equal
        List<String> names = FolderOutput.fileNames(List.of(Fixtures.secret(), Fixtures.secret()), true, ".yaml");
        // WHEN they are named
        // THEN the second one gets a suffix
        assertThat(names).containsExactly("090-secret-shop-db.yaml", "090-secret-shop-db-2.yaml");
    }

    @Test
    void the_folder_is_created_when_missing() {
        // GIVEN a folder that does not exist
        Path nested = dir.resolve("a/b");
        // WHEN a manifest is written into it
        ManifestWriter.yaml().writeFolder(Manifest.of(Fixtures.namespace("shop")), nested);
        // THEN it exists with the files
        assertThat(nested.resolve("010-namespace-shop.yaml")).exists();
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
