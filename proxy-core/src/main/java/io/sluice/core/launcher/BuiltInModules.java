package io.sluice.core.launcher;

import io.sluice.core.config.ModuleSpecs;
import io.sluice.core.config.SectionSpec;

import java.util.Map;

/**
 * The modules the core carries itself until module jars load from the plugins directory
 * (issue 3): only the TCP pass-through router, which has no parameters of its own.
 */
final class BuiltInModules
{
    static final String PASSTHROUGH = "passthrough";

    static final ModuleSpecs SPECS = ModuleSpecs.of(Map.of(PASSTHROUGH, SectionSpec.EMPTY), Map.of(), Map.of());

    private BuiltInModules()
    {
    }
}
