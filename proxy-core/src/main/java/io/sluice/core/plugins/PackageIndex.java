package io.sluice.core.plugins;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which registered jar exports each package, for class lookups between plugin jars. Reads are lock-free
 * (an immutable snapshot); {@link #rebuild} is called by the {@link ModuleRegistry} under its lock.
 */
final class PackageIndex
{
    private static final Logger LOG = LoggerFactory.getLogger(PackageIndex.class);

    private volatile Map<String, PluginJar> owners = Map.of();

    /**
     * Recomputes the index from the registered jars: the jar loaded first (lowest load sequence)
     * owns a package. Conflicts involving {@code added} (a jar just registered) are logged.
     */
    void rebuild(final Collection<PluginJar> registered, final PluginJar added)
    {
        final List<PluginJar> bySequence =
            registered.stream().sorted(Comparator.comparingLong(PluginJar::sequence)).toList();
        final Map<String, PluginJar> next = new HashMap<>();
        for (final PluginJar jar : bySequence)
        {
            for (final String pkg : jar.packages())
            {
                final PluginJar owner = next.putIfAbsent(pkg, jar);
                if (owner != null && (jar == added || owner == added))
                {
                    LOG.warn("plugin {}: package {} is also in {}, loaded first: other jars get {} from {}",
                        jar.fileName(), pkg, owner.fileName(), pkg, owner.fileName());
                }
            }
        }
        owners = Map.copyOf(next);
    }

    /** The class from the jar that exports its package, or null. Never asks {@code asking} itself. */
    Class<?> load(final String className, final PluginClassLoader asking)
    {
        final int dot = className.lastIndexOf('.');
        final PluginJar owner = owners.get(dot < 0 ? "" : className.substring(0, dot));
        if (owner == null || owner.classLoader() == asking)
        {
            return null;
        }
        return owner.classLoader().loadOwnClass(className);
    }

    /** The jar that exports the package, or null. */
    PluginJar owner(final String packageName)
    {
        return owners.get(packageName);
    }
}
