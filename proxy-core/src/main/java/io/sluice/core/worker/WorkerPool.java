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
 * {@link SessionPlacement} ({@code session_placement}): the worker with the lowest load over its last
 * period (for the sessions still there, plus those placed on it since), the fewest sessions, or each
 * in turn (MaxScale's only way).
 */
public final class WorkerPool
{
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);

    private final Worker[] workers;
    private final PollerKind pollerKind;
    private final SessionPlacement placement;
    // The acceptor's (worker 0: every listener accepts there; only it places sessions).
    /** Where the next search starts. */
    private int nextStart;
    /** Per worker: the {@link io.sluice.core.load.WorkerLoad#periodsMeasured()} seen last. */
    private final long[] periodSeen;
    /** Per worker: sessions placed on it since the period {@link #periodSeen} (which cannot show them). */
    private final int[] placedSincePeriod;
    /** Per worker: its period load in whole percent, read once per placement. */
    private final int[] loads;
    /** Per worker: {@link Worker#sessionsInLastPeriod()}, read once per placement. */
    private final int[] sessionsMeasured;

    /** A pool with the default poll loop and placement. */
    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs) throws IOException
    {
        this(threads, requested, loadPeriodNs, false, 0, SessionPlacement.DEFAULT);
    }

    /**
     * @param pollYield  {@code poll_yield} (see {@link Worker})
     * @param coalesceNs {@code poll_coalesce_us} in ns (see {@link Worker}); 0 for off
     * @param placement  {@code session_placement}: how {@link #placeSession()} picks a worker
     */
    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs, final boolean pollYield,
        final long coalesceNs, final SessionPlacement placement) throws IOException
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pollerKind = requested.resolve();
        this.placement = placement;
        workers = new Worker[threads];
        periodSeen = new long[threads];
        placedSincePeriod = new int[threads];
        loads = new int[threads];
        sessionsMeasured = new int[threads];
        try
        {
            for (int i = 0; i < threads; i++)
            {
                workers[i] = new Worker(i, pollerKind.newPoller(), loadPeriodNs, pollYield, coalesceNs);
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
        final int chosen;
        if (placement == SessionPlacement.ROUND_ROBIN)
        {
            chosen = start;
        }
        else if (placement == SessionPlacement.LEAST_SESSIONS)
        {
            chosen = fewestSessions(start);
        }
        else
        {
            chosen = leastLoaded(start);
            placedSincePeriod[chosen]++;
        }
        final Worker worker = workers[chosen];
        worker.sessions().incrementAndGet();
        return worker;
    }

    /** From {@code start} on, the first worker with the fewest sessions: ties go round-robin. */
    private int fewestSessions(final int start)
    {
        // hot path: no allocation
        final int n = workers.length;
        int best = start;
        int bestCount = workers[start].sessions().get();
        for (int k = 1; k < n && bestCount > 0; k++)
        {
            final int i = start + k < n ? start + k : start + k - n;
            final int count = workers[i].sessions().get();
            if (count < bestCount)
            {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * From {@code start} on, the first worker with the lowest estimated load, then the fewest
     * sessions: ties go round-robin. A worker's estimate, in milli-percent so that ties are exact:
     * <ul>
     *   <li>its last period's load (whole percent) scaled to the sessions it measured that are still
     *       there: {@code load * (sessions - placedSince) / sessionsInLastPeriod}, so the load of
     *       sessions that have ended since no longer counts; a load measured with no session is
     *       taken as it is;</li>
     *   <li>plus, for each session placed on it since that period, the pool's average load per
     *       measured session: otherwise every session accepted within one period would go to the
     *       same worker.</li>
     * </ul>
     */
    private int leastLoaded(final int start)
    {
        // hot path: no allocation
        final int n = workers.length;
        long attributedLoad = 0;
        long attributedSessions = 0;
        for (int i = 0; i < n; i++)
        {
            final Worker w = workers[i];
            // Read before the load: a period closing in between only makes the next placement
            // forget the sessions placed meanwhile.
            final long periods = w.load().periodsMeasured();
            if (periods != periodSeen[i])
            {
                periodSeen[i] = periods;
                placedSincePeriod[i] = 0;
            }
            loads[i] = loadPercent(w);
            final int measured = w.sessionsInLastPeriod();
            sessionsMeasured[i] = measured;
            if (measured > 0)
            {
                attributedLoad += loads[i] * 1000L;
                attributedSessions += measured;
            }
        }
        final long perSession = attributedSessions > 0 ? attributedLoad / attributedSessions : 0;
        int best = start;
        long bestEstimate = estimate(start, perSession);
        int bestCount = workers[start].sessions().get();
        for (int k = 1; k < n; k++)
        {
            final int i = start + k < n ? start + k : start + k - n;
            final long estimate = estimate(i, perSession);
            if (estimate > bestEstimate)
            {
                continue;
            }
            final int count = workers[i].sessions().get();
            if (estimate < bestEstimate || count < bestCount)
            {
                best = i;
                bestEstimate = estimate;
                bestCount = count;
            }
        }
        return best;
    }

    /** Worker {@code i}'s estimated load in milli-percent (see {@link #leastLoaded}). */
    private long estimate(final int i, final long perSession)
    {
        final long load = loads[i] * 1000L;
        final int measured = sessionsMeasured[i];
        final long placed = placedSincePeriod[i];
        final long stillThere = Math.max(0, workers[i].sessions().get() - placed);
        return (measured > 0 ? load * stillThere / measured : load) + placed * perSession;
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
