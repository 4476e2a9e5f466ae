package dev.berth.charts;

import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Helm chart to render in-process, the way {@code helm template} renders it, into a {@link Manifest} whose objects
 * point at the templates that produced them.
 *
 * <p>Rendering uses Helm's own Go library (through helm-java, with a native library per platform): no {@code helm}
 * binary is needed and nothing is downloaded. Local subcharts under {@code charts/} are rendered with their parent; a
 * chart whose {@code Chart.yaml} lists dependencies that are not under {@code charts/} is refused with a message
 * saying to run {@code helm dependency build}.
 *
 * <p>Each object's {@link dev.berth.core.source.ObjectSource#origin() origin} is the template file on disk that
 * produced it, from Helm's {@code # Source:} comments ({@code chart/templates/deployment.yaml},
 * {@code chart/charts/cache/templates/statefulset.yaml} for a subchart). Its line and column count in that
 * template's <em>rendered</em> output, as {@code helm template --show-only templates/deployment.yaml} prints it
 * (starting at its {@code ---} line), not in the template source: Go templates can add or remove any number of lines
 * before a field, so a template line cannot be known in general. For a packaged chart ({@code shop-0.1.0.tgz}) the
 * origin is {@code shop-0.1.0.tgz!/shop/templates/deployment.yaml}.
 *
 * <pre>{@code
 * Manifest manifest = HelmChart.at(Path.of("charts/shop"))
 *         .values(Path.of("charts/shop/values-prod.yaml"))
 *         .set("db.replicas", "3")
 *         .release("shop")
 *         .namespace("shop")
 *         .render();
 * }</pre>
 *
 * <p>Defaults: release {@code release-name} (as {@code helm template}), namespace {@code default}, the chart's own
 * {@code values.yaml} only. A chart is immutable: each setter returns a copy.
 */
public final class HelmChart {

    /** The release name {@code helm template} uses when none is given. */
    public static final String DEFAULT_RELEASE = "release-name";

    private final Path path;
    private final List<Path> valuesFiles;
    private final Map<String, String> sets;
    private final String release;
    private final String namespace;
    private final String kubeVersion;

    private HelmChart(Path path, List<Path> valuesFiles, Map<String, String> sets, String release, String namespace,
            String kubeVersion) {
        this.path = path;
        this.valuesFiles = List.copyOf(valuesFiles);
        this.sets = Map.copyOf(sets);
        this.release = release;
        this.namespace = namespace;
        this.kubeVersion = kubeVersion;
    }

    /**
     * A chart folder (holding {@code Chart.yaml}) or a packaged chart ({@code .tgz}).
     *
     * <pre>{@code
     * HelmChart chart = HelmChart.at(Path.of("deploy/chart"));
     * }</pre>
     *
     * @param path the chart folder or archive
     * @return the chart, with the defaults above
     */
    public static HelmChart at(Path path) {
        return new HelmChart(Objects.requireNonNull(path, "path"), List.of(), new LinkedHashMap<>(), DEFAULT_RELEASE,
                null, null);
    }

    /**
     * Whether a path is a chart: a folder holding {@code Chart.yaml}, or a file ending in {@code .tgz}.
     *
     * <pre>{@code
     * HelmChart.isChart(Path.of("deploy/chart"));   // true when deploy/chart/Chart.yaml exists
     * }</pre>
     *
     * @param path a file or folder
     * @return true for a chart folder or a packaged chart
     */
    public static boolean isChart(Path path) {
        return Files.isRegularFile(path.resolve("Chart.yaml"))
                || (Files.isRegularFile(path) && String.valueOf(path.getFileName()).endsWith(".tgz"));
    }

    /**
     * Adds a values file, as {@code --values FILE}: files given later win over earlier ones, and all over the chart's
     * own {@code values.yaml}.
     *
     * @param file a YAML values file
     * @return a copy with the file added
     */
    public HelmChart values(Path file) {
        List<Path> files = new ArrayList<>(valuesFiles);
        files.add(Objects.requireNonNull(file, "file"));
        return new HelmChart(path, files, sets, release, namespace, kubeVersion);
    }

    /**
     * Sets one value, as {@code --set key=value}: wins over every values file; a later set of the same key wins.
     *
     * <pre>{@code
     * chart.set("db.replicas", "3").set("image.tag", "1.5.0");
     * }</pre>
     *
     * @param key a dotted path into the values, such as {@code db.replicas}
     * @param value the value, read as {@code helm --set} reads it (numbers and booleans as such)
     * @return a copy with the value set
     */
    public HelmChart set(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(sets);
        copy.remove(Objects.requireNonNull(key, "key"));
        copy.put(key, Objects.requireNonNull(value, "value"));
        return new HelmChart(path, valuesFiles, copy, release, namespace, kubeVersion);
    }

    /**
     * Names the release, as {@code helm template NAME}. Default: {@value #DEFAULT_RELEASE}.
     *
     * @param name the release name
     * @return a copy with that release name
     */
    public HelmChart release(String name) {
        return new HelmChart(path, valuesFiles, sets, Objects.requireNonNull(name, "name"), namespace, kubeVersion);
    }

    /**
     * Sets the release namespace, as {@code --namespace NS} ({@code .Release.Namespace}). Default: {@code default}.
     *
     * @param name the namespace
     * @return a copy with that namespace
     */
    public HelmChart namespace(String name) {
        return new HelmChart(path, valuesFiles, sets, release, Objects.requireNonNull(name, "name"), kubeVersion);
    }

    /**
     * Asks for {@code .Capabilities.KubeVersion}, as {@code --kube-version}. helm-java 0.0.15 cannot pass it to Helm,
     * so {@link #render()} then fails with a {@link BerthException} saying so, rather than render for another version
     * in silence. Default: Helm's built-in version.
     *
     * @param version a Kubernetes version such as {@code 1.30}
     * @return a copy asking for that version
     */
    public HelmChart kubeVersion(String version) {
        return new HelmChart(path, valuesFiles, sets, release, namespace, Objects.requireNonNull(version, "version"));
    }

    /** @return the chart folder or archive */
    public Path path() {
        return path;
    }

    /**
     * Renders the chart and reads its objects.
     *
     * @return the objects, in Helm's output order, each pointing at its template
     * @throws BerthException when the chart cannot be rendered (a template that does not parse or fails, a values file
     *         that is not YAML, missing dependencies), naming the template or file and its line
     */
    public Manifest render() {
        return rendered().manifest();
    }

    /**
     * Renders the chart, keeping Helm's text beside the objects (for {@code --rendered-out}).
     *
     * @return the text and the objects
     * @throws BerthException as {@link #render()}
     */
    public Rendered rendered() {
        if (kubeVersion != null) {
            throw BerthException.problem("cannot render for Kubernetes " + kubeVersion
                    + ": the in-process Helm (helm-java 0.0.15) has no kube-version option").origin(path.toString())
                    .fix("leave out the Kubernetes version, or render with helm template --kube-version and lint the"
                            + " output.").build();
        }
        String text;
        try {
            text = HelmRun.template(path, valuesFiles, sets, release, Optional.ofNullable(namespace));
        } catch (LinkageError e) {
            throw BerthException.problem("Helm cannot run here: " + e.getMessage()).origin(path.toString())
                    .fix("render with helm template and lint the output (helm-java has native libraries for"
                            + " linux and macOS on amd64 and arm64, and windows on amd64).").build(e);
        }
        return new Rendered(text, HelmOutput.read(text, path));
    }
}
