package io.sluice.core.plugins;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the plugins directory and hands changed jars to the {@link PluginLoader}: a new or changed
 * {@code *.jar} is {@link PluginLoader#load loaded} once its size and modification time have not changed for
 * {@code settleMs} (so a half-copied jar is not read), a removed one {@link PluginLoader#unload unloaded}.
 * Events come from a {@link WatchService}; an overflow triggers a full rescan, and a rescan every
 * {@code rescanMs} catches anything the events missed (files whose size, time or identity differ from what
 * the loader last read). Other files are ignored.
 *
 * <p>Thread-safe: {@link #start()} and {@link #close()} from any thread; the work happens on one daemon thread,
 * which logs failures and never dies of them.
 */
public final class PluginDirectoryWatcher implements AutoCloseable
{
    /** How long a file must stay unchanged before it is loaded, by default. */
    public static final long DEFAULT_SETTLE_MS = 500;
    /** How often the directory is rescanned as a safety net, by default. */
    public static final long DEFAULT_RESCAN_MS = 5000;

    private static final Logger LOG = LoggerFactory.getLogger(PluginDirectoryWatcher.class);
    private static final String JAR_SUFFIX = ".jar";
    private static final long MIN_POLL_MS = 10;
    private static final long FAILURE_BACKOFF_MS = 1000;
    private static final long CLOSE_WAIT_MS = 5000;

    /** A file seen changing: its last stamp (null if gone) and when that stamp was first seen. */
    private record Pending(FileStamp stamp, long sinceMs)
    {
    }

    private final PluginLoader loader;
    private final Path directory;
    private final long settleMs;
    private final long rescanMs;
    /** Watcher thread only, by file. */
    private final Map<Path, Pending> pending = new TreeMap<>();

    private volatile boolean running;
    /** Full scans done so far (for tests). */
    private volatile long rescans;
    private WatchService watchService;
    private Thread thread;

    /** A watcher with the default settle time and rescan period. */
    public PluginDirectoryWatcher(final PluginLoader loader)
    {
        this(loader, DEFAULT_SETTLE_MS, DEFAULT_RESCAN_MS);
    }

    public PluginDirectoryWatcher(final PluginLoader loader, final long settleMs, final long rescanMs)
    {
        if (settleMs < 0 || rescanMs <= 0)
        {
            throw new IllegalArgumentException("settleMs must be >= 0 and rescanMs > 0: " + settleMs + ", " + rescanMs);
        }
        this.loader = Objects.requireNonNull(loader, "loader");
        this.directory = loader.directory();
        this.settleMs = settleMs;
        this.rescanMs = rescanMs;
    }

    /**
     * Starts watching. The first scan runs at once on the watcher thread: jars the loader already loaded
     * (e.g. by {@link PluginLoader#loadAll()}) and that did not change are left alone.
     * @throws IOException if the directory cannot be watched
     * @throws IllegalStateException if already started
     */
    public synchronized void start() throws IOException
    {
        if (thread != null)
        {
            throw new IllegalStateException("already started");
        }
        watchService = directory.getFileSystem().newWatchService();
        try
        {
            register();
        }
        catch (final IOException e)
        {
            watchService.close();
            throw e;
        }
        running = true;
        thread = new Thread(this::run, "plugin-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("watching {} for plugin jars (settle {} ms, rescan every {} ms)", directory, settleMs, rescanMs);
    }

    /** Stops the thread and waits for it (up to 5 s). Loaded jars stay loaded. Idempotent. */
    @Override
    public void close()
    {
        final Thread t;
        synchronized (this)
        {
            running = false;
            t = thread;
            if (watchService != null)
            {
                try
                {
                    watchService.close();
                }
                catch (final IOException e)
                {
                    LOG.warn("closing the watch service failed: {}", e.toString());
                }
            }
        }
        if (t != null && t != Thread.currentThread())
        {
            t.interrupt();
            try
            {
                t.join(CLOSE_WAIT_MS);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void register() throws IOException
    {
        directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.OVERFLOW);
    }

    private void run()
    {
        long nextRescanMs = 0;
        while (running)
        {
            try
            {
                final long now = nowMs();
                boolean rescan = now >= nextRescanMs;
                if (!rescan)
                {
                    final long waitMs = pending.isEmpty() ? nextRescanMs - now
                        : Math.min(nextRescanMs - now, Math.max(MIN_POLL_MS, settleMs / 4));
                    rescan = awaitEvents(waitMs);
                }
                if (rescan)
                {
                    rescan();
                    nextRescanMs = nowMs() + rescanMs;
                }
                settle();
            }
            catch (final ClosedWatchServiceException e)
            {
                break;
            }
            catch (final InterruptedException e)
            {
                if (!running)
                {
                    break;
                }
            }
            catch (final Throwable e)
            {
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError))
                {
                    LOG.error("plugin watcher: fatal error, stopping", e);
                    throw (VirtualMachineError)e;
                }
                LOG.error("plugin watcher: {} failed; carrying on", directory, e);
                sleepQuietly(FAILURE_BACKOFF_MS);
            }
        }
        LOG.debug("plugin watcher of {} stopped", directory);
    }

    /** Waits up to waitMs for events and notes the jars they name. @return true if a full rescan is needed */
    private boolean awaitEvents(final long waitMs) throws InterruptedException
    {
        boolean rescan = false;
        WatchKey key = watchService.poll(Math.max(0, waitMs), TimeUnit.MILLISECONDS);
        while (key != null)
        {
            for (final WatchEvent<?> event : key.pollEvents())
            {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW)
                {
                    LOG.info("plugin watcher: events overflowed; rescanning {}", directory);
                    rescan = true;
                }
                else if (event.context() instanceof Path name && isJar(name))
                {
                    noteChange(directory.resolve(name));
                }
            }
            if (!key.reset())
            {
                // The directory is gone or unreadable: keep rescanning and try to watch it again then.
                LOG.warn("plugin watcher: {} can no longer be watched; relying on rescans", directory);
                rescan = true;
            }
            key = watchService.poll();
        }
        return rescan;
    }

    /** Compares the directory with what the loader last read and queues the differences. */
    private void rescan()
    {
        final Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + JAR_SUFFIX))
        {
            for (final Path file : files)
            {
                final Path path = file.toAbsolutePath().normalize();
                present.add(path);
                final FileStamp stamp;
                try
                {
                    stamp = stampOrNull(path);
                }
                catch (final IOException e)
                {
                    continue;
                }
                if (stamp == null || !Files.isRegularFile(path))
                {
                    continue;
                }
                final Optional<LoadResult> last = loader.lastResult(path);
                if ((last.isEmpty() || !stamp.equals(last.get().stamp())) && !pending.containsKey(path))
                {
                    pending.put(path, new Pending(stamp, nowMs()));
                }
            }
        }
        catch (final IOException e)
        {
            LOG.warn("plugin watcher: cannot list {}: {}", directory, e.toString());
            return;
        }
        for (final Path known : loader.knownFiles())
        {
            if (known.startsWith(directory) && !present.contains(known) && !pending.containsKey(known))
            {
                pending.put(known, new Pending(null, nowMs()));
            }
        }
        reregisterIfNeeded();
        rescans++;
    }

    /** How many full scans the watcher thread has completed. */
    long rescans()
    {
        return rescans;
    }

    private void reregisterIfNeeded()
    {
        try
        {
            // Registering again is harmless when the key is valid and revives watching a recreated directory.
            register();
        }
        catch (final IOException e)
        {
            LOG.debug("plugin watcher: cannot watch {}: {}", directory, e.toString());
        }
    }

    private void noteChange(final Path path)
    {
        FileStamp stamp;
        try
        {
            stamp = stampOrNull(path);
        }
        catch (final IOException e)
        {
            stamp = null;
        }
        pending.put(path.toAbsolutePath().normalize(), new Pending(stamp, nowMs()));
    }

    /** Loads or unloads the files that stayed unchanged for settleMs; restarts the clock of those that changed. */
    private void settle()
    {
        final long now = nowMs();
        for (final Path path : Set.copyOf(pending.keySet()).stream().sorted().toList())
        {
            final Pending before = pending.get(path);
            final FileStamp stamp;
            try
            {
                stamp = stampOrNull(path);
            }
            catch (final IOException e)
            {
                // Unreadable for now (not gone): decide later.
                LOG.debug("plugin watcher: cannot read {}: {}", path, e.toString());
                continue;
            }
            if (!Objects.equals(stamp, before.stamp()))
            {
                pending.put(path, new Pending(stamp, now));
            }
            else if (now - before.sinceMs() >= settleMs)
            {
                pending.remove(path);
                act(path, stamp);
            }
        }
    }

    private void act(final Path path, final FileStamp stamp)
    {
        final Optional<LoadResult> last = loader.lastResult(path);
        if (stamp == null)
        {
            if (last.isPresent())
            {
                loader.unload(path);
            }
            return;
        }
        if (last.isPresent() && stamp.equals(last.get().stamp()))
        {
            return;
        }
        loader.load(path);
    }

    /** The file's stamp, null if it does not exist. */
    private static FileStamp stampOrNull(final Path path) throws IOException
    {
        try
        {
            return FileStamp.of(path);
        }
        catch (final NoSuchFileException e)
        {
            return null;
        }
    }

    private static boolean isJar(final Path name)
    {
        return name.getFileName().toString().endsWith(JAR_SUFFIX);
    }

    private static long nowMs()
    {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    private void sleepQuietly(final long ms)
    {
        try
        {
            Thread.sleep(ms);
        }
        catch (final InterruptedException e)
        {
            // close() interrupts: the loop checks running.
        }
    }
}
