package io.sluice.core.plugins;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds the module objects of one jar with {@link ServiceLoader}, turning every way a provider can fail into a
 * {@link Refusal}. Stateless.
 */
final class ProviderScan
{
    static final String SERVICES_FILE = "META-INF/services/" + ModuleProvider.class.getName();

    private ProviderScan()
    {
    }

    /**
     * The module objects of the providers whose classes the jar itself defines (the ServiceLoader also sees the
     * core's providers through the parent loader: those are skipped), in the order listed.
     */
    static List<ModuleInfo> modulesOf(final PluginClassLoader loader) throws Refusal
    {
        final List<ModuleInfo> modules = new ArrayList<>();
        final Set<String> names = new HashSet<>();
        final Iterator<ServiceLoader.Provider<ModuleProvider>> providers =
            ServiceLoader.load(ModuleProvider.class, loader).stream().iterator();
        while (true)
        {
            final ServiceLoader.Provider<ModuleProvider> provider;
            final Class<? extends ModuleProvider> type;
            try
            {
                if (!providers.hasNext())
                {
                    break;
                }
                provider = providers.next();
                type = provider.type();
            }
            catch (final ServiceConfigurationError | LinkageError e)
            {
                // A listed class that is missing or not a ModuleProvider, or one that fails to link.
                throw Refusal.of("bad " + SERVICES_FILE, e);
            }
            if (type.getClassLoader() != loader)
            {
                continue;
            }
            final ModuleInfo info = moduleOf(provider, type.getName());
            if (!names.add(info.name()))
            {
                throw new Refusal("duplicate module name '" + info.name() + "' (provided twice by this jar)");
            }
            modules.add(info);
        }
        if (modules.isEmpty())
        {
            throw new Refusal("no module provider found (expected " + SERVICES_FILE + ")");
        }
        return modules;
    }

    private static ModuleInfo moduleOf(final ServiceLoader.Provider<ModuleProvider> provider, final String className)
        throws Refusal
    {
        final ModuleProvider instance;
        try
        {
            instance = provider.get();
        }
        catch (final Throwable e)
        {
            Refusal.rethrowIfFatal(e);
            throw Refusal.of("provider " + className + " could not be created", e);
        }
        final ModuleInfo info;
        try
        {
            info = instance.module();
        }
        catch (final IllegalArgumentException e)
        {
            // ModuleInfo validates itself: an invalid module object fails in its constructor.
            throw Refusal.of("provider " + className + ": invalid module object", e);
        }
        catch (final Throwable e)
        {
            Refusal.rethrowIfFatal(e);
            throw Refusal.of("provider " + className + ": module() failed", e);
        }
        if (info == null)
        {
            throw new Refusal("provider " + className + ": module() returned null");
        }
        return info;
    }
}
