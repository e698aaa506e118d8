package io.sluice.core.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, from a resource Maven filters. */
public final class SluiceVersion
{
    private static final String VERSION = load();

    private SluiceVersion()
    {
    }

    public static String version()
    {
        return VERSION;
    }

    private static String load()
    {
        try (InputStream in = SluiceVersion.class.getResourceAsStream("/io/sluice/core/version.properties"))
        {
            final Properties p = new Properties();
            if (in != null)
            {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        }
        catch (final IOException e)
        {
            return "unknown";
        }
    }
}
