package dev.berth.charts;

import dev.berth.core.Manifest;
import dev.berth.core.read.ManifestReader;
import dev.berth.core.source.ObjectSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code helm template} output: splits it at its {@code # Source:} documents, reads each template's documents
 * with core's reader under the template file's path, and keeps Helm's order of objects.
 */
final class HelmOutput {

    private static final String SOURCE = "# Source: ";

    private HelmOutput() {
    }

    static Manifest read(String text, Path chart) {
        Map<String, StringBuilder> byTemplate = new LinkedHashMap<>();
        List<String[]> order = new ArrayList<>();
        Map<String, Integer> documentsSoFar = new LinkedHashMap<>();
        for (String document : documents(text)) {
            String source = sourceOf(document);
            String origin = templateFile(chart, source);
            int index = documentsSoFar.merge(origin, 1, Integer::sum) - 1;
            byTemplate.computeIfAbsent(origin, o -> new StringBuilder()).append(document);
            order.add(new String[] {origin, Integer.toString(index)});
        }
        ManifestReader reader = new ManifestReader();
        Map<String, Manifest> read = new LinkedHashMap<>();
        byTemplate.forEach((origin, documents) -> read.put(origin, reader.readString(documents.toString(), origin)));
        Manifest.Builder builder = Manifest.builder();
        for (String[] entry : order) {
            Manifest manifest = read.get(entry[0]);
            for (HasMetadata object : manifest) {
                ObjectSource source = manifest.sourceOf(object).orElseThrow();
                if (source.documentIndex() == Integer.parseInt(entry[1])) {
                    builder.add(object, source);
                }
            }
        }
        return builder.build();
    }

    /** The documents of Helm's output, each starting with its {@code ---} line. */
    private static List<String> documents(String text) {
        List<String> documents = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.equals("---")) {
                addIfAny(documents, current);
                current = new StringBuilder();
            }
            current.append(line).append('\n');
        }
        addIfAny(documents, current);
        return documents;
    }

    private static void addIfAny(List<String> documents, StringBuilder document) {
        if (document.toString().lines().map(String::strip)
                .anyMatch(line -> !line.isEmpty() && !line.equals("---") && !line.startsWith("#"))) {
            documents.add(document.toString());
        }
    }

    private static String sourceOf(String document) {
        for (String line : document.lines().limit(3).toList()) {
            if (line.startsWith(SOURCE)) {
                return line.substring(SOURCE.length()).strip();
            }
        }
        return "";
    }

    /**
     * The file a Helm source name ({@code shop/templates/x.yaml}, {@code shop/charts/cache/templates/y.yaml}) stands
     * for: its first part is the chart's name, the rest a path in the chart folder; inside a packaged chart,
     * {@code shop-0.1.0.tgz!/shop/templates/x.yaml}.
     */
    static String templateFile(Path chart, String source) {
        if (source.isEmpty()) {
            return chart.toString();
        }
        if (!Files.isDirectory(chart)) {
            return chart + "!/" + source;
        }
        int slash = source.indexOf('/');
        return chart.resolve(slash < 0 ? source : source.substring(slash + 1)).toString();
    }
}
