package dev.berth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.berth.charts.HelmChart;
import dev.berth.charts.Kustomization;
import dev.berth.charts.KustomizeUnavailableException;
import dev.berth.charts.Rendered;
import dev.berth.core.BerthException;
import dev.berth.core.Manifest;
import dev.berth.core.read.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Helm charts and kustomize folders among {@code berth lint}'s inputs: which to render, which of the listed files
 * they own (never judged as objects), and their rendered objects.
 *
 * <p>A root is a folder holding {@code Chart.yaml} (or a {@code .tgz} named on the command line), or a folder holding
 * a kustomization file. A chart owns its whole folder (templates, values files, subcharts under {@code charts/}). A
 * kustomize folder owns its files; it is not rendered on its own when it lies inside another root or another
 * kustomization of the input names it (a base: it is judged through its overlays), unless it is named on the command
 * line.
 *
 * <pre>{@code
 * Renderings renderings = Renderings.find(args, listing);
 * Inputs.Listing plain = renderings.withoutOwnedFiles(listing);
 * ReadResult rendered = renderings.render(options, err);
 * }</pre>
 */
final class Renderings {

    /** The {@code berth lint} options that reach Helm and kustomize. */
    record Options(List<Path> values, Map<String, String> sets, String release, String namespace, String kubeVersion,
            boolean noRender, Path renderedOut) {
    }

    private record Root(Path folder, boolean chart, boolean named) {
    }

    private final List<Root> rendered;
    private final List<Root> owners;

    private Renderings(List<Root> rendered, List<Root> owners) {
        this.rendered = rendered;
        this.owners = owners;
    }

