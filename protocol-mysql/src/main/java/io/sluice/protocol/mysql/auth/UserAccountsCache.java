package io.sluice.protocol.mysql.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The current {@link UserAccounts} of one service, kept fresh by a background thread of its own
 * (loading blocks on the network, so it never runs on a worker). MaxScale's MariaDBUserManager.
 *
 * <p><b>When it loads.</b> Right after {@link #start()}, then every {@code retryIntervalMs} (1 s)
 * until a load succeeds. After that only when asked ({@link #requestRefresh()}, typically after a
 * failed login: the account may be new) and, if {@code users_refresh_interval} is set, on that period.
 * A request less than {@code users_refresh_time} (30 s) after the end of the last load is ignored, so
 * a client hammering wrong passwords cannot turn into a load per attempt. A request while a load is
 * pending or running joins it (the running load may have read the tables just before the change; the
 * next request after the window will see it, as in MaxScale).
 *
 * <p><b>Threads.</b> {@link #current()} is a volatile read, for any thread. The futures complete on
 * the cache's thread: a worker must post the continuation back to itself, e.g.
 * {@code cache.requestRefresh().ifPresent(f -> f.whenComplete((a, e) -> worker.execute(() -> retry(a, e))))}.
 * A failed load completes its future exceptionally and keeps the previous snapshot.
 */
public final class UserAccountsCache implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(UserAccountsCache.class);

    /** Retry period until the first load succeeds (MaxScale: 1 s). */
    public static final long DEFAULT_RETRY_INTERVAL_MS = 1_000;
    // Longest single wait of the thread: deadlines are re-read at least this often.
    private static final long MAX_WAIT_NS = TimeUnit.SECONDS.toNanos(1);

    private final String serviceName;
    private final Callable<UserAccounts> loader;
    private final LongSupplier nanoClock;
    private final long refreshTimeNs;
    private final long refreshIntervalNs;
    private final long retryIntervalNs;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private final CompletableFuture<UserAccounts> firstLoad = new CompletableFuture<>();
    private final Thread thread;

    private volatile UserAccounts current;

    // guarded by lock
    private CompletableFuture<UserAccounts> pending;
    private CompletableFuture<UserAccounts> running;
    private boolean attempted;
    private boolean loadedOnce;
    private long lastAttemptEndNs;
    private long lastSuccessEndNs;
    private long loads;
    private long failures;
    private boolean started;
    private boolean closed;

    /** A cache over a loader, with the loader's settings, the system clock and the default retry period. */
    public UserAccountsCache(final String serviceName, final UserAccountLoader loader)
    {
        this(serviceName, loader::load, loader.settings(), System::nanoTime, DEFAULT_RETRY_INTERVAL_MS);
    }

    /**
     * @param serviceName     names the thread ({@code sluice-users-<service>}) and log lines
     * @param loader          makes a new snapshot; blocking; an exception keeps the old one
     * @param settings        {@code users_refresh_time}, {@code users_refresh_interval}, and the settings
     *                        of the empty snapshot held before the first load
     * @param nanoClock       the time source for the refresh window ({@code System::nanoTime}; tests inject one)
     * @param retryIntervalMs period of retries until the first load succeeds
     */
    public UserAccountsCache(final String serviceName, final Callable<UserAccounts> loader,
                             final UserAccountSettings settings, final LongSupplier nanoClock,
                             final long retryIntervalMs)
    {
        this.serviceName = Objects.requireNonNull(serviceName);
        this.loader = Objects.requireNonNull(loader);
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.refreshTimeNs = TimeUnit.MILLISECONDS.toNanos(settings.usersRefreshTimeMs());
        this.refreshIntervalNs = TimeUnit.MILLISECONDS.toNanos(settings.usersRefreshIntervalMs());
        this.retryIntervalNs = TimeUnit.MILLISECONDS.toNanos(retryIntervalMs);
        this.current = UserAccounts.empty(settings);
        this.thread = new Thread(this::run, "sluice-users-" + serviceName);
        this.thread.setDaemon(true);
    }

    /** Starts the thread, which loads at once. */
    public void start()
    {
        lock.lock();
        try
        {
            if (started || closed)
            {
                throw new IllegalStateException(closed ? "closed" : "already started");
            }
            started = true;
        }
        finally
        {
            lock.unlock();
        }
        thread.start();
    }

    /** The latest snapshot; empty (every login fails) until the first load succeeds. Any thread. */
    public UserAccounts current()
    {
        return current;
    }

    /** Completes with the first snapshot that loads; never completes if no load ever succeeds. */
    public CompletableFuture<UserAccounts> firstLoad()
    {
        return firstLoad;
    }

    /**
     * Asks for a reload. Returns the future of the load that will serve the request (a new one, or the
     * one already pending or running), or empty if the request is ignored: the last load ended less
     * than {@code users_refresh_time} ago, or the cache is closed. Before the first successful load
     * every request is accepted and served by the next attempt. Any thread; never blocks.
     */
    public Optional<CompletableFuture<UserAccounts>> requestRefresh()
    {
        return requestRefresh(null);
    }

    /**
     * As {@link #requestRefresh()}, for a caller that judged a login by the snapshot {@code seen}: if a
     * newer one has been published since (a load ended between that read and this request, which would
     * otherwise be ignored as inside the window), returns it at once, as a completed future.
     */
    public Optional<CompletableFuture<UserAccounts>> requestRefresh(final UserAccounts seen)
    {
        lock.lock();
        try
        {
            if (closed)
            {
                return Optional.empty();
            }
            if (seen != null && current != seen)
            {
                return Optional.of(CompletableFuture.completedFuture(current));
            }
            if (pending != null)
            {
                return Optional.of(pending);
            }
            if (running != null)
            {
                return Optional.of(running);
            }
            if (loadedOnce && attempted && nanoClock.getAsLong() - lastAttemptEndNs < refreshTimeNs)
            {
                return Optional.empty();
            }
            pending = new CompletableFuture<>();
            wakeUp.signal();
            return Optional.of(pending);
        }
        finally
        {
            lock.unlock();
        }
    }

    /** Loads that succeeded. */
    public long loads()
    {
        lock.lock();
        try
        {
            return loads;
        }
        finally
        {
            lock.unlock();
        }
    }

    /** Loads that failed. */
    public long failures()
    {
        lock.lock();
        try
        {
            return failures;
        }
        finally
        {
            lock.unlock();
        }
    }

    /**
     * Stops the thread: a load in progress finishes (the admin client's read timeout bounds it), a
     * pending request is cancelled. Waits up to {@code timeoutMs} for the thread.
     */
    public void close(final long timeoutMs) throws InterruptedException
    {
        final CompletableFuture<UserAccounts> cancelled;
        lock.lock();
        try
        {
            if (closed)
            {
                return;
            }
            closed = true;
            cancelled = pending;
            pending = null;
            wakeUp.signal();
        }
        finally
        {
            lock.unlock();
        }
        if (cancelled != null)
        {
            cancelled.completeExceptionally(new CancellationException("user account cache closed"));
        }
        if (thread.isAlive())
        {
            thread.join(timeoutMs);
        }
    }

    /** {@link #close(long)} with a 10 s wait. */
    @Override
    public void close()
    {
        try
        {
            close(10_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void run()
    {
        while (true)
        {
            final CompletableFuture<UserAccounts> job = nextJob();
            if (job == null)
            {
                return;
            }
            UserAccounts result = null;
            Exception error = null;
            try
            {
                result = loader.call();
                if (result == null)
                {
                    throw new IllegalStateException("the loader returned no accounts");
                }
            }
            catch (final Exception e)
            {
                error = e;
                LOG.warn("Service '{}': loading user accounts failed: {}", serviceName, e.toString());
            }
            lock.lock();
            try
            {
                final long endNs = nanoClock.getAsLong();
                attempted = true;
                lastAttemptEndNs = endNs;
                if (result != null)
                {
                    current = result; // publish before anyone is told
                    loadedOnce = true;
                    lastSuccessEndNs = endNs;
                    loads++;
                }
                else
                {
                    failures++;
                }
                running = null;
            }
            finally
            {
                lock.unlock();
            }
            if (result != null)
            {
                firstLoad.complete(result);
                job.complete(result);
            }
            else
            {
                job.completeExceptionally(error);
            }
        }
    }

    /** Waits until a load is due; null once closed. */
    private CompletableFuture<UserAccounts> nextJob()
    {
        lock.lock();
        try
        {
            while (!closed)
            {
                final long nowNs = nanoClock.getAsLong();
                long waitNs = MAX_WAIT_NS;
                if (!loadedOnce)
                {
                    // First load at once, then retries: a pending request waits for the next one.
                    final long dueNs = attempted ? lastAttemptEndNs + retryIntervalNs : nowNs;
                    if (dueNs - nowNs <= 0)
                    {
                        return take(pending != null ? pending : new CompletableFuture<>());
                    }
                    waitNs = Math.min(waitNs, dueNs - nowNs);
                }
                else
                {
                    if (pending != null)
                    {
                        return take(pending);
                    }
                    if (refreshIntervalNs > 0)
                    {
                        final long dueNs = lastSuccessEndNs + refreshIntervalNs;
                        if (dueNs - nowNs <= 0)
                        {
                            return take(new CompletableFuture<>());
                        }
                        waitNs = Math.min(waitNs, dueNs - nowNs);
                    }
                }
                wakeUp.awaitNanos(waitNs);
            }
            return null;
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return null;
        }
        finally
        {
            lock.unlock();
        }
    }

    private CompletableFuture<UserAccounts> take(final CompletableFuture<UserAccounts> job)
    {
        pending = null;
        running = job;
        return job;
    }

    /** Wakes the thread to re-read the clock (tests with an injected clock). */
    void wakeUp()
    {
        lock.lock();
        try
        {
            wakeUp.signal();
        }
        finally
        {
            lock.unlock();
        }
    }
}
