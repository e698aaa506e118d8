package io.sluice.core.plugins;

import io.sluice.core.module.ModuleInfo;
import io.sluice.core.module.ModuleProvider;
import io.sluice.core.module.RouterApi;

/** A provider on the core's (test) class path, which plugin jars must not pick up as their own. */
public final class CoreProvider implements ModuleProvider
{
    static volatile int created;

    public CoreProvider()
    {
        created++;
    }

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router("core-router", "1.0.0", "a router of the core class path", new RouterApi(context -> null));
    }
}
