package io.sluice.core.worker;

/**
 * How active a session's I/O has been lately (MaxScale's {@code io_activity}): the reads of its
 * client and server connections, counted per second in a ring of {@link #SECONDS} slots. The
 * rebalancer moves the session of its busiest worker with the highest {@link #activity()}.
 *
 * <p>Owned by the session's worker thread: {@link #onIo()} per read, {@link #tick()} once a second
 * (the worker's session check). Allocation-free after construction.
 */
public final class IoActivity
{
    /** The seconds the activity covers, as MaxScale's 30-slot ring. */
    public static final int SECONDS = 30;

    private final int[] perSecond = new int[SECONDS];
    private int newest;
    private long sum;
    private int current;

    /** One read of one of the session's connections. Hot path: no allocation. */
    public void onIo()
    {
        current++;
    }

    /** A second has passed: the current count joins the ring, evicting the oldest. */
    public void tick()
    {
        newest = newest + 1 == SECONDS ? 0 : newest + 1;
        sum += current - perSecond[newest];
        perSecond[newest] = current;
        current = 0;
    }

    /** Reads over the last {@link #SECONDS} ticks plus those since the last tick. */
    public long activity()
    {
        return sum + current;
    }
}