    /**
     * @param args the command line's paths
     * @param listing what the folder walks found
     * @return the roots among them
     */
    static Renderings find(List<String> args, Inputs.Listing listing) {
        Map<Path, Root> roots = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.equals(Inputs.STDIN)) {
                continue;
            }
            Path path = Path.of(arg);
            if (HelmChart.isChart(path)) {
                roots.put(key(path), new Root(path, true, true));
            } else if (Files.isDirectory(path) && Kustomization.isKustomization(path)) {
                roots.put(key(path), new Root(path, false, true));
            }
        }
        Set<Path> looked = new HashSet<>();
        for (Path file : listing.files()) {
            String name = String.valueOf(file.getFileName());
            Path folder = file.getParent() == null ? Path.of("") : file.getParent();
            if (name.equals("Chart.yaml")) {
                roots.putIfAbsent(key(folder), new Root(folder, true, false));
            } else if (Kustomization.FILE_NAMES.contains(name)
                    // folder walks list a kustomize folder's resources, not its kustomization file
                    || looked.add(key(folder)) && Kustomization.isKustomization(folder)) {
                roots.putIfAbsent(key(folder), new Root(folder, false, false));
            }
        }
        if (roots.isEmpty()) {
            return new Renderings(List.of(), List.of());
        }
        Set<Path> referenced = referencedBases(roots.values());
        List<Root> toRender = new ArrayList<>();
        for (Root root : roots.values()) {
            boolean inside = roots.values().stream().anyMatch(other -> other != root
                    && key(root.folder()).startsWith(key(other.folder())) && (other.chart() || !root.chart()));
            if (root.named() || !inside && !referenced.contains(key(root.folder()))) {
                toRender.add(root);
            }
        }
        return new Renderings(toRender, List.copyOf(roots.values()));
    }

    /** @return true when the input holds no chart and no kustomize folder */
    boolean isEmpty() {
        return owners.isEmpty();
    }

    /**
     * @param listing what the folder walks found
     * @return the listing without the files the roots own: those are rendered, or are the roots' own settings
     */
    Inputs.Listing withoutOwnedFiles(Inputs.Listing listing) {
        List<Object> sources = new ArrayList<>();
        for (Object source : listing.sources()) {
            if (!(source instanceof Path file) || owner(file) == null) {
                sources.add(source);
            }
        }
        return new Inputs.Listing(sources, listing.problems(), listing.folders());
    }

    /**
     * Renders each root; a problem is printed and kept, and the other roots are still rendered.
     *
     * @param options the Helm and kustomize options
     * @param listing what the folder walks found (the raw files of an overlay that is not rendered come from it)
     * @param inputs reads an unrendered overlay's raw files
     * @param err where notes go
     * @param folders receives the folder key of each rendered object's origin (its root's), for folder sets
     * @return the objects and the problems
     */
    ReadResult render(Options options, Inputs.Listing listing, Inputs inputs, PrintWriter err,
            Map<String, String> folders) {
        Manifest.Builder objects = Manifest.builder();
        List<BerthException> problems = new ArrayList<>();
        boolean noted = false;
        for (Root root : rendered) {
            try {
                Rendered result = root.chart() ? chart(root.folder(), options) : overlay(root, options);
                write(root, result, options.renderedOut());
                objects.addAll(result.manifest());
                String folder = Inputs.folderOf(root.folder().resolve("Chart.yaml"));
                result.manifest().forEach(object -> result.manifest().sourceOf(object)
                        .ifPresent(source -> folders.put(source.origin(), folder)));
            } catch (BerthException e) {
                problems.add(e);
            } catch (KustomizeUnavailableException e) {
                if (!noted) {
                    err.println("berth: note: " + e.getMessage() + "; judging the overlays' files as they are");
                    noted = true;
                }
                ReadResult raw = raw(root, listing, inputs);
                objects.addAll(raw.manifest());
                problems.addAll(raw.problems());
            }
        }
        if (options.noRender()) {
            long charts = rendered.stream().filter(Root::chart).count();
            if (charts > 0) {
                err.println("berth: note: --no-render: " + charts + (charts == 1 ? " chart was" : " charts were")
                        + " not rendered, so not judged (a template is no manifest)");
            }
        }
        return new ReadResult(objects.build(), problems);
    }

    private Rendered chart(Path folder, Options options) {
        HelmChart chart = HelmChart.at(folder);
        for (Path file : options.values()) {
            chart = chart.values(file);
        }
        for (Map.Entry<String, String> set : options.sets().entrySet()) {
            chart = chart.set(set.getKey(), set.getValue());
        }
        if (options.release() != null) {
            chart = chart.release(options.release());
        }
        if (options.namespace() != null) {
            chart = chart.namespace(options.namespace());
        }
        if (options.kubeVersion() != null) {
            chart = chart.kubeVersion(options.kubeVersion());
        }
        return options.noRender() ? new Rendered("", Manifest.empty()) : chart.rendered();
    }

    private static Rendered overlay(Root root, Options options) {
        if (options.noRender()) {
            throw new KustomizeUnavailableException("--no-render: the overlays were not rendered");
        }
        return Kustomization.at(root.folder()).built();
    }

    /** An overlay's own files, read as they are; its kustomization file never as an object. */
    private ReadResult raw(Root root, Inputs.Listing listing, Inputs inputs) {
        List<Object> files = new ArrayList<>();
        for (Path file : listing.files()) {
            Root owner = owner(file);
            if (owner != null && key(owner.folder()).equals(key(root.folder()))
                    && !Kustomization.FILE_NAMES.contains(String.valueOf(file.getFileName()))) {
                files.add(file);
            }
        }
        return inputs.read(new Inputs.Listing(files, List.of(), listing.folders()));
    }

    /** @return the root nearest above a file, or null */
    private Root owner(Path file) {
        Path absolute = key(file);
        Root nearest = null;
        for (Root root : owners) {
            Path folder = key(root.folder());
            if (absolute.startsWith(folder) && !absolute.equals(folder)
                    && (nearest == null || folder.getNameCount() > key(nearest.folder()).getNameCount())) {
                nearest = root;
            }
        }
        return nearest;
    }

    private static void write(Root root, Rendered result, Path out) {
        if (out == null || result.text().isEmpty()) {
            return;
        }
        String name = root.folder().normalize().toString().replace('\\', '/');
        name = (name.isEmpty() || name.equals(".") ? "root" : name).replace("../", "up-").replace('/', '_');
        Path file = out.resolve(name + ".yaml");
        try {
            Files.createDirectories(out);
            Files.writeString(file, result.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BerthException.problem("cannot write the rendered output: " + e.getMessage())
                    .origin(file.toString()).fix("check --rendered-out names a writable folder.").build(e);
        }
    }

    /** The folders other kustomizations of the input name as resources, bases or components. */
    private static Set<Path> referencedBases(Iterable<Root> roots) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<Path> referenced = new HashSet<>();
        for (Root root : roots) {
            Path file = root.chart() ? null : Kustomization.file(root.folder());
            if (file == null) {
                continue;
            }
            try {
                JsonNode tree = yaml.readTree(file.toFile());
                for (String field : List.of("resources", "bases", "components")) {
                    JsonNode list = tree == null ? null : tree.get(field);
                    if (list != null && list.isArray()) {
                        list.forEach(entry -> referenced.add(key(root.folder().resolve(entry.asText()))));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // kustomize reports a broken kustomization file when the overlay is built
            }
        }
        return referenced;
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
