package io.sluice.core.config;

import io.sluice.api.config.SectionSpec;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules the loader knows and the extra parameters each declares. A service's {@code router=}, a
 * monitor's {@code module=} and a filter's {@code module=} must name a known module; the module's
 * {@link SectionSpec} is merged with the core parameters of the section (names must not clash).
 */
public interface ModuleSpecs
{
    /** The extra parameters of router {@code name}, or empty if there is no such router. */
    Optional<SectionSpec> router(String name);

    /** The extra parameters of monitor module {@code name}, or empty if there is no such module. */
    Optional<SectionSpec> monitor(String name);

    /** The extra parameters of filter module {@code name}, or empty if there is no such module. */
    Optional<SectionSpec> filter(String name);

    /** Names of the known routers, for error messages. */
    Set<String> routerNames();

    /** Names of the known monitor modules, for error messages. */
    Set<String> monitorNames();

    /** Names of the known filter modules, for error messages. */
    Set<String> filterNames();

    /** Modules given as maps from module name to its extra parameters ({@link SectionSpec#EMPTY} for none). */
    static ModuleSpecs of(Map<String, SectionSpec> routers, Map<String, SectionSpec> monitors,
                          Map<String, SectionSpec> filters)
    {
        return new MapModuleSpecs(routers, monitors, filters);
    }
}
