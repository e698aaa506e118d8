package io.sluice.core.worker;

import io.sluice.core.poll.PollerKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The routing workers, one per core with {@code threads=auto}. New sessions go to the worker with
 * the fewest sessions, ties broken round-robin (MaxScale places round-robin only).
 */
public final class WorkerPool
{
    private static final Logger LOG = LoggerFactory.getLogger(WorkerPool.class);

    private final Worker[] workers;
    private final PollerKind pollerKind;
    private int nextStart;

    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs) throws IOException
    {
        this(threads, requested, loadPeriodNs, false);
    }

    /** @param pollYield {@code poll_yield} (see {@link Worker}) */
    public WorkerPool(final int threads, final PollerKind requested, final long loadPeriodNs, final boolean pollYield)
        throws IOException
    {
        if (threads < 1)
        {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pollerKind = requested.resolve();
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
        LOG.info("{} workers started with the {} poller", workers.length, pollerKind);
        return this;
    }

    /** The worker for a new session; counts the session on it. Any thread (the acceptor's). */
    public Worker placeSession()
    {
        final int n = workers.length;
        final int start = nextStart;
        nextStart = start + 1 == n ? 0 : start + 1;
        Worker best = workers[start];
        int bestCount = best.sessions().get();
        for (int i = 1; i < n && bestCount > 0; i++)
        {
            final Worker w = workers[(start + i) % n];
            final int count = w.sessions().get();
            if (count < bestCount)
            {
                best = w;
                bestCount = count;
            }
        }
        best.sessions().incrementAndGet();
        return best;
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
