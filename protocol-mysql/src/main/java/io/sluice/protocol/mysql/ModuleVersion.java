package io.sluice.protocol.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The jar's version, from the filtered {@code module.properties}. */
final class ModuleVersion
{
    static final String VERSION = read();

    private ModuleVersion()
    {
    }

    private static String read()
    {
        try (InputStream in = ModuleVersion.class.getResourceAsStream("module.properties"))
        {
            final Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
        catch (final IOException | NullPointerException e)
        {
            throw new UncheckedIOException(new IOException("module.properties is missing from the protocol jar", e));
        }
    }
}
