package io.sluice.core.config;

import io.sluice.api.config.SectionSpec;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@link ModuleSpecs} backed by maps; names are listed sorted. */
final class MapModuleSpecs implements ModuleSpecs
{
    private final Map<String, SectionSpec> routers;
    private final Map<String, SectionSpec> monitors;
    private final Map<String, SectionSpec> filters;

    MapModuleSpecs(Map<String, SectionSpec> routers, Map<String, SectionSpec> monitors,
            Map<String, SectionSpec> filters)
    {
        this.routers = Collections.unmodifiableMap(new TreeMap<>(routers));
        this.monitors = Collections.unmodifiableMap(new TreeMap<>(monitors));
        this.filters = Collections.unmodifiableMap(new TreeMap<>(filters));
    }

    @Override
    public Optional<SectionSpec> router(String name)
    {
        return Optional.ofNullable(routers.get(name));
    }

    @Override
    public Optional<SectionSpec> monitor(String name)
    {
        return Optional.ofNullable(monitors.get(name));
    }

    @Override
    public Optional<SectionSpec> filter(String name)
    {
        return Optional.ofNullable(filters.get(name));
    }

    @Override
    public Set<String> routerNames()
    {
        return routers.keySet();
    }

    @Override
    public Set<String> monitorNames()
    {
        return monitors.keySet();
    }

    @Override
    public Set<String> filterNames()
    {
        return filters.keySet();
    }
}
