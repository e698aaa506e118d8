package io.sluice.api;

import io.sluice.api.config.SectionSpec;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The module object: one small immutable value per module.
 *
 * @param name         how configurations name it ({@code router=passthrough}); lower case, digits, '_' and '-'
 * @param type         protocol, router, filter, monitor or authenticator
 * @param api          the module API version it was built against ({@link ApiVersion#CURRENT} when built)
 * @param version      the module's own version, e.g. {@code 1.2.0}
 * @param description  one line for module lists
 * @param capabilities capability names the core may act on (none are defined yet)
 * @param parameters   the module's own configuration parameters, validated by the core with
 *                     {@code file:line} errors; merged with the core parameters of its section type
 * @param lifecycle    process and per-worker init/finish hooks
 * @param entryPoints  the type-specific entry points: a {@link RouterApi} for a router, and so on
 *                     ({@link ModuleType#entryPointsType()})
 */
public record ModuleInfo(String name, ModuleType type, ApiVersion api, String version, String description,
    Set<String> capabilities, SectionSpec parameters, Lifecycle lifecycle, Object entryPoints)
{
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    public ModuleInfo
    {
        if (name == null || !NAME.matcher(name).matches())
        {
            throw new IllegalArgumentException("module name '" + name + "' must match " + NAME.pattern());
        }
        if (type == null || api == null || version == null || version.isBlank() || description == null
            || capabilities == null || parameters == null || lifecycle == null || entryPoints == null)
        {
            throw new IllegalArgumentException("module " + name + ": every field of the module object is required");
        }
        if (!type.entryPointsType().isInstance(entryPoints))
        {
            throw new IllegalArgumentException("module " + name + ": a " + type + " module's entry points must be a "
                + type.entryPointsType().getSimpleName() + ", not " + entryPoints.getClass().getName());
        }
        capabilities = Set.copyOf(capabilities);
    }

    /** A router module built against the current API, with no parameters, capabilities or hooks. */
    public static ModuleInfo router(final String name, final String version, final String description,
            final RouterApi api)
    {
        return new ModuleInfo(name, ModuleType.ROUTER, ApiVersion.CURRENT, version, description, Set.of(),
            SectionSpec.EMPTY, Lifecycle.NONE, api);
    }

    /** A copy with other parameters. */
    public ModuleInfo withParameters(final SectionSpec spec)
    {
        return new ModuleInfo(name, type, api, version, description, capabilities, spec, lifecycle, entryPoints);
    }

    /** A copy with other lifecycle hooks. */
    public ModuleInfo withLifecycle(final Lifecycle hooks)
    {
        return new ModuleInfo(name, type, api, version, description, capabilities, parameters, hooks, entryPoints);
    }

    /** A copy that claims another API version (for modules built against an older or newer core). */
    public ModuleInfo withApi(final ApiVersion version)
    {
        return new ModuleInfo(name, type, version, this.version, description, capabilities, parameters,
                lifecycle, entryPoints);
    }

    /** The entry points of a filter module. */
    public FilterApi filterApi()
    {
        return (FilterApi)entryPoints;
    }

    /** The entry points of a monitor module. */
    public MonitorApi monitorApi()
    {
        return (MonitorApi)entryPoints;
    }

    /** The entry points of a router module. */
    public RouterApi routerApi()
    {
        return (RouterApi)entryPoints;
    }
}
