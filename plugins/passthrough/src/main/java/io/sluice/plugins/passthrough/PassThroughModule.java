package io.sluice.plugins.passthrough;

import io.sluice.core.module.ModuleInfo;
import io.sluice.core.module.ModuleProvider;
import io.sluice.core.module.RouterApi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The module object of {@code router=passthrough}, found through ServiceLoader. */
public final class PassThroughModule implements ModuleProvider
{
    public static final String NAME = "passthrough";

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router(NAME, version(),
            "TCP bytes both ways between each client and one server, unchanged",
            new RouterApi(PassThroughRouter::new));
    }

    static String version()
    {
        try (InputStream in = PassThroughModule.class.getResourceAsStream("module.properties"))
        {
            final Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("module.properties is missing from the passthrough jar", e);
        }
    }
}
