package io.sluice.core.plugins;

import io.sluice.api.ModuleInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One loaded version of one plugin jar file: its class loader, the modules it provides, and how many
 * users (service instances, sessions) hold it. Loading the same file again gives a new PluginJar with a
 * higher {@link #sequence()}. Thread-safe: {@link #acquire()} and {@link #release()} may be called from
 * any thread.
 *
 * <p>Life: loaded, then {@link #markSuperseded() superseded} when a newer version of the file is loaded
 * or the file is removed. Once superseded and no longer used, it is <em>unloaded</em>: each module's
 * {@code processFinish} hook runs, the class loader is closed, and {@code plugin X.jar (version V) unloaded}
 * is logged. A superseded jar can still be acquired (an existing service keeps its instance and opens new
 * sessions on it); an unloaded one cannot.
 */
public final class PluginJar implements ModuleUsage
{
    private static final Logger LOG = LoggerFactory.getLogger(PluginJar.class);

    private enum State
    {
        LOADED, SUPERSEDED, UNLOADING, UNLOADED
    }

    private final Path path;
    private final long sequence;
    private final FileStamp stamp;
    private final PluginClassLoader classLoader;
    private final List<ModuleInfo> modules;
    private final Set<String> packages;
    private final Runnable afterUnload;

    /** The workers whose threadInit hooks ran for this jar's modules (threadFinish runs there on unload), or null. */
    private volatile WorkerThreads initializedOn;
    /** Guarded by this. */
    private int usageCount;
    /** Guarded by this; read without the lock by {@link #isUnloaded()} and {@link #isSuperseded()}. */
    private volatile State state = State.LOADED;

    PluginJar(final Path path, final long sequence, final FileStamp stamp, final PluginClassLoader classLoader,
        final List<ModuleInfo> modules, final Set<String> packages, final Runnable afterUnload)
    {
        this.path = path;
        this.sequence = sequence;
        this.stamp = stamp;
        this.classLoader = classLoader;
        this.modules = List.copyOf(modules);
        this.packages = Set.copyOf(packages);
        this.afterUnload = afterUnload;
    }

    /** The jar file in the plugins directory, absolute. */
    public Path path()
    {
        return path;
    }

    /** The jar's file name, e.g. {@code readwritesplit.jar}. */
    public String fileName()
    {
        return path.getFileName().toString();
    }

    /** The load sequence number: unique per loader, higher for a later load. Identifies this version. */
    public long sequence()
    {
        return sequence;
    }

    /** Size, modification time and file key of the file when this version was read. */
    public FileStamp stamp()
    {
        return stamp;
    }

    /** The jar's own class loader. */
    public PluginClassLoader classLoader()
    {
        return classLoader;
    }

    /** The modules it provides, in the order its providers were found. */
    public List<ModuleInfo> modules()
    {
        return modules;
    }

    /** The packages of the classes it contains (what it exports to other plugin jars). */
    public Set<String> packages()
    {
        return packages;
    }

    /** The modules' versions, e.g. {@code 1.2.0} (several joined with '/' if they differ). */
    public String version()
    {
        return modules.stream().map(ModuleInfo::version).distinct().collect(Collectors.joining("/"));
    }

    /**
     * Counts one more user. @throws IllegalStateException if the jar is already unloaded (look the module
     * up in the registry again).
     */
    @Override
    public synchronized void acquire()
    {
        if (state == State.UNLOADING || state == State.UNLOADED)
        {
            throw new IllegalStateException("plugin " + fileName() + " (load #" + sequence + ") is unloaded");
        }
        usageCount++;
    }

    /**
     * Counts one user less; the last release of a superseded jar unloads it, on the calling thread.
     * @throws IllegalStateException if it was not acquired
     */
    @Override
    public void release()
    {
        final boolean unload;
        synchronized (this)
        {
            if (usageCount == 0)
            {
                throw new IllegalStateException("plugin " + fileName() + " (load #" + sequence
                        + ") released more often than acquired");
            }
            usageCount--;
            unload = beginUnloadIfUnused();
        }
        if (unload)
        {
            unload();
        }
    }

    /**
     * A newer version of the file was loaded, or the file was removed: unloads now if unused, else on the
     * last {@link #release()}. Idempotent.
     */
    public void markSuperseded()
    {
        final boolean unload;
        synchronized (this)
        {
            if (state == State.LOADED)
            {
                state = State.SUPERSEDED;
            }
            unload = beginUnloadIfUnused();
        }
        if (unload)
        {
            unload();
        }
    }

    /** How many users hold it now. */
    public synchronized int usageCount()
    {
        return usageCount;
    }

    /** True once superseded (it may still be in use). */
    public boolean isSuperseded()
    {
        return state != State.LOADED;
    }

    /** True once unloaded: processFinish ran and the class loader is closed. */
    public boolean isUnloaded()
    {
        return state == State.UNLOADED;
    }

    /** Called with the lock held. */
    private boolean beginUnloadIfUnused()
    {
        if (state == State.SUPERSEDED && usageCount == 0)
        {
            state = State.UNLOADING;
            return true;
        }
        return false;
    }

    /** The per-worker hooks ran on these workers; threadFinish runs there when the jar unloads. */
    void initializedOn(final WorkerThreads workers)
    {
        initializedOn = workers;
    }

    /**
     * Unloads: threadFinish on every worker, then processFinish, then the class loader closes. The
     * last release may come from a worker thread, which cannot wait for the workers' hooks: then the
     * unload continues on a short-lived thread of its own.
     */
    private void unload()
    {
        final WorkerThreads workers = initializedOn;
        if (workers != null && workers.isWorkerThread())
        {
            final Thread unloader = new Thread(this::unloadNow, "plugin-unload-" + fileName());
            unloader.setDaemon(true);
            unloader.start();
            return;
        }
        unloadNow();
    }

    private void unloadNow()
    {
        final WorkerThreads workers = initializedOn;
        if (workers != null)
        {
            for (final ModuleInfo module : modules)
            {
                try
                {
                    workers.runOnEach(module.lifecycle().threadFinish());
                }
                catch (final Exception | LinkageError e)
                {
                    LOG.warn("plugin {}: module '{}' ({}): thread finish failed: {}", fileName(),
                            module.name(), module.type(),
                        e.toString());
                }
            }
        }
        for (final ModuleInfo module : modules)
        {
            try
            {
                module.lifecycle().processFinish().run();
            }
            catch (final RuntimeException | LinkageError e)
            {
                LOG.warn("plugin {}: module '{}' ({}): process finish failed: {}", fileName(), module.name(),
                        module.type(), e.toString());
            }
        }
        try
        {
            classLoader.close();
        }
        catch (final IOException e)
        {
            LOG.warn("plugin {}: closing its class loader failed: {}", fileName(), e.toString());
        }
        afterUnload.run();
        state = State.UNLOADED;
        LOG.info("plugin {} (version {}) unloaded", fileName(), version());
    }

    @Override
    public String toString()
    {
        return "PluginJar[" + fileName() + " #" + sequence + " " + state + ", users=" + usageCount() + "]";
    }
}
