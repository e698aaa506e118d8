package io.sluice.core.plugins;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of loading one jar file: the loaded jar, or the reason it was refused. Immutable.
 *
 * @param path         the jar file, absolute and normalized
 * @param stamp        the file as it was read, null if it could not be read at all
 * @param jar          the loaded jar, null when refused
 * @param refusal      why the jar was refused (the text after {@code plugin X.jar refused: } in the log), null when
 * loaded
 * @param missingClass the class the jar needs and no loaded jar provides, when that is why it was refused (the
 *                     loader retries it after another jar loads), else null
 */
public record LoadResult(Path path, FileStamp stamp, PluginJar jar, String refusal, String missingClass)
{
    public LoadResult
    {
        Objects.requireNonNull(path, "path");
        if ((jar == null) == (refusal == null))
        {
            throw new IllegalArgumentException("a load result has either a jar or a refusal");
        }
    }

    static LoadResult loaded(final PluginJar jar)
    {
        return new LoadResult(jar.path(), jar.stamp(), jar, null, null);
    }

    static LoadResult refused(final Path path, final FileStamp stamp, final String refusal, final String missingClass)
    {
        return new LoadResult(path, stamp, null, refusal, missingClass);
    }

    /** True if the jar was loaded and its modules registered. */
    public boolean isLoaded()
    {
        return jar != null;
    }

    /** The loaded jar, empty when refused. */
    public Optional<PluginJar> loadedJar()
    {
        return Optional.ofNullable(jar);
    }

    /** The refusal reason, empty when loaded. */
    public Optional<String> refusalReason()
    {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String toString()
    {
        return path.getFileName() + (isLoaded() ? " loaded (load #" + jar.sequence() + ")" : " refused: " + refusal);
    }
}
