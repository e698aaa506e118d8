package io.sluice.router.rwsplit;

/**
 * Compares how each server answered a session command with how the client was answered (MaxScale
 * closes a backend whose OK/ERR differs from the replier's). The replier's outcome and the other
 * servers' outcomes may come in either order: whichever comes second makes the comparison. Holds the
 * last {@value #SLOTS} session commands by number, servers by their index in the service (at most 64).
 * Worker thread only; allocates nothing.
 */
final class SessionCommandOutcomes
{
    static final int SLOTS = 64;
    private static final byte UNKNOWN = 0;
    private static final byte OK = 1;
    private static final byte ERROR = 2;

    private final long[] numbers = new long[SLOTS];
    private final byte[] replierOutcomes = new byte[SLOTS];
    private final long[] waitingOk = new long[SLOTS];
    private final long[] waitingError = new long[SLOTS];

    /** A session command numbered {@code number} was sent. */
    void sent(final long number)
    {
        final int slot = (int)(number & (SLOTS - 1));
        numbers[slot] = number;
        replierOutcomes[slot] = UNKNOWN;
        waitingOk[slot] = 0;
        waitingError[slot] = 0;
    }

    /**
     * The client got its reply: returns the bits of the servers (by index) that answered the other
     * way before it, to be closed.
     */
    long replierAnswered(final long number, final boolean error)
    {
        final int slot = (int)(number & (SLOTS - 1));
        if (numbers[slot] != number)
        {
            return 0;
        }
        replierOutcomes[slot] = error ? ERROR : OK;
        final long mismatched = error ? waitingOk[slot] : waitingError[slot];
        waitingOk[slot] = 0;
        waitingError[slot] = 0;
        return mismatched;
    }

    /**
     * Another server answered: true if its answer differs from the client's (known now); if the
     * client's is not known yet, the server waits for {@link #replierAnswered}.
     */
    boolean otherAnswered(final long number, final int serverIndex, final boolean error)
    {
        final int slot = (int)(number & (SLOTS - 1));
        if (numbers[slot] != number)
        {
            return false; // too old to compare: the history replay of a later server still checks it
        }
        final byte replier = replierOutcomes[slot];
        if (replier == UNKNOWN)
        {
            if (error)
            {
                waitingError[slot] |= 1L << serverIndex;
            }
            else
            {
                waitingOk[slot] |= 1L << serverIndex;
            }
            return false;
        }
        return (replier == ERROR) != error;
    }
}
