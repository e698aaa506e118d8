package io.sluice.core.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a jar file looked like when it was read: size, modification time and file key (the inode
 * on Unix, so a file moved over another one differs even with the same size and time). Immutable.
 *
 * @param sizeBytes    the file's size
 * @param lastModified the file's modification time
 * @param fileKey      the file system's identity of the file, or null where there is none
 */
public record FileStamp(long sizeBytes, FileTime lastModified, Object fileKey)
{
    public FileStamp
    {
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** The stamp of the file at {@code path} now. */
    public static FileStamp of(final Path path) throws IOException
    {
        final BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
}
