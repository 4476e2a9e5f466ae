package dev.berth.core.read;

import dev.berth.core.BerthException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Lists the manifest files of a path as far as it can be read. Symbolic links are followed, to files and to folders;
 * hidden files and folders (names starting with a dot), and what its {@link FolderFilter} leaves out (by default the
 * folders other tools fill, such as {@code node_modules}), are neither walked nor reported. Each thing that stops a part
 * of the walk is one problem, in the operating system's words, and the walk goes on:
 *
 * <ul>
 *   <li>a folder that cannot be listed, a manifest file whose attributes cannot be read;</li>
 *   <li>a dangling symbolic link, and a link that loops (to itself, or back to a folder being walked), when its name
 *       could name a manifest or a folder (ends in {@code .yaml}, {@code .yml}, {@code .json}, or has no extension):
 *       a broken {@code NOTES.md} link is ignored like the file it stood for;</li>
 *   <li>a manifest name that is not a regular file (a pipe, a socket, a device).</li>
 * </ul>
 *
 * <pre>{@code
 * List<Path> files = new FolderWalk(FileAccess.SYSTEM).files(Path.of("k8s"), problems::add);
 * }</pre>
 */
final class FolderWalk {

    private final FileAccess access;
    private final FolderFilter filter;

    FolderWalk(FileAccess access) {
        this(access, FolderFilter.defaults());
    }

    FolderWalk(FileAccess access, FolderFilter filter) {
        this.access = access;
        this.filter = filter;
    }

    /**
     * @param path a file or a folder
     * @param problems receives a problem per part that cannot be read
     * @return the path itself when it is a file, else the manifest files below it that could be reached, sorted by
     *         their path relative to it with {@code /} separators
     */
    List<Path> files(Path path, Consumer<BerthException> problems) {
        BasicFileAttributes attributes;
        try {
            attributes = access.attributes(path);
        } catch (NoSuchFileException e) {
            problems.accept(BerthException.problem("no such file or folder").origin(path.toString())
                    .fix("check the path; give a manifest file or a folder of them.").build(e));
            return List.of();
        } catch (IOException e) {
            problems.accept(unreadable(path, e, false));
            return List.of();
        }
        if (!attributes.isDirectory()) {
            return List.of(path);
        }
        List<Listed> found = new ArrayList<>();
        List<Unread> unread = new ArrayList<>();
        List<Walked> ancestors = new ArrayList<>();
        ancestors.add(new Walked(path, key(path, attributes)));
        walk(path, path, ancestors, found, problem -> unread.add(new Unread(relative(path, problem), problem)));
        // Each file's sort key is computed once: relativizing inside the comparator cost O(n log n) path walks.
        found.sort(Comparator.comparing(Listed::relative));
        // Folders list their entries in no set order: the problems, too, come in the files' order.
        unread.sort(Comparator.comparing(Unread::relative));
        unread.forEach(u -> problems.accept(u.problem()));
        return found.stream().map(Listed::file).toList();
    }

    private void walk(Path root, Path folder, List<Walked> ancestors, List<Listed> found,
            Consumer<BerthException> problems) {
        List<Path> entries;
        try {
            entries = access.list(folder);
        } catch (IOException e) {
            problems.accept(unreadable(folder, e, true));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (filter.excludes(relative(root, entry), name)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = access.attributes(entry, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    attributes = followed(entry, name, problems);
                    if (attributes == null) {
                        continue;
                    }
                }
            } catch (IOException e) {
                if (couldLeadToManifests(name)) {
                    problems.accept(unreadable(entry, e, false));
                }
                continue;
            }
            if (attributes.isDirectory()) {
                Object key = key(entry, attributes);
                Walked loop = ancestors.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
                if (loop != null) {
                    problems.accept(BerthException.problem("symbolic link loop: it leads back to " + loop.folder()
                            + ", a folder being read").origin(entry.toString())
                            .fix("remove the link, or point it outside the folders being linted.").build());
                    continue;
                }
                ancestors.add(new Walked(entry, key));
                walk(root, entry, ancestors, found, problems);
                ancestors.remove(ancestors.size() - 1);
            } else if (isManifest(name)) {
                if (attributes.isRegularFile()) {
                    found.add(new Listed(entry, relative(root, entry)));
                } else {
                    problems.accept(BerthException.problem("not a regular file (a pipe, a socket or a device), so it "
                            + "is not read").origin(entry.toString())
                            .fix("lint the file it stands for, or move it out of the folder.").build());
                }
            }
        }
    }

