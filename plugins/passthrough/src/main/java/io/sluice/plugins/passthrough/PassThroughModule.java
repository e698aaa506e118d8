package io.sluice.plugins.passthrough;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleVersions;
import io.sluice.api.RouterApi;

/** The module object of {@code router=passthrough}, found through ServiceLoader. */
public final class PassThroughModule implements ModuleProvider
{
    public static final String NAME = "passthrough";

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router(NAME, ModuleVersions.of(PassThroughModule.class),
            "TCP bytes both ways between each client and one server, unchanged",
            new RouterApi(PassThroughRouter::new));
    }
}
