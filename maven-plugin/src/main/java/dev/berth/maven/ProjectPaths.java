package dev.berth.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * How the goals name a project's files: by their path relative to the working folder when they are under it (the
 * project's folder, for a build started there), else by their absolute path.
 *
 * <pre>{@code
 * Path web = ProjectPaths.readable(new File(basedir, "src/main/k8s/web.yaml"));   // src/main/k8s/web.yaml
 * }</pre>
 */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * A path under the working folder is read by its relative name, so that messages and the SARIF report name files
     * as the project does ({@code src/main/k8s/web.yaml}); any other by its absolute name.
     */
    static Path readable(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) && !path.equals(here) ? here.relativize(path) : path;
    }

    /** @return how messages name a path */
    static String shown(Path path) {
        return readable(path.toFile()).toString().replace('\\', '/');
    }
}
