package io.sluice.plugins.readconnroute;

import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleVersions;
import io.sluice.api.RouterApi;

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
        return ModuleInfo.router(NAME, ModuleVersions.of(ReadConnRouteModule.class),
            "each client connection to one server chosen by role, least connections first",
            new RouterApi(ReadConnRouter::new)).withParameters(PARAMETERS);
    }
}
