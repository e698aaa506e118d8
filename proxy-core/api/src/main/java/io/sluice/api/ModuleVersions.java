package io.sluice.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A module jar's own version, from the {@code module.properties} beside its provider class (a
 * Maven-filtered resource holding {@code version=${project.version}}).
 */
public final class ModuleVersions
{
    private ModuleVersions()
    {
    }

    /** The {@code version} of the {@code module.properties} in {@code owner}'s package. */
    public static String of(final Class<?> owner)
    {
        try (InputStream in = owner.getResourceAsStream("module.properties"))
        {
            if (in == null)
            {
                throw new IOException("no module.properties beside " + owner.getName());
            }
            final Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("module.properties is missing from the jar of " + owner.getName(), e);
        }
    }
}
