package io.sluice.core.plugins;

import io.sluice.api.ApiVersion;
import io.sluice.api.ModuleInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads the plugin jars of one directory into a {@link ModuleRegistry} (MaxScale's {@code load_utils.cc}, with
 * jars instead of shared objects). Thread-safe: loads, replacements and removals are serialized.
 *
 * <p>Loading a jar: the file is copied to a private directory (so overwriting or deleting the original never
 * disturbs a version still in use), read in full (a truncated or corrupt file is refused), given a
 * {@link PluginClassLoader}, and its {@link io.sluice.api.ModuleProvider}s are found with
 * {@link java.util.ServiceLoader}. Each module must have an API version the core accepts
 * ({@link ApiVersion#refusalOn}), a name no other jar registered, and a {@code processInit} hook that
 * returns. A jar is all or nothing: if one of its modules is refused, none is registered.
 *
 * <p>Every refusal is one ERROR line {@code plugin X.jar refused: <reason>}; every loaded module one INFO line
 * {@code plugin X.jar loaded: router 'name' 1.2.0 (API 2.2)}. Jars refused for a missing class are
 * retried each time another jar loads. Loading a file whose previous version is loaded replaces that version's
 * modules when the new one is accepted (the old version unloads once unused) and keeps it when refused.
 */
public final class PluginLoader implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);
    private static final String JAR_SUFFIX = ".jar";

    private final Path directory;
    private final ApiVersion core;
    private final ModuleRegistry registry = new ModuleRegistry();
    private final ClassLoader coreClassLoader = PluginLoader.class.getClassLoader();
    private final AtomicLong sequence = new AtomicLong();
    /** Where per-worker hooks run; null until the workers exist ({@link #attachWorkers}). Guarded by this. */
    private WorkerThreads workers;

    /** Guarded by this: the last outcome for each file, loaded or refused. */
    private final Map<Path, LoadResult> lastResults = new HashMap<>();
    /** Guarded by this: files refused for a missing class, in the order they were refused. */
    private final Map<Path, String> waitingForClass = new LinkedHashMap<>();
    /** Guarded by this: where loaded jars are copied, created on first use. */
    private Path copies;

    /** A loader for the current core API. */
    public PluginLoader(final Path directory)
    {
        this(directory, ApiVersion.CURRENT);
    }

    /** A loader that checks modules against API version {@code core} (tests pretend other core versions). */
    public PluginLoader(final Path directory, final ApiVersion core)
    {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.core = Objects.requireNonNull(core, "core");
    }

    /** The plugins directory, absolute. */
    public Path directory()
    {
        return directory;
    }

    /** The API version modules are checked against. */
    public ApiVersion coreApi()
    {
        return core;
    }

    /** The registry the loaded modules go to. */
    public ModuleRegistry registry()
    {
        return registry;
    }

    /**
     * Loads every {@code *.jar} of the directory, by file name (at startup). Jars that needed a class of a jar
     * later in the order are loaded by the retry once that jar is.
     *
     * @return the final outcome for each jar, by file name
     * @throws UncheckedIOException if the directory cannot be listed
     */
    public synchronized List<LoadResult> loadAll()
    {
        final List<Path> jars = listJars();
        for (final Path jar : jars)
        {
            load(jar);
        }
        final List<LoadResult> results = new ArrayList<>();
        for (final Path jar : jars)
        {
            final LoadResult result = lastResults.get(jar);
            if (result != null)
            {
                results.add(result);
            }
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * Loads (or reloads) one jar file, then retries the jars that were waiting for a missing class if it
     * loaded. Never throws for a bad jar: the outcome says why it was refused.
     */
    public synchronized LoadResult load(final Path jar)
    {
        final Path path = jar.toAbsolutePath().normalize();
        final LoadResult result = loadOnce(path);
        if (result.isLoaded())
        {
            retryWaiting();
        }
        return lastResults.getOrDefault(path, result);
    }

    /**
     * Loads one jar at an operator's request (the admin API's {@code POST /v1/maxscale/modules}), from any
     * path: as {@link #load}, but a refused jar leaves no trace (no outcome is recorded for it and it is not
     * retried when other jars load), so the loader is as it was. A refused replacement keeps the loaded version.
     */
    public synchronized LoadResult loadRequested(final Path jar)
    {
        final Path path = jar.toAbsolutePath().normalize();
        final LoadResult before = lastResults.get(path);
        final String waitedFor = waitingForClass.get(path);
        final LoadResult result = load(path);
        if (!result.isLoaded())
        {
            if (before == null)
            {
                lastResults.remove(path);
            }
            else
            {
                lastResults.put(path, before);
            }
            if (waitedFor == null)
            {
                waitingForClass.remove(path);
            }
            else
            {
                waitingForClass.put(path, waitedFor);
            }
        }
        return result;
    }

    /**
     * The file was removed: its modules leave the registry (no new service gets them) and its loaded version
     * is superseded (it unloads once unused).
     *
     * @return true if a loaded version of the file was registered
     */
    public synchronized boolean unload(final Path jar)
    {
        final Path path = jar.toAbsolutePath().normalize();
        lastResults.remove(path);
        waitingForClass.remove(path);
        final PluginJar removed = registry.remove(path);
        if (removed == null)
        {
            return false;
        }
        LOG.info("plugin {} removed: its modules are no longer offered", removed.fileName());
        removed.markSuperseded();
        return true;
    }

    /** The last outcome of loading this file, if it was tried and not unloaded since. */
    public synchronized Optional<LoadResult> lastResult(final Path jar)
    {
        return Optional.ofNullable(lastResults.get(jar.toAbsolutePath().normalize()));
    }

    /** The files with an outcome (loaded or refused), e.g. for a watcher to notice removed ones. */
    public synchronized Set<Path> knownFiles()
    {
        return Collections.unmodifiableSet(new TreeSet<>(lastResults.keySet()));
    }

    /** The files refused for a missing class, waiting for the jar that provides it, with that class. */
    public synchronized Map<Path, String> waitingForClass()
    {
        return Collections.unmodifiableMap(new LinkedHashMap<>(waitingForClass));
    }

    /**
     * Unregisters every jar and supersedes it: the jars not in use unload now (processFinish runs), the others
     * when released.
     */
    @Override
    public synchronized void close()
    {
        for (final PluginJar jar : registry.jars())
        {
            unload(jar.path());
        }
        lastResults.clear();
        waitingForClass.clear();
    }

    private List<Path> listJars()
    {
        final List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + JAR_SUFFIX))
        {
            for (final Path file : files)
            {
                if (Files.isRegularFile(file))
                {
                    jars.add(file.toAbsolutePath().normalize());
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot list the plugins directory " + directory, e);
        }
        jars.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return jars;
    }

    /** Retries the waiting jars until a round loads none of them. */
    private void retryWaiting()
    {
        boolean progress = true;
        while (progress && !waitingForClass.isEmpty())
        {
            progress = false;
            for (final Path waiting : new ArrayList<>(waitingForClass.keySet()))
            {
                if (!Files.exists(waiting))
                {
                    waitingForClass.remove(waiting);
                    lastResults.remove(waiting);
                    continue;
                }
                LOG.info("plugin {}: retrying, it needed class {}", waiting.getFileName(),
                        waitingForClass.get(waiting));
                progress |= loadOnce(waiting).isLoaded();
            }
        }
    }

    private LoadResult loadOnce(final Path path)
    {
        final String fileName = path.getFileName().toString();
        final FileStamp stamp;
        try
        {
            stamp = FileStamp.of(path);
        }
        catch (final NoSuchFileException e)
        {
            return refused(path, null, new Refusal("not a readable jar: no such file"));
        }
        catch (final IOException e)
        {
            return refused(path, null, new Refusal("not a readable jar: " + e));
        }
        final long loadNumber = sequence.incrementAndGet();
        final Path copy;
        try
        {
            copy = copyOf(path, loadNumber);
        }
        catch (final IOException e)
        {
            return refused(path, stamp, new Refusal("not a readable jar: cannot copy it: " + e));
        }
        PluginClassLoader loader = null;
        final List<ModuleInfo> initialized = new ArrayList<>();
        try
        {
            final Set<String> packages = JarContents.packagesOf(copy);
            loader = new PluginClassLoader(fileName, copy.toUri().toURL(), coreClassLoader, registry.packageIndex());
            final List<ModuleInfo> modules = ProviderScan.modulesOf(loader);
            check(path, modules);
            for (final ModuleInfo module : modules)
            {
                processInit(module);
                initialized.add(module);
            }
            if (workers != null)
            {
                threadInit(modules, workers);
            }
            final PluginJar jar = new PluginJar(path, loadNumber, stamp, loader, modules, packages, () -> delete(copy));
            if (workers != null)
            {
                jar.initializedOn(workers);
            }
            final PluginJar previous = registry.put(jar);
            for (final ModuleInfo module : modules)
            {
                LOG.info("plugin {} loaded: {} '{}' {} (API {})", fileName, module.type(), module.name(),
                        module.version(), module.api());
            }
            if (previous != null)
            {
                LOG.info("plugin {}: version {} replaces version {}, which unloads once unused",
                        fileName, jar.version(),
                    previous.version());
                previous.markSuperseded();
            }
            waitingForClass.remove(path);
            final LoadResult result = LoadResult.loaded(jar);
            lastResults.put(path, result);
            return result;
        }
        catch (final Refusal refusal)
        {
            finish(initialized);
            close(loader);
            delete(copy);
            return refused(path, stamp, refusal);
        }
        catch (final MalformedURLException e)
        {
            close(loader);
            delete(copy);
            return refused(path, stamp, new Refusal("not a readable jar: " + e.getMessage()));
        }
    }

    private void check(final Path path, final List<ModuleInfo> modules) throws Refusal
    {
        for (final ModuleInfo module : modules)
        {
            final String apiRefusal = module.api().refusalOn(core);
            if (apiRefusal != null)
            {
                throw new Refusal(describe(module) + ": " + apiRefusal);
            }
        }
        final String duplicate = registry.duplicateName(path, modules);
        if (duplicate != null)
        {
            throw new Refusal(duplicate);
        }
    }

    private static void processInit(final ModuleInfo module) throws Refusal
    {
        try
        {
            module.lifecycle().processInit().run();
        }
        catch (final Throwable e)
        {
            Refusal.rethrowIfFatal(e);
            throw Refusal.of(describe(module) + ": process init failed", e);
        }
    }

    /**
     * The workers exist: runs every registered module's threadInit on each of them, and from now on
     * runs it for each jar loaded, before the jar's modules are offered. A jar whose threadInit fails
     * is refused (logged with the reason) and unloaded; the others keep serving.
     */
    public synchronized void attachWorkers(final WorkerThreads threads)
    {
        workers = threads;
        for (final PluginJar jar : registry.jars())
        {
            try
            {
                threadInit(jar.modules(), threads);
                jar.initializedOn(threads);
            }
            catch (final Refusal refusal)
            {
                registry.remove(jar.path());
                refused(jar.path(), jar.stamp(), refusal);
                jar.markSuperseded();
            }
        }
    }

    /** Runs each module's threadInit on every worker; on a failure, undoes the ones that ran (threadFinish). */
    private static void threadInit(final List<ModuleInfo> modules, final WorkerThreads threads) throws Refusal
    {
        final List<ModuleInfo> done = new ArrayList<>();
        for (final ModuleInfo module : modules)
        {
            try
            {
                threads.runOnEach(module.lifecycle().threadInit());
                done.add(module);
            }
            catch (final Throwable e)
            {
                Refusal.rethrowIfFatal(e);
                done.add(module); // it may have run on some workers
                for (int i = done.size() - 1; i >= 0; i--)
                {
                    try
                    {
                        threads.runOnEach(done.get(i).lifecycle().threadFinish());
                    }
                    catch (final Throwable undo)
                    {
                        Refusal.rethrowIfFatal(undo);
                        LOG.warn("{}: thread finish failed: {}", describe(done.get(i)), Refusal.describe(undo));
                    }
                }
                throw Refusal.of(describe(module) + ": thread init failed", e);
            }
        }
    }

    /** Undoes the processInit of the modules of a refused jar, last first. */
    private static void finish(final List<ModuleInfo> initialized)
    {
        for (int i = initialized.size() - 1; i >= 0; i--)
        {
            final ModuleInfo module = initialized.get(i);
            try
            {
                module.lifecycle().processFinish().run();
            }
            catch (final Throwable e)
            {
                Refusal.rethrowIfFatal(e);
                LOG.warn("{}: process finish failed: {}", describe(module), Refusal.describe(e));
            }
        }
    }

    private static String describe(final ModuleInfo module)
    {
        return "module '" + module.name() + "' (" + module.type() + ")";
    }

    private LoadResult refused(final Path path, final FileStamp stamp, final Refusal refusal)
    {
        LOG.error("plugin {} refused: {}", path.getFileName(), refusal.getMessage());
        final LoadResult result = LoadResult.refused(path, stamp, refusal.getMessage(), refusal.missingClass());
        if (refusal.missingClass() != null)
        {
            waitingForClass.put(path, refusal.missingClass());
        }
        else
        {
            waitingForClass.remove(path);
        }
        lastResults.put(path, result);
        return result;
    }

    private Path copyOf(final Path path, final long loadNumber) throws IOException
    {
        if (copies == null)
        {
            copies = Files.createTempDirectory("sluice-plugins-");
            copies.toFile().deleteOnExit();
        }
        final Path copy = copies.resolve(loadNumber + "-" + path.getFileName());
        Files.copy(path, copy);
        copy.toFile().deleteOnExit();
        return copy;
    }

    private static void close(final PluginClassLoader loader)
    {
        if (loader == null)
        {
            return;
        }
        try
        {
            loader.close();
        }
        catch (final IOException e)
        {
            LOG.warn("closing the class loader of {} failed: {}", loader.jarName(), e.toString());
        }
    }

    private static void delete(final Path copy)
    {
        try
        {
            Files.deleteIfExists(copy);
        }
        catch (final IOException e)
        {
            LOG.warn("cannot delete the private copy {}: {}", copy, e.toString());
        }
    }
}
