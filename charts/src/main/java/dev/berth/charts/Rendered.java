package dev.berth.charts;

import dev.berth.core.Manifest;
import java.util.Objects;

/**
 * What a chart or an overlay rendered to: the text the tool wrote, and the objects read from it with their sources
 * pointing at the files people edit.
 *
 * <pre>{@code
 * Rendered rendered = HelmChart.at(Path.of("chart")).rendered();
 * Files.writeString(Path.of("out/chart.yaml"), rendered.text());   // for debugging, as --rendered-out does
 * rendered.manifest().ofKind("StatefulSet");
 * }</pre>
 *
 * @param text the rendered YAML, as Helm or kustomize wrote it
 * @param manifest the objects, each with an {@link dev.berth.core.source.ObjectSource} naming its template or file
 */
public record Rendered(String text, Manifest manifest) {

    /**
     * Checks both parts are present.
     *
     * @param text the rendered YAML
     * @param manifest the objects
     */
    public Rendered {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(manifest, "manifest");
    }
}
