package dev.berth.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: "A folder with {@code Chart.yaml} (or a packaged {@code .tgz}) is rendered in-process and its objects
 * judged", and "For a chart, each finding names the template that produced the object ({@code # Source:} lines)".
 */
class HelmChartTest {

    private static final Path SHOP = Path.of("src/test/resources/charts/shop");

    private static String origin(Manifest manifest, HasMetadata object) {
        return manifest.sourceOf(object).orElseThrow().origin();
    }

    @Test
    void a_chart_with_helpers_two_values_files_a_set_and_a_local_subchart_renders_with_its_templates_as_sources() {
        // GIVEN the shop chart (a _helpers.tpl, a local subchart under charts/), two values files and a --set
        HelmChart chart = HelmChart.at(SHOP).values(SHOP.resolve("values-prod.yaml"))
                .values(SHOP.resolve("values-eu.yaml")).set("db.replicas", "5").release("shop").namespace("shop");

        // WHEN it is rendered
        Manifest manifest = chart.render();

        // THEN the helpers named the objects, the later values file won, --set won over both, the subchart rendered
        Deployment web = named(manifest, Deployment.class, "shop-web");
        assertThat(web.getSpec().getReplicas()).isEqualTo(4);
        assertThat(web.getMetadata().getLabels()).containsEntry("app.kubernetes.io/instance", "shop");
        ConfigMap settings = named(manifest, ConfigMap.class, "shop-settings");
        assertThat(settings.getData()).containsEntry("region", "eu-west-1").containsEntry("dbReplicas", "5");
        StatefulSet cache = named(manifest, StatefulSet.class, "shop-cache");
        // AND each object's origin is the template file that produced it, the subchart's under charts/
        assertThat(origin(manifest, web)).isEqualTo(SHOP.resolve("templates/deployment.yaml").toString());
        assertThat(origin(manifest, settings)).isEqualTo(SHOP.resolve("templates/configmap.yaml").toString());
        assertThat(origin(manifest, cache))
                .isEqualTo(SHOP.resolve("charts/cache/templates/statefulset.yaml").toString());
        // AND Chart.yaml, the values files, _helpers.tpl and NOTES.txt are no objects: four templates, four objects
        assertThat(manifest.objects()).extracting(HasMetadata::getKind)
                .containsExactlyInAnyOrder("ConfigMap", "Service", "Deployment", "StatefulSet");
    }

    @Test
    void a_field_position_counts_in_the_templates_rendered_output() {
        // GIVEN the shop chart, rendered with its defaults
        Manifest manifest = HelmChart.at(SHOP).release("shop").render();

        // WHEN the position of spec.replicas of the Deployment is asked
        Deployment web = named(manifest, Deployment.class, "shop-web");

        // THEN it is the line in `helm template --show-only templates/deployment.yaml` (--- and # Source: first)
        assertThat(manifest.sourceOf(web).orElseThrow().positionOf("spec.replicas").orElseThrow().line())
                .isEqualTo(11);
    }

    @Test
    void a_template_that_does_not_parse_is_one_problem_naming_the_template_and_its_line(@TempDir Path temp)
            throws IOException {
        // GIVEN the shop chart with a template whose action is not closed
        // WHEN it is rendered, THEN one BerthException names the template file and line, in Helm's words
        assertSecretTemplateFails(temp, "  name: {{ .Release.Name }-x\n", ":4: unexpected \"}\" in operand.");
    }

    @Test
    void a_failing_required_is_one_problem_naming_the_template_line_and_column(@TempDir Path temp)
            throws IOException {
        // GIVEN a template that requires a value nobody set
        // WHEN it is rendered, THEN the message is the template's own, at its line and column
        assertSecretTemplateFails(temp, "  name: {{ required \"db.password is required\" .Values.db.password }}\n",
                ":4:11: db.password is required.");
    }

    /** Adds templates/secret.yaml, whose fourth line is the one given, and expects the problem at that template. */
    private static void assertSecretTemplateFails(Path temp, String fourthLine, String problem) throws IOException {
        Path chart = copyOfShop(temp);
        Files.writeString(chart.resolve("templates/secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata:\n"
                + fourthLine);
        assertThatThrownBy(() -> HelmChart.at(chart).render()).isInstanceOf(BerthException.class)
                .hasMessage(chart.resolve("templates/secret.yaml") + problem
                        + " Fix: correct the template, or the values it reads.");
    }

    @Test
    void a_values_file_that_is_not_yaml_is_one_problem_naming_it_and_its_line(@TempDir Path temp) throws IOException {
        // GIVEN a values file whose list is never closed
        Path values = temp.resolve("values-bad.yaml");
        Files.writeString(values, "replicas: [3\n");

        // WHEN the chart is rendered with it, THEN the problem names the values file and its line
        assertThatThrownBy(() -> HelmChart.at(SHOP).values(values).render()).isInstanceOf(BerthException.class)
                .hasMessage(values + ":1: broken YAML: did not find expected ',' or ']'. Fix: correct the values"
                        + " file: it must be a YAML mapping.");
    }

    @Test
    void a_chart_whose_dependencies_are_not_downloaded_says_to_run_helm_dependency_build(@TempDir Path temp)
            throws IOException {
        // GIVEN a chart listing a dependency from a repository that is not under charts/
        Path chart = copyOfShop(temp);
        Files.writeString(chart.resolve("Chart.yaml"), Files.readString(chart.resolve("Chart.yaml"))
                + "dependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n");

        // WHEN it is rendered, THEN the problem says to build the dependencies first
        assertThatThrownBy(() -> HelmChart.at(chart).render()).isInstanceOf(BerthException.class)
                .hasMessage(chart.resolve("Chart.yaml") + ": You may need to run `helm dependency build` to fetch"
                        + " missing dependencies: found in Chart.yaml, but missing in charts/ directory: redis. "
                        + "Fix: run helm dependency build " + chart + " first, then lint again.");
    }

    @Test
    void a_chart_without_templates_renders_no_object(@TempDir Path temp) throws IOException {
        // GIVEN a folder holding only a Chart.yaml
        Files.writeString(temp.resolve("Chart.yaml"), "apiVersion: v2\nname: empty\nversion: 1.0.0\n");

        // WHEN it is rendered, THEN there is no object and no problem
        assertThat(HelmChart.at(temp).render().objects()).isEmpty();
    }

    @Test
    void a_kube_version_is_refused_in_words_rather_than_ignored() {
        // GIVEN the shop chart asked to render for Kubernetes 1.30
        HelmChart chart = HelmChart.at(SHOP).kubeVersion("1.30");

        // WHEN it is rendered, THEN it says the in-process Helm cannot do that
        assertThatThrownBy(chart::render).isInstanceOf(BerthException.class)
                .hasMessage(SHOP + ": cannot render for Kubernetes 1.30: the in-process Helm (helm-java 0.0.15) has"
                        + " no kube-version option. Fix: leave out the Kubernetes version, or render with helm"
                        + " template --kube-version and lint the output.");
    }

    @Test
    void a_folder_with_chart_yaml_is_a_chart_and_one_without_is_not(@TempDir Path temp) {
        // GIVEN the shop chart and an empty folder, WHEN asked, THEN only the chart is one
        assertThat(HelmChart.isChart(SHOP)).isTrue();
        assertThat(HelmChart.isChart(temp)).isFalse();
    }

    private static <T extends HasMetadata> T named(Manifest manifest, Class<T> type, String name) {
        return manifest.all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in " + manifest));
    }

    static Path copyOfShop(Path temp) throws IOException {
        Path target = temp.resolve("shop");
        try (Stream<Path> paths = Files.walk(SHOP)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(SHOP.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }
}
