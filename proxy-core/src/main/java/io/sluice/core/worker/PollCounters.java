package io.sluice.core.worker;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What one worker's poll loop did, for the admin API ({@code GET /v1/maxscale/threads}) and the
 * end-to-end benchmark (poll calls and sleeps per query): how often it called the poller
 * ({@code epoll_wait}), how many of those calls could sleep (a non-zero timeout), how many came
 * back empty, and how many events they returned.
 *
 * <p>Threading: one writer, the worker; any thread reads. The writer keeps plain {@code long}s and
 * publishes each new value with an opaque store (a plain store on x86 and aarch64: no fence, no
 * locked instruction, no cache line shared with another writer); readers see every value whole,
 * possibly a few increments behind. Hot path: no allocation.
 */
public final class PollCounters
{
    private static final VarHandle POLLS;
    private static final VarHandle BLOCKING_POLLS;
    private static final VarHandle EMPTY_POLLS;
    private static final VarHandle EVENTS;

    static
    {
        try
        {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            POLLS = lookup.findVarHandle(PollCounters.class, "polls", long.class);
            BLOCKING_POLLS = lookup.findVarHandle(PollCounters.class, "blockingPolls", long.class);
            EMPTY_POLLS = lookup.findVarHandle(PollCounters.class, "emptyPolls", long.class);
            EVENTS = lookup.findVarHandle(PollCounters.class, "events", long.class);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new ExceptionInInitializerError(e);
        }
    }

    private long polls;
    private long blockingPolls;
    private long emptyPolls;
    private long events;

    /** One poll call returned; {@code blocking} when its timeout was not zero. Owner thread only. */
    void onPoll(final boolean blocking, final int ready)
    {
        // hot path: no allocation
        POLLS.setOpaque(this, polls + 1);
        if (blocking)
        {
            BLOCKING_POLLS.setOpaque(this, blockingPolls + 1);
        }
        if (ready == 0)
        {
            EMPTY_POLLS.setOpaque(this, emptyPolls + 1);
        }
        else
        {
            EVENTS.setOpaque(this, events + ready);
        }
    }

    /** Poll calls ({@code epoll_wait} or {@code Selector.select}), whatever their timeout. */
    public long polls()
    {
        return (long)POLLS.getOpaque(this);
    }

    /** Poll calls with a timeout other than zero: the ones that may put the worker to sleep. */
    public long blockingPolls()
    {
        return (long)BLOCKING_POLLS.getOpaque(this);
    }

    /** Poll calls that returned no event (a timeout, or a zero-timeout call that found nothing). */
    public long emptyPolls()
    {
        return (long)EMPTY_POLLS.getOpaque(this);
    }

    /** Events returned by all poll calls (the eventfd's included). */
    public long events()
    {
        return (long)EVENTS.getOpaque(this);
    }
}