    /** The attributes of what a link leads to, or null (and a problem when it matters) when it leads nowhere. */
    private BasicFileAttributes followed(Path link, String name, Consumer<BerthException> problems) {
        try {
            return access.attributes(link);
        } catch (IOException e) {
            if (!couldLeadToManifests(name)) {
                return null;
            }
            if (e instanceof NoSuchFileException) {
                problems.accept(BerthException.problem("dangling symbolic link: its target " + target(link)
                        + " does not exist").origin(link.toString())
                        .fix("point the link at an existing file or folder, or remove it.").build(e));
            } else if (isLoop(e)) {
                problems.accept(BerthException.problem("symbolic link loop: too many levels of symbolic links")
                        .origin(link.toString()).fix("point the link at a file or folder that exists, or remove it.")
                        .build(e));
            } else {
                problems.accept(unreadable(link, e, false));
            }
            return null;
        }
    }

    /**
     * @param path the file or folder that cannot be read
     * @param e what the operating system said
     * @param folder true when it is a folder that cannot be listed
     * @return one line: the operating system's reason in words, and the fix
     */
    static BerthException unreadable(Path path, IOException e, boolean folder) {
        String reason = reason(e);
        boolean denied = reason.equals("permission denied");
        if (folder) {
            return BerthException.problem(reason + ": the folder cannot be listed, so its files are not read")
                    .origin(path.toString()).fix(denied ? "let the user running berth list it (chmod a+rx), or lint "
                            + "the folders beside it." : "check the folder and the disk, or lint the folders beside it.")
                    .build(e);
        }
        return BerthException.problem(reason).origin(path.toString())
                .fix(denied ? "let the user running berth read the file (chmod a+r), or move it out of the folder."
                        : "check the file and the disk, or move it out of the folder.")
                .build(e);
    }

    /**
     * @param e an exception of the file system
     * @return what the operating system said, in words and in lower case, never a Java class name: {@code permission
     *         denied}, {@code no such file or folder}, {@code input/output error}...
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (isLoop(e)) {
            return "symbolic link loop: too many levels of symbolic links";
        }
        String said = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (said == null || said.isBlank()) {
            return "cannot be read";
        }
        return said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1);
    }

    private static boolean isLoop(IOException e) {
        return e instanceof java.nio.file.FileSystemLoopException || (e instanceof FileSystemException f
                && f.getReason() != null && f.getReason().startsWith("Too many levels of symbolic links"));
    }

    private String target(Path link) {
        try {
            return java.nio.file.Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unknown)";
        }
    }

    /** A name that ends in .yaml, .yml or .json, or has no extension, as a folder's usually has not. */
    private static boolean couldLeadToManifests(String name) {
        return isManifest(name) || !name.contains(".");
    }

    static boolean isManifest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    }

    /** What makes a folder the same folder, reached by any path: its file key, else its real path. */
    private static Object key(Path folder, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key != null) {
            return key;
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }

    /** A folder being walked, by the path it was reached by and what makes it the same folder. */
    private record Walked(Path folder, Object key) {
    }

    private static String relative(Path root, Path entry) {
        return root.relativize(entry).toString().replace('\\', '/');
    }

    private static String relative(Path root, BerthException problem) {
        return relative(root, Path.of(problem.origin().orElseThrow()));
    }

    /** A problem met in a folder, with the path relative to the folder it is sorted by. */
    private record Unread(String relative, BerthException problem) {
    }

    /** A file found in a folder, with its path relative to the folder, the key files are sorted by. */
    private record Listed(Path file, String relative) {
    }
}
