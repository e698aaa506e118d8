package io.sluice.plugins.readconnroute;

import io.sluice.core.config.ParamSpec;
import io.sluice.core.config.ParamType;
import io.sluice.core.config.SectionSpec;
import io.sluice.core.module.ModuleInfo;
import io.sluice.core.module.ModuleProvider;
import io.sluice.core.module.RouterApi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The module object of {@code router=readconnroute}. */
public final class ReadConnRouteModule implements ModuleProvider
{
    public static final String NAME = "readconnroute";

    static final SectionSpec PARAMETERS = SectionSpec.of(
        ParamSpec.withDefault("router_options", ParamType.LIST, "running",
            "which servers a connection may go to: master, slave, running (MaxScale's readconnroute)"));

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router(NAME, version(),
            "each client connection to one server chosen by role, least connections first",
            new RouterApi(ReadConnRouter::new)).withParameters(PARAMETERS);
    }

    static String version()
    {
        try (InputStream in = ReadConnRouteModule.class.getResourceAsStream("module.properties"))
        {
            final Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("module.properties is missing from the readconnroute jar", e);
        }
    }
}
