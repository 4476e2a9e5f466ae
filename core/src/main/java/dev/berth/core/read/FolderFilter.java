package dev.berth.core.read;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which entries a folder walk leaves out. Hidden files and folders (names starting with a dot, such as {@code .git} and
 * {@code .github}) are always left out. By {@linkplain #defaults() default} the folders other tools fill are left out
 * too: {@value #DEFAULT_NAMES}. More can be left out with globs ({@link #exclude(String)}), matched against the path
 * relative to the folder being walked, with {@code /} separators, and against the entry's name.
 *
 * <pre>{@code
 * FolderFilter filter = FolderFilter.defaults().exclude("examples/**").exclude("*.generated.yaml");
 * ReadResult read = new ManifestReader().withFolderFilter(filter).readAll(List.of(Path.of(".")));
 * FolderFilter.none();   // only hidden entries are left out
 * }</pre>
 */
public final class FolderFilter {

    /** The folders left out by default, as the CLI's help names them. */
    public static final String DEFAULT_NAMES = "node_modules, vendor, target, build, dist";

    private static final Set<String> DEFAULTS = Set.of("node_modules", "vendor", "target", "build", "dist");
    private static final FolderFilter DEFAULT = new FolderFilter(DEFAULTS, List.of(), List.of());

    private final Set<String> folderNames;
    private final List<String> globs;
    private final List<PathMatcher> matchers;

    private FolderFilter(Set<String> folderNames, List<String> globs, List<PathMatcher> matchers) {
        this.folderNames = folderNames;
        this.globs = globs;
        this.matchers = matchers;
    }

    /** @return the default filter: hidden entries and the folders {@value #DEFAULT_NAMES} are left out */
    public static FolderFilter defaults() {
        return DEFAULT;
    }

    /** @return a filter that leaves out only hidden entries */
    public static FolderFilter none() {
        return new FolderFilter(Set.of(), List.of(), List.of());
    }

    /**
     * @param glob a glob, such as {@code examples/**}, {@code legacy} or {@code *.generated.yaml} (the syntax of
     *        {@link java.nio.file.FileSystem#getPathMatcher(String)}), matched against each entry's path relative to
     *        the folder walked and against its name
     * @return this filter, also leaving out what the glob matches
     * @throws IllegalArgumentException when the glob is not a valid glob
     */
    public FolderFilter exclude(String glob) {
        Objects.requireNonNull(glob, "glob");
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--exclude " + glob + " is not a valid glob: " + e.getMessage(), e);
        }
        List<String> moreGlobs = new ArrayList<>(globs);
        moreGlobs.add(glob);
        List<PathMatcher> moreMatchers = new ArrayList<>(matchers);
        moreMatchers.add(matcher);
        return new FolderFilter(folderNames, List.copyOf(moreGlobs), List.copyOf(moreMatchers));
    }

    /** @return the globs given to {@link #exclude(String)}, in order */
    public List<String> globs() {
        return globs;
    }

    /**
     * @param relative the entry's path relative to the folder walked, with {@code /} separators
     * @param name the entry's name; one of the default folder names is left out whatever the entry is (a file so
     *        named is no manifest anyway), so that a link to it is not followed either
     * @return true when the walk leaves the entry out
     */
    boolean excludes(String relative, String name) {
        if (name.startsWith(".") || folderNames.contains(name)) {
            return true;
        }
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(Path.of(relative)) || matcher.matches(Path.of(name))) {
                return true;
            }
        }
        return false;
    }
}
