package io.sluice.plugins.hintfilter;

import io.sluice.api.ApiVersion;
import io.sluice.api.FilterApi;
import io.sluice.api.Lifecycle;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleType;
import io.sluice.api.ModuleVersions;
import io.sluice.api.config.SectionSpec;

import java.util.Set;

/** The module object of {@code module=hintfilter} (no parameters, as MaxScale's). */
public final class HintFilterModule implements ModuleProvider
{
    public static final String NAME = "hintfilter";

    @Override
    public ModuleInfo module()
    {
        return new ModuleInfo(NAME, ModuleType.FILTER, ApiVersion.CURRENT, ModuleVersions.of(HintFilterModule.class),
            "routing hints from comments (-- maxscale route to master|slave|server NAME|last) for the router",
            Set.of(), SectionSpec.EMPTY, Lifecycle.NONE, new FilterApi(HintFilter::new));
    }
}
