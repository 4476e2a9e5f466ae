package dev.berth.core.read;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-system calls the reader makes to walk folders and read files. {@link #SYSTEM} makes them on the real file
 * system; a test passes its own to make one call fail with the exception the operating system would throw (an
 * {@link java.nio.file.AccessDeniedException} for a folder root could read anyway).
 *
 * <pre>{@code
 * byte[] bytes = FileAccess.SYSTEM.read(Path.of("k8s/web.yaml"));
 * }</pre>
 */
interface FileAccess {

    /** The real file system, through {@link Files}. */
    FileAccess SYSTEM = new FileAccess() {
        @Override
        public BasicFileAttributes attributes(Path path, LinkOption... options) throws IOException {
            return Files.readAttributes(path, BasicFileAttributes.class, options);
        }

        @Override
        public List<Path> list(Path folder) throws IOException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            }
            return entries;
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };

    /**
     * @param path a file, folder or link
     * @param options {@link LinkOption#NOFOLLOW_LINKS} for the attributes of a link itself; none to follow it
     * @return the path's attributes
     * @throws IOException when the path cannot be reached, as {@link Files#readAttributes} throws
     */
    BasicFileAttributes attributes(Path path, LinkOption... options) throws IOException;

    /**
     * @param folder a folder
     * @return its entries, in no particular order
     * @throws IOException when the folder cannot be listed, as {@link Files#newDirectoryStream(Path)} throws
     */
    List<Path> list(Path folder) throws IOException;

    /**
     * @param file a file
     * @return its bytes
     * @throws IOException when it cannot be read, as {@link Files#readAllBytes} throws
     */
    byte[] read(Path file) throws IOException;
}
