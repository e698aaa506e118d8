package io.sluice.core.session;

/**
 * When the commands still awaiting a response on one server connection were written, oldest first,
 * so that each complete response gives its command's response time. Commands pipelined deeper than
 * {@link #CAPACITY} are not timed: from the first command that finds the clock full until every
 * command in flight has been answered, new commands are not timed either (their responses could not
 * be matched to their times). Worker thread only; allocates nothing after construction.
 */
final class ResponseClock
{
    /** Commands timed at once; a power of two. */
    static final int CAPACITY = 16;
    private static final int MASK = CAPACITY - 1;

    private final long[] sentNs = new long[CAPACITY];
    private int head;
    /** The oldest {@code timed} commands in flight have their time in the ring. */
    private int timed;
    private int inFlight;

    /** A command that gets a response was written at {@code nowNs}. */
    void sent(final long nowNs)
    {
        // hot path: no allocation
        if (timed == inFlight && timed < CAPACITY)
        {
            sentNs[(head + timed) & MASK] = nowNs;
            timed++;
        }
        inFlight++;
    }

    /**
     * The oldest command in flight got the end of its response at {@code nowNs}: how long it took, or
     * -1 when it was not timed (or no command was in flight).
     */
    long completed(final long nowNs)
    {
        // hot path: no allocation
        if (inFlight == 0)
        {
            return -1;
        }
        inFlight--;
        if (timed == 0)
        {
            return -1;
        }
        final long elapsedNs = nowNs - sentNs[head];
        head = (head + 1) & MASK;
        timed--;
        return elapsedNs;
    }

    /** Commands written and not answered yet. */
    int inFlight()
    {
        return inFlight;
    }
}
