package io.sluice.core.launcher;

import io.sluice.core.config.ModuleSpecs;
import io.sluice.api.ApiVersion;
import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleType;
import io.sluice.core.plugins.LoadResult;
import io.sluice.core.plugins.LoadedModule;
import io.sluice.core.plugins.ModuleRegistry;
import io.sluice.core.plugins.PluginDirectoryWatcher;
import io.sluice.core.plugins.PluginLoader;
import io.sluice.core.plugins.WorkerThreads;
import io.sluice.core.worker.WorkerPool;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The launcher's view of the plugins directory: loads it, gives {@link Sluice} its router modules
 * and the configuration loader their parameter specs, watches the directory while Sluice runs,
 * and prints the module list.
 */
public final class PluginModules implements Modules, AutoCloseable
{
    private final PluginLoader loader;
    private PluginDirectoryWatcher watcher;

    private PluginModules(final PluginLoader loader)
    {
        this.loader = loader;
    }

    /** Loads every jar of the directory; with no directory, no modules. */
    public static PluginModules load(final Path directory)
    {
        final PluginLoader loader = new PluginLoader(directory, ApiVersion.CURRENT);
        if (directory != null)
        {
            loader.loadAll();
        }
        return new PluginModules(loader);
    }

    public ModuleSpecs specs()
    {
        return loader.registry().specs();
    }

    ModuleRegistry registry()
    {
        return loader.registry();
    }

    @Override
    public Optional<Choice> find(final ModuleType type, final String name)
    {
        return loader.registry().find(type, name).map(m -> new Choice(m.info(), m.jar()));
    }

    @Override
    public List<Loaded> loaded()
    {
        return loader.registry().list().stream().map(m -> new Loaded(m.info(), m.jar().path().toString())).toList();
    }

    @Override
    public List<Loaded> loadJar(final Path jar)
    {
        final LoadResult result = loader.loadRequested(jar);
        if (!result.isLoaded())
        {
            throw new IllegalArgumentException("plugin " + jar.getFileName() + " refused: " + result.refusal());
        }
        final String source = result.jar().path().toString();
        return result.jar().modules().stream().map(m -> new Loaded(m, source)).toList();
    }

    /**
     * Loads the jars an operator loaded by path before the restart ({@code DATADIR/module-jars.json}), those
     * not loaded from the plugins directory already; a refused one is logged and skipped.
     */
    void loadSaved(final List<Path> jars)
    {
        for (final Path jar : jars)
        {
            if (loader.lastResult(jar).isEmpty())
            {
                final LoadResult result = loader.load(jar);
                if (!result.isLoaded())
                {
                    LoggerFactory.getLogger(PluginModules.class).error("module jar {} loaded at run time before the "
                        + "restart is refused now: {}", jar, result.refusal());
                }
            }
        }
    }

    @Override
    public void workersStarted(final WorkerPool pool)
    {
        loader.attachWorkers(new PoolThreads(pool));
    }

    /** The worker pool as the loader's {@link WorkerThreads}: hooks run through each worker's task inbox. */
    private record PoolThreads(WorkerPool pool) implements WorkerThreads
    {
        private static final long HOOK_TIMEOUT_MS = 10_000;

        @Override
        public void runOnEach(final IntConsumer hook) throws Exception
        {
            final AtomicReference<Throwable> failure = new AtomicReference<>();
            final boolean done = pool.runOnAll(worker ->
            {
                try
                {
                    hook.accept(worker.id());
                }
                catch (final RuntimeException | LinkageError e)
                {
                    failure.compareAndSet(null, e);
                }
            }, HOOK_TIMEOUT_MS);
            if (failure.get() instanceof RuntimeException e)
            {
                throw e;
            }
            if (failure.get() instanceof Error e)
            {
                throw e;
            }
            if (!done)
            {
                throw new TimeoutException("a worker did not run the hook within " + HOOK_TIMEOUT_MS + " ms");
            }
        }

        @Override
        public boolean isWorkerThread()
        {
            return pool.inWorkerThread();
        }
    }

    /**
     * Starts watching the directory for jars dropped in, replaced or removed. A directory that
     * cannot be watched (e.g. inotify limits) is logged; Sluice serves on with the modules it has.
     */
    void watch()
    {
        watcher = new PluginDirectoryWatcher(loader);
        try
        {
            watcher.start();
        }
        catch (final IOException e)
        {
            LoggerFactory.getLogger(PluginModules.class).error(
                "cannot watch the plugins directory ({}): jars dropped in are not loaded until a "
                        + "restart", e.getMessage());
        }
    }

    /** One line per module: type, name, version, API version, jar, description. */
    void printList(final PrintStream out)
    {
        final List<LoadedModule> modules = loader.registry().list();
        if (modules.isEmpty())
        {
            out.println("no modules loaded");
        }
        for (final LoadedModule m : modules)
        {
            final ModuleInfo info = m.info();
            out.printf("%-13s %-20s %-16s API %-5s %-28s %s%n", info.type(), info.name(), info.version(), info.api(),
                m.jar().path().getFileName(), info.description());
        }
    }

    @Override
    public void close()
    {
        if (watcher != null)
        {
            watcher.close();
        }
    }
}
