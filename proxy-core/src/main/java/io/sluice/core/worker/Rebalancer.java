package io.sluice.core.worker;

import io.sluice.core.load.LoadWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Session rebalancing (MaxScale's {@code rebalance_period}, {@code rebalance_threshold},
 * {@code rebalance_window}). A thread of its own (never a worker's) samples each worker's load every
 * second, from the busy time the worker publishes ({@link io.sluice.core.load.WorkerLoad#busyNs()}),
 * into a ring of {@code rebalance_window} samples per worker ({@link LoadWindow}); every
 * {@code rebalance_period} it compares the windows' averages ({@link RebalanceDecision}) and, when
 * the busiest exceeds the least busy by more than {@code rebalance_threshold}, posts to the busiest
 * worker's inbox "move one session to the least busy" ({@link Worker#rebalance}): that worker moves
 * its most active movable session between its event batches. With {@code rebalance_period=0s}
 * (the default) the sampler still runs, so that the admin API's manual triggers can use the
 * averages, but nothing moves by itself.
 *
 * <p>The sampler allocates nothing in steady state; posting reuses one task per pair of workers.
 */
public final class Rebalancer implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(Rebalancer.class);
    /** MaxScale's sampling period: the main worker's 1000 ms call. */
    public static final long SAMPLE_PERIOD_NS = TimeUnit.SECONDS.toNanos(1);

    private final Worker[] workers;
    private final long periodNs;
    private final int thresholdPercent;
    private final LoadWindow[] windows;
    // The sampler thread's own
    private final long[] busySeenNs;
    private final double[] averages;
    private long sampledAtNs;
    private long nextBalanceNs;
    /** "Move one session from i to j", by {@code i * n + j}: made on first use (a benign race: equal tasks). */
    private final Runnable[] moveOne;
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    /**
     * @param periodNs         {@code rebalance_period}; 0: no automatic rebalancing
     * @param thresholdPercent {@code rebalance_threshold}
     * @param windowSeconds    {@code rebalance_window}: the samples each average covers
     */
    public Rebalancer(final List<Worker> workers, final long periodNs, final int thresholdPercent,
        final int windowSeconds)
    {
        if (periodNs < 0)
        {
            throw new IllegalArgumentException("rebalance_period must not be negative: " + periodNs);
        }
        this.workers = workers.toArray(new Worker[0]);
        this.periodNs = periodNs;
        this.thresholdPercent = thresholdPercent;
        final int n = this.workers.length;
        windows = new LoadWindow[n];
        for (int i = 0; i < n; i++)
        {
            windows[i] = new LoadWindow(windowSeconds);
        }
        busySeenNs = new long[n];
        averages = new double[n];
        moveOne = new Runnable[n * n];
    }

    /** Starts the sampler thread. */
    public Rebalancer start()
    {
        running = true;
        final Thread t = new Thread(this::run, "rebalancer");
        t.setDaemon(true);
        thread = t;
        t.start();
        if (periodNs > 0)
        {
            LOG.info("rebalancing every {} ms when worker loads differ by more than {}% over {} s",
                TimeUnit.NANOSECONDS.toMillis(periodNs), thresholdPercent, windows[0].capacity());
        }
        return this;
    }

    private void run()
    {
        begin(System.nanoTime());
        long nextSampleNs = sampledAtNs + SAMPLE_PERIOD_NS;
        while (running)
        {
            final long waitNs = nextSampleNs - System.nanoTime();
            if (waitNs > 0)
            {
                LockSupport.parkNanos(this, waitNs);
                continue;
            }
            final long nowNs = System.nanoTime();
            nextSampleNs += SAMPLE_PERIOD_NS;
            if (nextSampleNs - nowNs <= 0)
            {
                nextSampleNs = nowNs + SAMPLE_PERIOD_NS; // fell behind (a stopped VM): no burst
            }
            try
            {
                sample(nowNs);
                if (periodNs > 0 && nowNs - nextBalanceNs >= 0)
                {
                    nextBalanceNs = nowNs + periodNs;
                    balance(thresholdPercent, averages);
                }
            }
            catch (final RuntimeException e)
            {
                LOG.error("rebalancer: a turn failed", e);
            }
        }
    }

    /** The sampler's start: the busy times as of now. Sampler thread (or a test playing it). */
    void begin(final long nowNs)
    {
        sampledAtNs = nowNs;
        nextBalanceNs = nowNs + periodNs;
        for (int i = 0; i < workers.length; i++)
        {
            busySeenNs[i] = workers[i].load().busyNs();
        }
    }

    /** Each worker's load since the last sample into its window. Sampler thread; allocates nothing. */
    void sample(final long nowNs)
    {
        final long elapsedNs = nowNs - sampledAtNs;
        if (elapsedNs <= 0)
        {
            return;
        }
        sampledAtNs = nowNs;
        for (int i = 0; i < workers.length; i++)
        {
            final long busyNs = workers[i].load().busyNs();
            final double load = 100.0 * (busyNs - busySeenNs[i]) / elapsedNs;
            busySeenNs[i] = busyNs;
            windows[i].add(Math.max(0.0, Math.min(100.0, load)));
        }
    }

    /**
     * Compares the workers' averages over the window and, if the busiest exceeds the least busy by
     * more than {@code threshold}, asks the busiest to move its most active movable session to the
     * least busy. Any thread (the sampler with its own scratch array; the admin API with a new one).
     *
     * @param scratch one slot per worker, overwritten
     * @return the decision ({@link RebalanceDecision}): {@link RebalanceDecision#NONE} or the pair asked
     */
    public long balance(final int threshold, final double[] scratch)
    {
        for (int i = 0; i < workers.length; i++)
        {
            scratch[i] = windows[i].average();
        }
        final long decision = RebalanceDecision.decide(scratch, threshold);
        if (decision != RebalanceDecision.NONE)
        {
            final int from = RebalanceDecision.from(decision);
            final int to = RebalanceDecision.to(decision);
            if (LOG.isDebugEnabled())
            {
                LOG.debug("rebalance: {} at {}% gives a session to {} at {}%", workers[from].name(),
                    Math.round(scratch[from]), workers[to].name(), Math.round(scratch[to]));
            }
            requests.incrementAndGet();
            workers[from].execute(moveOneTask(from, to));
        }
        return decision;
    }

    /** MaxScale's {@code POST /v1/maxscale/threads/rebalance?threshold=T}. Any thread. */
    public long balanceNow(final int threshold)
    {
        return balance(threshold, new double[workers.length]);
    }

    /**
     * Asks worker {@code from} to move up to {@code sessions} sessions to worker {@code to}, each its
     * most active movable one (MaxScale's {@code POST /v1/maxscale/threads/:id/rebalance}). Any thread.
     */
    public void move(final int from, final int to, final int sessions)
    {
        if (from == to || from < 0 || to < 0 || from >= workers.length || to >= workers.length || sessions < 1)
        {
            throw new IllegalArgumentException("cannot move " + sessions + " session(s) from worker " + from
                + " to worker " + to);
        }
        requests.incrementAndGet();
        final Worker recipient = workers[to];
        final Worker giver = workers[from];
        giver.execute(sessions == 1 ? moveOneTask(from, to) : () -> giver.rebalance(recipient, sessions));
    }

    private Runnable moveOneTask(final int from, final int to)
    {
        final int slot = from * workers.length + to;
        Runnable task = moveOne[slot];
        if (task == null)
        {
            final Worker giver = workers[from];
            final Worker recipient = workers[to];
            task = () -> giver.rebalance(recipient, 1);
            moveOne[slot] = task;
        }
        return task;
    }

    /** Worker {@code i}'s average load over the window, in percent. Any thread. */
    public double windowLoad(final int i)
    {
        return windows[i].average();
    }

    /** Rebalance requests posted to workers (automatic and manual). Any thread. */
    public long requests()
    {
        return requests.get();
    }

    /** {@code rebalance_period} in nanoseconds; 0: off. */
    public long periodNs()
    {
        return periodNs;
    }

    public int thresholdPercent()
    {
        return thresholdPercent;
    }

    public int windowSeconds()
    {
        return windows[0].capacity();
    }

    /** Stops the sampler thread. */
    @Override
    public void close()
    {
        running = false;
        final Thread t = thread;
        if (t != null)
        {
            LockSupport.unpark(t);
            try
            {
                t.join(TimeUnit.SECONDS.toMillis(2));
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }
    }
}
