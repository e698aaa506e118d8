package io.sluice.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The module jars an operator loaded by path through the admin API ({@code POST /v1/maxscale/modules}),
 * kept in {@code DATADIR/module-jars.json} so a restart loads them again before the runtime changes
 * (which may name their modules) are laid over the configuration file. Jars of the plugins directory
 * are not listed: the directory is loaded anyway.
 */
public final class ModuleJars
{
    /** The file in the data directory. */
    public static final String FILE_NAME = "module-jars.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModuleJars()
    {
    }

    /** The JSON form. */
    public static final class Stored
    {
        public List<String> jars = new ArrayList<>();
    }

    /** The jars saved in the data directory, in the order they were loaded; none when there is no file. */
    public static List<Path> load(final Path dataDir) throws ConfigException
    {
        final Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file))
        {
            return List.of();
        }
        try
        {
            return JSON.readValue(file.toFile(), Stored.class).jars.stream().map(Path::of).toList();
        }
        catch (final IOException e)
        {
            throw new ConfigException(file.toString(), 0, "cannot read the module jars loaded at run time: "
                + e.getMessage(), e);
        }
    }

    /** Adds a jar (absolute) to the saved list, unless it is there; the file is replaced atomically. */
    public static void add(final Path dataDir, final Path jar) throws IOException
    {
        final Stored stored = new Stored();
        try
        {
            load(dataDir).forEach(p -> stored.jars.add(p.toString()));
        }
        catch (final ConfigException e)
        {
            throw new IOException(e.getMessage(), e);
        }
        final String path = jar.toAbsolutePath().normalize().toString();
        if (stored.jars.contains(path))
        {
            return;
        }
        stored.jars.add(path);
        Files.createDirectories(dataDir);
        final Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(stored));
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
    }
}
