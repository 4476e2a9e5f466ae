package dev.berth.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.berth.core.BerthException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder is judged as far as it can be read: an unreadable file or folder, a dangling symbolic link and a symbolic
 * link loop each give one problem in the operating system's words, and every readable file is still read. Hidden
 * folders are neither walked nor reported.
 *
 * <p>Root reads any file whatever its mode, so the unreadable cases go through the reader's {@link FileAccess} seam,
 * which throws the exception the operating system gives a normal user; one more test does it for real when not root.
 */
class FolderWalkTest {

    private static final String GOOD = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good, namespace: shop}\n";

    @TempDir
    Path dir;

    @Test
    void a_dangling_symbolic_link_is_reported_and_the_other_files_are_read() throws IOException {
        // GIVEN a good file and a link to a file that does not exist
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("deleted.yaml"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader().readAll(List.of(dir));
        // THEN the good file is read, and the link is one problem that names its target
        assertThat(result.manifest().objects()).extracting(o -> o.getMetadata().getName()).containsExactly("good");
        assertThat(messages(result)).containsExactly(dir.resolve("gone.yaml") + ": dangling symbolic link: its "
                + "target deleted.yaml does not exist. Fix: point the link at an existing file or folder, or remove it.");
    }

    @Test
    void a_symbolic_link_loop_is_reported_and_the_other_files_are_read() throws IOException {
        // GIVEN a link that leads back to a folder being read, and a link that leads to itself
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Files.createDirectories(dir.resolve("apps"));
        Files.createSymbolicLink(dir.resolve("apps/back"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("self.yaml"), Path.of("self.yaml"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader().readAll(List.of(dir));
        // THEN the good file is read once, and each loop is one problem
        assertThat(result.manifest().objects()).extracting(o -> o.getMetadata().getName()).containsExactly("good");
        assertThat(messages(result)).containsExactly(
                dir.resolve("apps/back") + ": symbolic link loop: it leads back to " + dir + ", a folder being read. "
                        + "Fix: remove the link, or point it outside the folders being linted.",
                dir.resolve("self.yaml") + ": symbolic link loop: too many levels of symbolic links. "
                        + "Fix: point the link at a file or folder that exists, or remove it.");
    }

    @Test
    void a_symbolic_link_to_a_folder_is_followed() throws IOException {
        // GIVEN a folder that links to a folder of manifests beside it
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/good.yaml"), GOOD);
        Files.createDirectories(dir.resolve("linted"));
        Files.createSymbolicLink(dir.resolve("linted/shared"), Path.of("../shared"));
        // WHEN the folder with the link is read
        ReadResult result = new ManifestReader().readAll(List.of(dir.resolve("linted")));
        // THEN the linked folder's file is read, under the link's path
        assertThat(result.problems()).isEmpty();
        assertThat(result.manifest().objects()).extracting(o -> result.manifest().sourceOf(o).orElseThrow().origin())
                .containsExactly(dir.resolve("linted/shared/good.yaml").toString());
    }

    @Test
    void links_in_hidden_folders_are_neither_followed_nor_reported() throws IOException {
        // GIVEN a loop and a dangling link inside folders skipped by default
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Files.createDirectories(dir.resolve(".git"));
        Files.createSymbolicLink(dir.resolve(".git/loop"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve(".cache.yaml"), Path.of("deleted.yaml"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader().readAll(List.of(dir));
        // THEN only the good file counts, without a problem
        assertThat(result.problems()).isEmpty();
        assertThat(result.manifest().objects()).hasSize(1);
    }

    @Test
    void a_dangling_link_that_could_not_name_a_manifest_is_ignored_like_other_files() throws IOException {
        // GIVEN a dangling link named like a document, which the folder walk would not read even if it existed
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Files.createSymbolicLink(dir.resolve("NOTES.md"), Path.of("deleted.md"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader().readAll(List.of(dir));
        // THEN nothing is reported
        assertThat(result.problems()).isEmpty();
        assertThat(result.manifest().objects()).hasSize(1);
    }

    @Test
    void an_unreadable_folder_is_reported_and_the_other_files_are_read() throws IOException {
        // GIVEN a folder the operating system refuses to list, beside a good file and a folder with another one
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Files.createDirectories(dir.resolve("locked-dir"));
        Files.writeString(dir.resolve("locked-dir/hidden.yaml"), GOOD.replace("good", "hidden"));
        Files.createDirectories(dir.resolve("z"));
        Files.writeString(dir.resolve("z/later.yaml"), GOOD.replace("good", "later"));
        FileAccess denying = new Denying(dir.resolve("locked-dir"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader(ReadLimits.defaults(), denying).readAll(List.of(dir));
        // THEN every other file is read, and the folder is one line in the operating system's words
        assertThat(result.manifest().objects()).extracting(o -> o.getMetadata().getName())
                .containsExactly("good", "later");
        assertThat(messages(result)).containsExactly(dir.resolve("locked-dir") + ": permission denied: the folder "
                + "cannot be listed, so its files are not read. Fix: let the user running berth list it "
                + "(chmod a+rx), or lint the folders beside it.");
    }

    @Test
    void an_unreadable_file_is_reported_and_the_other_files_are_read() throws IOException {
        // GIVEN a file the operating system refuses to read, between two good ones
        Files.writeString(dir.resolve("a.yaml"), GOOD.replace("good", "a"));
        Files.writeString(dir.resolve("locked.yaml"), GOOD);
        Files.writeString(dir.resolve("z.yaml"), GOOD.replace("good", "z"));
        FileAccess denying = new Denying(dir.resolve("locked.yaml"));
        // WHEN the folder is read
        ReadResult result = new ManifestReader(ReadLimits.defaults(), denying).readAll(List.of(dir));
        // THEN the others are read, and the file is one line
        assertThat(result.manifest().objects()).extracting(o -> o.getMetadata().getName()).containsExactly("a", "z");
        assertThat(messages(result)).containsExactly(dir.resolve("locked.yaml") + ": permission denied. Fix: let "
                + "the user running berth read the file (chmod a+r), or move it out of the folder.");
    }

    @Test
    void an_unreadable_top_folder_is_one_line() {
        // GIVEN a folder named directly that cannot be listed
        FileAccess denying = new Denying(dir);
        // WHEN it is read
        ReadResult result = new ManifestReader(ReadLimits.defaults(), denying).readAll(List.of(dir));
        // THEN one line, no Java class name
        assertThat(messages(result)).containsExactly(dir + ": permission denied: the folder cannot be listed, so its "
                + "files are not read. Fix: let the user running berth list it (chmod a+rx), or lint the folders "
                + "beside it.");
    }

    @Test
    void as_a_normal_user_unreadable_files_and_folders_are_reported_for_real() throws IOException {
        // GIVEN a folder and a file whose modes forbid reading, beside a good file
        Files.writeString(dir.resolve("good.yaml"), GOOD);
        Path lockedDir = Files.createDirectories(dir.resolve("locked-dir"));
        Files.writeString(lockedDir.resolve("x.yaml"), GOOD);
        Path lockedFile = Files.writeString(dir.resolve("locked.yaml"), GOOD);
        Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(lockedFile))
                    .as("runs only when not root: root reads any file whatever its mode; the FileAccess tests above "
                            + "cover the same messages as root")
                    .isFalse();
            // WHEN the folder is read
            ReadResult result = new ManifestReader().readAll(List.of(dir));
            // THEN the good file is read and each unreadable one is one line
            assertThat(result.manifest().objects()).hasSize(1);
            assertThat(messages(result)).containsExactly(
                    lockedDir + ": permission denied: the folder cannot be listed, so its files are not read. Fix: "
                            + "let the user running berth list it (chmod a+rx), or lint the folders beside it.",
                    lockedFile + ": permission denied. Fix: let the user running berth read the file (chmod a+r), "
                            + "or move it out of the folder.");
        } finally {
            Files.setPosixFilePermissions(lockedDir, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(lockedFile, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void the_strict_listing_throws_the_first_problem() throws IOException {
        // GIVEN a folder with a dangling link
        Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("deleted.yaml"));
        // WHEN / THEN the listing that fails on the first problem says the same
        BerthException problem = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ManifestReader.manifestFiles(dir), BerthException.class);
        assertThat(problem).hasMessageStartingWith(dir.resolve("gone.yaml") + ": dangling symbolic link");
    }

    private static List<String> messages(ReadResult result) {
        return result.problems().stream().map(BerthException::getMessage).toList();
    }

    /** The real file system, except that one path is refused as the operating system refuses a normal user. */
    private record Denying(Path refused) implements FileAccess {

        @Override
        public BasicFileAttributes attributes(Path path, LinkOption... options) throws IOException {
            return FileAccess.SYSTEM.attributes(path, options);
        }

        @Override
        public List<Path> list(Path folder) throws IOException {
            if (folder.equals(refused)) {
                throw new AccessDeniedException(folder.toString());
            }
            return FileAccess.SYSTEM.list(folder);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            if (file.equals(refused)) {
                throw new AccessDeniedException(file.toString());
            }
            return FileAccess.SYSTEM.read(file);
        }
    }
}
