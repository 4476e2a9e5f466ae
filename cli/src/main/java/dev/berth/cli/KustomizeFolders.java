package dev.berth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folders kustomize builds: a folder with a {@code kustomization.yaml} ({@code kustomization.yml},
 * {@code Kustomization}) means the objects its {@code resources} (and the older {@code bases} and {@code crds}) list,
 * not every file beside it. So a folder walk judges only the listed files of such a folder; another YAML file there
 * (the {@code all.yaml} the samples' render job writes beside the per-object files, a patch) is skipped and counted,
 * as kustomize would not apply it either. A kustomization that lists no resources, or cannot be read, changes
 * nothing: every file of its folder is read as before.
 *
 * <pre>{@code
 * KustomizeFolders kustomize = new KustomizeFolders();
 * kustomize.unlisted(Path.of("out/shop/all.yaml"));        // true: out/shop/kustomization.yaml does not list it
 * kustomize.unlisted(Path.of("out/shop/deployment-web.yaml")); // false: listed
 * }</pre>
 */
final class KustomizeFolders {

    /** The names kustomize reads, in its order. */
    static final List<String> NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<Path, Optional<Set<String>>> listed = new ConcurrentHashMap<>();

    /**
     * @param file a file found in a folder walk
     * @return true when its folder's kustomization lists resources, and not this file
     */
    boolean unlisted(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || NAMES.contains(String.valueOf(file.getFileName()))) {
            return false;
        }
        Optional<Set<String>> names = listed.computeIfAbsent(folder, KustomizeFolders::resources);
        return names.isPresent() && !names.get().contains(file.getFileName().toString());
    }

    /** @return the file names directly in the folder that its kustomization lists; empty when it has none */
    private static Optional<Set<String>> resources(Path folder) {
        for (String name : NAMES) {
            Path kustomization = folder.resolve(name);
            if (!Files.isRegularFile(kustomization)) {
                continue;
            }
            JsonNode root;
            try {
                root = YAML.readTree(kustomization.toFile());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            Set<String> files = new HashSet<>();
            boolean lists = false;
            for (String key : List.of("resources", "bases", "crds")) {
                JsonNode entries = root == null ? null : root.get(key);
                if (entries != null && entries.isArray()) {
                    lists = true;
                    entries.forEach(entry -> files.add(Path.of(entry.asText()).normalize().toString()));
                }
            }
            return lists ? Optional.of(files) : Optional.empty();
        }
        return Optional.empty();
    }
}
