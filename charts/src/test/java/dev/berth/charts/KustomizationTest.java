package dev.berth.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.source.ObjectSource;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: "A folder with {@code kustomization.yaml} (or {@code .yml}, {@code Kustomization}) is built with kustomize
 * and its objects judged", findings pointing at "the base or overlay file that defines the object". "A kustomize test
 * never passes silently without a usable kustomize": these fail when none is found, unless BERTH_SKIP_KUSTOMIZE (or
 * -Dberth.kustomize.skip) gives a reason.
 */
class KustomizationTest {

    private static final Path OVERLAYS = Path.of("src/test/resources/overlays");

    @BeforeAll
    static void a_usable_kustomize_is_on_path() {
        KustomizeTestTool.requireKustomize();
    }

    @Test
    void an_overlay_with_prefix_namespace_image_and_patch_builds_with_its_objects_pointing_at_their_files() {
        // GIVEN the prod overlay: namePrefix prod-, namespace shop-prod, a new image tag, a strategic-merge patch
        Kustomization overlay = Kustomization.at(OVERLAYS.resolve("prod"));

        // WHEN it is built
        Manifest manifest = overlay.build();

        // THEN the objects are the overlay's, transformed
        Deployment web = manifest.find(Deployment.class, "shop-prod", "prod-web").orElseThrow();
        assertThat(web.getSpec().getReplicas()).isEqualTo(3);
        assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .isEqualTo("registry.example.com/shop/web:1.5.0");
        Service service = manifest.find(Service.class, "shop-prod", "prod-web").orElseThrow();
        ConfigMap settings = manifest.find(ConfigMap.class, "shop-prod", "prod-settings").orElseThrow();
        assertThat(manifest.objects()).hasSize(3);
        // AND each points at the base or overlay file that defines it, at the object's own lines there
        ObjectSource webSource = manifest.sourceOf(web).orElseThrow();
        assertThat(webSource.origin()).isEqualTo(OVERLAYS.resolve("base/deployment.yaml").toString());
        assertThat(webSource.positionOf("spec.template.spec.containers[0].image").orElseThrow().line())
                .isEqualTo(19);
        assertThat(manifest.sourceOf(service).orElseThrow().origin())
                .isEqualTo(OVERLAYS.resolve("base/service.yaml").toString());
        assertThat(manifest.sourceOf(settings).orElseThrow().origin())
                .isEqualTo(OVERLAYS.resolve("prod/settings.yaml").toString());
        // AND the origin annotations asked of kustomize are gone again
        assertThat(manifest.objects()).allSatisfy(object -> assertThat(object.getMetadata().getAnnotations()).isNull());
    }

    @Test
    void a_kustomize_error_is_one_problem_naming_the_kustomization(@TempDir Path temp) throws IOException {
        // GIVEN an overlay naming a resource that does not exist
        Files.writeString(temp.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");

        // WHEN it is built, THEN one BerthException names the kustomization file, in kustomize's words
        assertThatThrownBy(() -> Kustomization.at(temp).build()).isInstanceOf(BerthException.class)
                .hasMessageStartingWith(temp.resolve("kustomization.yaml") + ": kustomize cannot build the overlay: ")
                .hasMessageContaining("missing.yaml")
                .hasMessageEndingWith(" " + temp + " shows the same error).");
    }

    @Test
    void no_kustomize_on_the_search_path_is_a_kustomize_unavailable_exception_saying_what_to_install() {
        // GIVEN a search path with no kustomize and no kubectl
        Kustomization overlay = Kustomization.at(OVERLAYS.resolve("prod")).searchPath("");

        // WHEN it is built, THEN the exception says the overlay was not rendered and what to install
        assertThatThrownBy(overlay::build).isInstanceOf(KustomizeUnavailableException.class)
                .hasMessage("the overlay was not rendered: neither kustomize nor kubectl is on PATH; install kubectl"
                        + " 1.21 or later, or kustomize v4 or later, to lint what it produces");
    }

    @Test
    void versions_are_read_from_both_kustomize_and_kubectl_outputs() {
        // GIVEN the version lines of kustomize v5, kustomize v4 and kubectl 1.20 (kustomize v2)
        // WHEN the major version is read, THEN only v4 and later pass
        assertThat(KustomizeTool.major(KustomizeTool.versionIn("v5.5.0"))).isEqualTo(5);
        assertThat(KustomizeTool.major(KustomizeTool.versionIn("{Version:kustomize/v4.5.7 GitCommit:56d82a8}")))
                .isEqualTo(4);
        assertThat(KustomizeTool.major(KustomizeTool.versionIn("Kustomize Version: v2.0.3"))).isEqualTo(2);
    }
}
