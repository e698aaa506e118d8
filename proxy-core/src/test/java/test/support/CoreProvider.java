package test.support;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.RouterApi;

/** A provider on the core's (test) class path, which plugin jars must not pick up as their own. */
public final class CoreProvider implements ModuleProvider
{
    public static volatile int created;

    public CoreProvider()
    {
        created++;
    }

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router("core-router", "1.0.0", "a router of the core class path",
                new RouterApi(context -> null));
    }
}
