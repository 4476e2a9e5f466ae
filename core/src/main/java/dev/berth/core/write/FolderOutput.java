package dev.berth.core.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.BerthException;
import dev.berth.core.ObjectRef;
import dev.berth.core.internal.Json;
import dev.berth.core.text.Patterns;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a manifest as a folder: one file per object and a {@code kustomization.yaml}; see
 * {@link ManifestWriter#writeFolder} for the naming scheme and which files it owns.
 *
 * <pre>{@code
 * FolderOutput.write(ManifestWriter.yaml(), ApplyOrder.sort(manifest.objects()), Path.of("k8s"));
 * }</pre>
 */
final class FolderOutput {

    /** The file that lists the others. */
    static final String KUSTOMIZATION = "kustomization.yaml";
    /** The first line of a kustomization.yaml this writer wrote: what makes it, and the files it lists, ours. */
    static final String MARKER = "# Written by Berth's ManifestWriter, which owns the files listed under resources:";

    private static final String MARKER_DETAIL =
            "# it rewrites them on every run and deletes the ones a later run no longer writes.\n";
    private static final Pattern OWNED_NAME = Patterns.whole("[a-z0-9][a-z0-9.-]*\\.(yaml|json)");
    private static final int MAX_BASE = 200;

    private FolderOutput() {
    }

    /**
     * @param writer the writer, for the format and options
     * @param ordered the objects, in the order to list them
     * @param dir the folder
     */
    static void write(ManifestWriter writer, List<HasMetadata> ordered, Path dir) {
        List<String> names = fileNames(ordered, writer.applyOrder(), writer.format().extension());
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            files.put(names.get(i), writer.write(ordered.get(i)));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw BerthException.problem("cannot write the manifest folder: the path is a file")
                    .origin(dir.toString())
                    .fix("Choose a folder path, or delete the file.")
                    .build();
        }
        Path kustomization = dir.resolve(KUSTOMIZATION);
        Set<String> previouslyOwned = ownedFiles(kustomization);
        for (Map.Entry<String, String> file : files.entrySet()) {
            writeText(dir.resolve(file.getKey()), file.getValue());
        }
        writeText(kustomization, kustomization(names));
        for (String stale : previouslyOwned) {
            if (!files.containsKey(stale)) {
                delete(dir.resolve(stale));
            }
        }
    }

    /**
     * @param ordered the objects, in order
     * @param byKind true to prefix names with the kind's rank, false with the position
     * @param extension {@code .yaml} or {@code .json}
     * @return one distinct, safe file name per object, in the same order
     */
    static List<String> fileNames(List<HasMetadata> ordered, boolean byKind, String extension) {
        int width = Math.max(3, String.valueOf(ordered.size()).length());
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            ObjectRef ref = ObjectRef.of(ordered.get(i));
            int order = byKind ? (ApplyOrder.rankOf(ref.kind()) + 1) * 10 : i + 1;
            StringBuilder base = new StringBuilder(pad(order, byKind ? 3 : width));
            base.append('-').append(safe(ref.kind().isEmpty() ? "object" : ref.kind()));
            if (!ref.namespace().isEmpty()) {
                base.append('-').append(safe(ref.namespace()));
            }
            base.append('-').append(safe(ref.name().isEmpty() ? "unnamed" : ref.name()));
            String stem = base.length() <= MAX_BASE ? base.toString()
                    : base.substring(0, MAX_BASE - 9) + "-" + String.format("%08x", ref.toString().hashCode());
            String name = stem + extension;
            for (int n = 2; !used.add(name) || name.equals(KUSTOMIZATION); n++) {
                name = stem + "-" + n + extension;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Writes a UTF-8 text file, creating its parent folders.
     *
     * @param file the file
     * @param text its content
     */
    static void writeText(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ioProblem("cannot write the file", file, e);
        }
    }

    private static String kustomization(List<String> names) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        root.put("kind", "Kustomization");
        ArrayNode resources = root.putArray("resources");
        names.forEach(resources::add);
        StringBuilder out = new StringBuilder(64 + names.size() * 48);
        out.append(MARKER).append('\n').append(MARKER_DETAIL);
        new YamlEmitter(out, KeyOrder.CONVENTIONAL).document(root);
        return out.toString();
    }

    /** The files a kustomization.yaml of ours lists; none when there is no such file; fails when it is not ours. */
    private static Set<String> ownedFiles(Path kustomization) {
        if (!Files.exists(kustomization)) {
            return Set.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(kustomization, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ioProblem("cannot read the previous kustomization", kustomization, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(MARKER)) {
            throw BerthException.problem("the folder has a kustomization.yaml that Berth did not write")
                    .origin(kustomization.toString())
                    .fix("Write to another folder, or delete " + kustomization + " if Berth may replace it.")
                    .build();
        }
        Set<String> owned = new HashSet<>();
        boolean inResources = false;
        for (String line : lines) {
            if (line.equals("resources:")) {
                inResources = true;
            } else if (inResources && line.startsWith("- ")) {
                String name = line.substring(2).trim();
                if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                if (OWNED_NAME.matcher(name).matches() && !name.equals(KUSTOMIZATION)) {
                    owned.add(name);
                }
            } else if (inResources) {
                break;
            }
        }
        return owned;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw ioProblem("cannot delete a file a previous run wrote", file, e);
        }
    }

    private static BerthException ioProblem(String what, Path path, IOException e) {
        String reason;
        String fix;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
            fix = "Make the folder writable for this user, or write somewhere else.";
        } else if (e instanceof NoSuchFileException) {
            reason = "a folder on the path does not exist";
            fix = "Check the path.";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            fix = "Check that the path is a writable location with free space, and not an existing folder.";
        }
        return BerthException.problem(what + ": " + reason).origin(path.toString()).fix(fix).build(e);
    }

    private static String safe(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' ? c : '-');
        }
        return out.toString();
    }

    private static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
