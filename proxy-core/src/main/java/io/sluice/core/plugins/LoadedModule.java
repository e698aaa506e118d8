package io.sluice.core.plugins;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;

import java.util.Objects;

/**
 * A module offered by the registry and the jar it came from. Immutable. A service that creates an
 * instance of the module should {@link PluginJar#acquire() acquire} the jar for as long as it uses
 * the instance.
 *
 * @param info the module object
 * @param jar  the loaded jar that provides it
 */
public record LoadedModule(ModuleInfo info, PluginJar jar)
{
    public LoadedModule
    {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(jar, "jar");
    }

    /** The module's name. */
    public String name()
    {
        return info.name();
    }

    /** The module's type. */
    public ModuleType type()
    {
        return info.type();
    }
}
