package dev.berth.charts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finds a kustomize of v4 or later on a search path and runs it: {@code kustomize build} or {@code kubectl kustomize}. */
final class KustomizeTool {

    private static final int MIN_MAJOR = 4;

    private final List<String> command;
    private final String version;

    private KustomizeTool(List<String> command, String version) {
        this.command = command;
        this.version = version;
    }

    /** The command line a person would type for a folder: {@code kubectl kustomize overlays/prod}. */
    String commandLine(Path folder) {
        return Path.of(command.get(0)).getFileName() + " " + command.get(1) + " " + folder;
    }

    /** @return the kustomize version found, such as {@code v5.5.0} */
    String version() {
        return version;
    }

    static KustomizeTool find(String searchPath) {
        List<String> tooOld = new ArrayList<>();
        Optional<Path> kustomize = onPath(searchPath, "kustomize");
        if (kustomize.isPresent()) {
            String version = versionIn(run(List.of(kustomize.get().toString(), "version")).out());
            if (major(version) >= MIN_MAJOR) {
                return new KustomizeTool(List.of(kustomize.get().toString(), "build"), version);
            }
            tooOld.add(kustomize.get() + " is kustomize " + version);
        }
        Optional<Path> kubectl = onPath(searchPath, "kubectl");
        if (kubectl.isPresent()) {
            String out = run(List.of(kubectl.get().toString(), "version", "--client")).out();
            int at = out.indexOf("Kustomize Version:");
            String version = at < 0 ? "" : versionIn(out.substring(at));
            if (major(version) >= MIN_MAJOR) {
                return new KustomizeTool(List.of(kubectl.get().toString(), "kustomize"), version);
            }
            tooOld.add(kubectl.get() + " carries " + (version.isEmpty() ? "no kustomize" : "kustomize " + version));
        }
        String found = tooOld.isEmpty() ? "neither kustomize nor kubectl is on PATH" : String.join(", ", tooOld)
                + " (v" + MIN_MAJOR + " or later is needed)";
        throw new KustomizeUnavailableException("the overlay was not rendered: " + found
                + "; install kubectl 1.21 or later, or kustomize v4 or later, to lint what it produces");
    }

    Result build(Path folder) {
        List<String> full = new ArrayList<>(command);
        full.add(folder.toString());
        return run(full);
    }

    record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command) {
        try {
            Path err = Files.createTempFile("berth-kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
                return new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(-1, "", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static Optional<Path> onPath(String searchPath, String name) {
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String folder : folders(searchPath)) {
            for (String candidate : List.of(name, name + ".exe")) {
                Path file = Path.of(folder, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** The non-empty folders of a search path, split at the platform's separator without a regular expression. */
    private static List<String> folders(String searchPath) {
        List<String> folders = new ArrayList<>();
        int start = 0;
        while (start <= searchPath.length()) {
            int end = searchPath.indexOf(File.pathSeparatorChar, start);
            end = end < 0 ? searchPath.length() : end;
            if (end > start) {
                folders.add(searchPath.substring(start, end));
            }
            start = end + 1;
        }
        return folders;
    }

    /** The first {@code vN.N.N} in a text, or empty. */
    static String versionIn(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == 'v' && Character.isDigit(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                return text.substring(i, end);
            }
        }
        return "";
    }

    static int major(String version) {
        if (version.isEmpty()) {
            return 0;
        }
        int end = 1;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 1 ? 0 : Integer.parseInt(version.substring(1, Math.min(end, 9)));
    }
}
