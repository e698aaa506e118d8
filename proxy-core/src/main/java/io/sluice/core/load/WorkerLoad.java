package io.sluice.core.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;

/**
 * The load of one worker, as defined by the seed document (MaxScale's {@code WorkerLoad}):
 * for each period of length T, with t the part of it spent inside {@code epoll_wait()},
 * {@code L = 100 * ((T - t) / T)}.
 *
 * <ul>
 *   <li>The <b>period load</b> is the load of the most recently measured period, always computed
 *       over the true measured length of that period (a late period is not stretched to T).</li>
 *   <li>The <b>1-minute load</b> covers the last {@code round(60 s / T)} periods (6 at T = 10 s,
 *       60 at T = 1 s): {@code 100 * sum(busy) / sum(length)}, so each period weighs by its true
 *       length; with equal lengths that is the plain average of the period loads.</li>
 *   <li>The <b>1-hour load</b> covers the last 60 one-minute values, each a run of
 *       {@code round(60 s / T)} consecutive periods; the newest minute may still be in progress.</li>
 *   <li>Before enough history exists, each average covers what exists.</li>
 * </ul>
 *
 * <p>Threading: {@link #aboutToWait} and {@link #aboutToWork} are called by the owning worker
 * only, around its poll call. The three loads are published through volatile fields when a
 * period closes, so any thread may read them without a lock. Hot path: no allocation.
 *
 * <p>Besides the periods, the worker's busy time since it started ({@link #busyNs()}) is published
 * at every wait (an opaque store: a plain store on x86), so a sampler can take the load over any
 * interval of its own, e.g. the rebalancer's 1-second samples, from two readings.
 */
public final class WorkerLoad
{
    private static final Logger LOG = LoggerFactory.getLogger(WorkerLoad.class);
    private static final VarHandle BUSY_NS;
    private static final long ONE_MINUTE_NS = TimeUnit.MINUTES.toNanos(1);
    private static final int MINUTES_PER_HOUR = 60;
    /** Keeps the minute ring at most 60 000 slots. */
    public static final long MIN_PERIOD_NS = 1_000_000L;

    private final String name;
    private final long periodNs;
    private final int periodsPerMinute;
    private final LoadAverageRing minute;
    private final LoadAverageRing hour;

    // Owner-thread state.
    private long periodStartNs;
    private long waitStartNs;
    private long waitedInPeriodNs;
    private int periodsInNewestMinute;
    /** When the worker returned from its last wait. */
    private long workStartNs;
    /** Busy time since the start: single writer, published with opaque stores ({@link #BUSY_NS}). */
    private long busyTotalNs;

    // Published for any thread.
    private volatile double periodLoad;
    private volatile double minuteLoad;
    private volatile double hourLoad;
    private volatile long periodsMeasured;

    /**
     * @param name     used in debug log lines, e.g. {@code worker-0}
     * @param periodNs the period T in nanoseconds
     * @param nowNs    the current time; the first period starts now
     */
    public WorkerLoad(final String name, final long periodNs, final long nowNs)
    {
        if (periodNs < MIN_PERIOD_NS)
        {
            throw new IllegalArgumentException("period must be at least 1 ms: " + periodNs + " ns");
        }
        this.name = name;
        this.periodNs = periodNs;
        this.periodsPerMinute = periodsPerMinute(periodNs);
        this.minute = new LoadAverageRing(periodsPerMinute);
        this.hour = new LoadAverageRing(MINUTES_PER_HOUR);
        this.periodStartNs = nowNs;
        this.waitStartNs = nowNs;
        this.workStartNs = nowNs;
    }

    static
    {
        try
        {
            BUSY_NS = MethodHandles.lookup().findVarHandle(WorkerLoad.class, "busyTotalNs", long.class);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** How many periods make the 1-minute load: 60 s / T rounded, at least 1. */
    public static int periodsPerMinute(final long periodNs)
    {
        return (int)Math.max(1, Math.round((double)ONE_MINUTE_NS / periodNs));
    }

    /**
     * The worker is about to block in its poll call.
     *
     * @return nanoseconds until the current period ends (0 if it already has): the poll timeout
     *         must not exceed this, so that the wait returns by the end of every period even when
     *         nothing happens
     */
    public long aboutToWait(final long nowNs)
    {
        // hot path: no allocation. Single writer: a plain read, an opaque store for other threads.
        BUSY_NS.setOpaque(this, busyTotalNs + (nowNs - workStartNs));
        waitStartNs = nowNs;
        final long remainingNs = periodStartNs + periodNs - nowNs;
        return remainingNs > 0 ? remainingNs : 0;
    }

    /**
     * The worker returned from its poll call; closes the period if it is over. Hot path.
     *
     * @return whether a period closed (and its loads were published)
     */
    public boolean aboutToWork(final long nowNs)
    {
        waitedInPeriodNs += nowNs - waitStartNs;
        workStartNs = nowNs;
        final long lengthNs = nowNs - periodStartNs;
        if (lengthNs >= periodNs)
        {
            closePeriod(lengthNs);
            periodStartNs = nowNs;
            waitedInPeriodNs = 0;
            return true;
        }
        return false;
    }

    private void closePeriod(final long lengthNs)
    {
        final long busyNs = Math.max(0, lengthNs - waitedInPeriodNs);
        minute.add(busyNs, lengthNs);
        if (periodsInNewestMinute == 0 || periodsInNewestMinute == periodsPerMinute)
        {
            hour.add(busyNs, lengthNs);
            periodsInNewestMinute = 1;
        }
        else
        {
            hour.addToNewest(busyNs, lengthNs);
            periodsInNewestMinute++;
        }

        periodLoad = (100.0 * busyNs) / lengthNs;
        minuteLoad = minute.percent();
        hourLoad = hour.percent();
        periodsMeasured = periodsMeasured + 1; // single writer

        if (LOG.isDebugEnabled())
        {
            LOG.debug("{} load: period {}%, 1 min {}%, 1 h {}%", name,
                round1(periodLoad), round1(minuteLoad), round1(hourLoad));
        }
    }

    private static double round1(final double value)
    {
        return Math.round(value * 10.0) / 10.0;
    }

    /** Load in percent of the most recently measured period. Any thread. */
    public double periodLoad()
    {
        return periodLoad;
    }

    /** Load in percent over the last minute's worth of periods. Any thread. */
    public double minuteLoad()
    {
        return minuteLoad;
    }

    /** Load in percent over the last hour's worth of one-minute values. Any thread. */
    public double hourLoad()
    {
        return hourLoad;
    }

    /**
     * Nanoseconds the worker spent outside its poll call since it started, as of its last wait (a
     * stretch of work still going on is not in it yet). Any thread: the load over an interval is
     * {@code 100 * (busy at its end - busy at its start) / its length}.
     */
    public long busyNs()
    {
        return (long)BUSY_NS.getOpaque(this);
    }

    /** Periods closed so far. Any thread. */
    public long periodsMeasured()
    {
        return periodsMeasured;
    }

    public long periodNs()
    {
        return periodNs;
    }

    public int periodsPerMinuteCount()
    {
        return periodsPerMinute;
    }
}
