package io.sluice.core.launcher;

import io.sluice.core.module.ModuleInfo;
import io.sluice.core.session.ModuleUsage;

import java.util.Optional;

/** Where {@link Sluice} finds router modules by name: the plugin registry, or a fixed set in tests. */
@FunctionalInterface
public interface RouterModules
{
    /** A loaded router module and what keeps its code loaded while a service uses it. */
    record Choice(ModuleInfo module, ModuleUsage usage)
    {
    }

    Optional<Choice> router(String name);
}
