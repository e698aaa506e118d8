package io.sluice.core.plugins;

import io.sluice.core.config.ModuleSpecs;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The modules of the loaded plugin jars, by module name (unique across types, as in MaxScale).
 * Thread-safe: lookups read an immutable snapshot without locking; changes are made by the
 * {@link PluginLoader}. Listeners are called after each change, on the thread that made it, one
 * {@link RegistryChange} per module name; they must not block, and what they throw is logged.
 */
public final class ModuleRegistry
{
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);
    private static final Comparator<LoadedModule> BY_TYPE_THEN_NAME =
        Comparator.comparing(LoadedModule::type).thenComparing(LoadedModule::name);

    /** Immutable snapshots, replaced under {@link #lock}. */
    private volatile Map<String, LoadedModule> modulesByName = Map.of();
    private volatile Map<Path, PluginJar> jarsByPath = Map.of();
    private final Object lock = new Object();
    private final PackageIndex packages = new PackageIndex();
    private final List<Consumer<RegistryChange>> listeners = new CopyOnWriteArrayList<>();
    private final ModuleSpecs specs = new LiveSpecs();

    /** The module of this type and name, if registered. */
    public Optional<LoadedModule> find(final ModuleType type, final String name)
    {
        final LoadedModule module = modulesByName.get(name);
        return module != null && module.type() == type ? Optional.of(module) : Optional.empty();
    }

    /** The module of this name, whatever its type, if registered. */
    public Optional<LoadedModule> find(final String name)
    {
        return Optional.ofNullable(modulesByName.get(name));
    }

    /** Every registered module, sorted by type, then name. */
    public List<LoadedModule> list()
    {
        final List<LoadedModule> all = new ArrayList<>(modulesByName.values());
        all.sort(BY_TYPE_THEN_NAME);
        return Collections.unmodifiableList(all);
    }

    /** The registered jar loaded from this file (absolute, normalized), if any. */
    public Optional<PluginJar> jar(final Path path)
    {
        return Optional.ofNullable(jarsByPath.get(path));
    }

    /** The registered jars, by file name. */
    public List<PluginJar> jars()
    {
        final List<PluginJar> all = new ArrayList<>(jarsByPath.values());
        all.sort(Comparator.comparing(PluginJar::fileName));
        return Collections.unmodifiableList(all);
    }

    /**
     * A live view for configuration validation: router, monitor and filter names map to the registered
     * module's {@link ModuleInfo#parameters()}; each call reads the registry as it is then.
     */
    public ModuleSpecs specs()
    {
        return specs;
    }

    /** Calls the listener after every later change. */
    public void addListener(final Consumer<RegistryChange> listener)
    {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops calling the listener. */
    public void removeListener(final Consumer<RegistryChange> listener)
    {
        listeners.remove(listener);
    }

    PackageIndex packageIndex()
    {
        return packages;
    }

    /**
     * Why {@code modules} of the file at {@code path} cannot be registered next to the modules of other
     * files, or null. Modules of an older version of the same file do not count.
     */
    String duplicateName(final Path path, final List<ModuleInfo> modules)
    {
        final Map<String, LoadedModule> current = modulesByName;
        for (final ModuleInfo info : modules)
        {
            final LoadedModule other = current.get(info.name());
            if (other != null && !other.jar().path().equals(path))
            {
                return "duplicate module name '" + info.name() + "' (already provided by "
                        + other.jar().fileName() + ")";
            }
        }
        return null;
    }

    /**
     * Registers the jar's modules, replacing those of the previous version of the same file.
     * @return the previous version, or null
     * @throws IllegalStateException if a module name is registered by another file
     */
    PluginJar put(final PluginJar jar)
    {
        final List<RegistryChange> changes = new ArrayList<>();
        final PluginJar previous;
        synchronized (lock)
        {
            final String duplicate = duplicateName(jar.path(), jar.modules());
            if (duplicate != null)
            {
                throw new IllegalStateException(duplicate);
            }
            final Map<String, LoadedModule> modules = new HashMap<>(modulesByName);
            final Map<Path, PluginJar> jars = new HashMap<>(jarsByPath);
            previous = jars.put(jar.path(), jar);
            final Map<String, LoadedModule> before = new LinkedHashMap<>();
            if (previous != null)
            {
                for (final ModuleInfo info : previous.modules())
                {
                    before.put(info.name(), modules.remove(info.name()));
                }
            }
            for (final ModuleInfo info : jar.modules())
            {
                final LoadedModule after = new LoadedModule(info, jar);
                modules.put(info.name(), after);
                final LoadedModule old = before.remove(info.name());
                changes.add(old == null ? new RegistryChange(RegistryChange.Kind.ADDED, null, after)
                    : new RegistryChange(RegistryChange.Kind.REPLACED, old, after));
            }
            for (final LoadedModule gone : before.values())
            {
                changes.add(new RegistryChange(RegistryChange.Kind.REMOVED, gone, null));
            }
            commit(modules, jars, jar);
        }
        fire(changes);
        return previous;
    }

    /** Unregisters the jar loaded from this file. @return it, or null if none was */
    PluginJar remove(final Path path)
    {
        final List<RegistryChange> changes = new ArrayList<>();
        final PluginJar removed;
        synchronized (lock)
        {
            final Map<Path, PluginJar> jars = new HashMap<>(jarsByPath);
            removed = jars.remove(path);
            if (removed == null)
            {
                return null;
            }
            final Map<String, LoadedModule> modules = new HashMap<>(modulesByName);
            for (final ModuleInfo info : removed.modules())
            {
                changes.add(new RegistryChange(RegistryChange.Kind.REMOVED, modules.remove(info.name()), null));
            }
            commit(modules, jars, null);
        }
        fire(changes);
        return removed;
    }

    private void commit(final Map<String, LoadedModule> modules, final Map<Path, PluginJar> jars, final PluginJar added)
    {
        packages.rebuild(jars.values(), added);
        jarsByPath = Map.copyOf(jars);
        modulesByName = Map.copyOf(modules);
    }

    private void fire(final List<RegistryChange> changes)
    {
        for (final RegistryChange change : changes)
        {
            for (final Consumer<RegistryChange> listener : listeners)
            {
                try
                {
                    listener.accept(change);
                }
                catch (final RuntimeException e)
                {
                    LOG.error("module registry listener failed on {} of '{}'", change.kind(), change.name(), e);
                }
            }
        }
    }

    /** Reads {@link #modulesByName} at each call. */
    private final class LiveSpecs implements ModuleSpecs
    {
        @Override
        public Optional<SectionSpec> router(final String name)
        {
            return find(ModuleType.ROUTER, name).map(m -> m.info().parameters());
        }

        @Override
        public Optional<SectionSpec> monitor(final String name)
        {
            return find(ModuleType.MONITOR, name).map(m -> m.info().parameters());
        }

        @Override
        public Optional<SectionSpec> filter(final String name)
        {
            return find(ModuleType.FILTER, name).map(m -> m.info().parameters());
        }

        @Override
        public Set<String> routerNames()
        {
            return names(ModuleType.ROUTER);
        }

        @Override
        public Set<String> monitorNames()
        {
            return names(ModuleType.MONITOR);
        }

        @Override
        public Set<String> filterNames()
        {
            return names(ModuleType.FILTER);
        }

        private Set<String> names(final ModuleType type)
        {
            final TreeSet<String> names = new TreeSet<>();
            for (final LoadedModule module : modulesByName.values())
            {
                if (module.type() == type)
                {
                    names.add(module.name());
                }
            }
            return Collections.unmodifiableSet(names);
        }
    }
}
