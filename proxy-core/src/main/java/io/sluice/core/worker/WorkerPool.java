package io.sluice.core.worker;

import io.sluice.core.poll.PollerKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The routing workers, one per core with {@code threads=auto}. Where a new session goes is the
 * {@link SessionPlacement} ({@code session_placement}): by default the worker with the lowest load
 * over its last period, then the fewest sessions, then round-robin (MaxScale places round-robin only).
 */
public final class WorkerPool
{
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);

    private final Worker[] workers;
    private final PollerKind pollerKind;
    private final SessionPlacement placement;
    /** Where the next search starts. Only the acceptor thread (worker 0) places sessions. */
    private int nextStart;

    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs) throws IOException
    {
        this(threads, requested, loadPeriodNs, false);
    }

    /** @param pollYield {@code poll_yield} (see {@link Worker}) */
    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs, final boolean pollYield)
        throws IOException
    {
        this(threads, requested, loadPeriodNs, pollYield, SessionPlacement.DEFAULT);
    }

    /**
     * @param pollYield {@code poll_yield} (see {@link Worker})
     * @param placement {@code session_placement}: how {@link #placeSession()} picks a worker
     */
    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs, final boolean pollYield,
        final SessionPlacement placement) throws IOException
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pollerKind = requested.resolve();
        this.placement = placement;
        workers = new Worker[threads];
        try
        {
            for (int i = 0; i < threads; i++)
            {
                workers[i] = new Worker(i, pollerKind.newPoller(), loadPeriodNs, pollYield);
            }
        }
        catch (final IOException | RuntimeException e)
        {
            for (final Worker w : workers)
            {
                if (w != null)
                {
                    w.poller().close();
                }
            }
            throw e;
        }
    }

    public WorkerPool start()
    {
        for (final Worker w : workers)
        {
            w.start();
        }
        LOG.info("{} workers started with the {} poller, session_placement={}", workers.length, pollerKind,
            placement.configName());
        return this;
    }

    /**
     * The worker for a new session, as {@link #placement()} says; counts the session on it. Reads the
     * workers' published loads and session counts without locks. The acceptor's thread only (worker 0:
     * every listener accepts there).
     */
    public Worker placeSession()
    {
        // hot path: no allocation
        final int n = workers.length;
        final int start = nextStart;
        nextStart = start + 1 == n ? 0 : start + 1;
        final Worker chosen = placement == SessionPlacement.ROUND_ROBIN ? workers[start]
            : leastBusy(start, placement == SessionPlacement.LEAST_LOADED);
        chosen.sessions().incrementAndGet();
        return chosen;
    }

    /**
     * From {@code start} on: the lowest period load in whole percent (if {@code byLoad}), then the
     * fewest sessions; the first found wins a full tie, so ties go round-robin.
     */
    private Worker leastBusy(final int start, final boolean byLoad)
    {
        // hot path: no allocation
        final int n = workers.length;
        Worker best = workers[start];
        int bestLoad = byLoad ? loadPercent(best) : 0;
        int bestCount = best.sessions().get();
        for (int i = 1; i < n && (bestCount > 0 || bestLoad > 0); i++)
        {
            final int index = start + i < n ? start + i : start + i - n;
            final Worker w = workers[index];
            final int load = byLoad ? loadPercent(w) : 0;
            if (load > bestLoad)
            {
                continue;
            }
            final int count = w.sessions().get();
            if (load < bestLoad || count < bestCount)
            {
                best = w;
                bestLoad = load;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The worker's load over its last period in whole percent, rounded as MaxScale's {@code WorkerLoad}
     * does: idle workers tie at 0 instead of differing by the loop's few microseconds. Any thread.
     */
    static int loadPercent(final Worker worker)
    {
        return (int)Math.round(worker.load().periodLoad());
    }

    /** How new sessions are placed ({@code session_placement}). */
    public SessionPlacement placement()
    {
        return placement;
    }

    public List<Worker> workers()
    {
        return List.of(workers);
    }

    public Worker worker(final int index)
    {
        return workers[index];
    }

    public int size()
    {
        return workers.length;
    }

    /** The poller kind the workers actually use (AUTO resolved). */
    public PollerKind pollerKind()
    {
        return pollerKind;
    }

    public int totalSessions()
    {
        int total = 0;
        for (final Worker w : workers)
        {
            total += w.sessions().get();
        }
        return total;
    }

    /** True when called on one of the pool's worker threads. */
    public boolean inWorkerThread()
    {
        for (final Worker w : workers)
        {
            if (w.inWorkerThread())
            {
                return true;
            }
        }
        return false;
    }

    /** Runs the task on every worker and waits for all of them. Not from a worker thread. */
    public boolean runOnAll(final java.util.function.Consumer<Worker> task,
            final long timeoutMs) throws InterruptedException
    {
        final CountDownLatch done = new CountDownLatch(workers.length);
        for (final Worker w : workers)
        {
            w.execute(() ->
            {
                try
                {
                    task.accept(w);
                }
                finally
                {
                    done.countDown();
                }
            });
        }
        return done.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** Stops every worker and waits for their loops to end. */
    public void stop(final long timeoutMs) throws InterruptedException
    {
        for (final Worker w : workers)
        {
            w.stop();
        }
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        for (final Worker w : workers)
        {
            final long leftNs = Math.max(0, deadlineNs - System.nanoTime());
            if (!w.awaitStop(leftNs, TimeUnit.NANOSECONDS))
            {
                LOG.warn("{} did not stop within {} ms", w.name(), timeoutMs);
            }
        }
    }
}
