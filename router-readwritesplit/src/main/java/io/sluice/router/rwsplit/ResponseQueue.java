package io.sluice.router.rwsplit;

/**
 * The responses one server connection owes, in the order it will send them, and what each is for:
 * the client's ({@link #CLIENT}), a copy of a session command whose reply is compared with the
 * client's and dropped ({@link #SESSION_COMMAND}), or one simply dropped ({@link #IGNORE}), and the
 * router's own ({@link #CAUSAL_WAIT}, {@link #TRACKING}, {@link #REPLAY}). A ring of longs: a kind in
 * the low bits, a number above them (a session command's, a replayed statement's). Grows, never shrinks.
 */
final class ResponseQueue
{
    static final int CLIENT = 0;
    static final int IGNORE = 1;
    static final int SESSION_COMMAND = 2;
    /** A causal read's wait: OK if the replica caught up, an error if the read after it may be stale. */
    static final int CAUSAL_WAIT = 3;
    /** The answer to the statement that makes a connection report GTIDs (does it?). */
    static final int TRACKING = 4;
    /** A statement of a transaction being replayed: its answer is checked against the original's, then dropped. */
    static final int REPLAY = 5;
    private static final int KIND_BITS = 3;
    private static final long KIND_MASK = (1 << KIND_BITS) - 1;

    private long[] ring = new long[8];
    private int head;
    private int size;

    boolean isEmpty()
    {
        return size == 0;
    }

    int size()
    {
        return size;
    }

    // hot path: no allocation (once grown)
    void add(final int kind, final long sessionCommand)
    {
        if (size == ring.length)
        {
            grow();
        }
        ring[(head + size) & (ring.length - 1)] = sessionCommand << KIND_BITS | kind;
        size++;
    }

    /** The kind of the oldest owed response; call only when not empty. */
    int peekKind()
    {
        return (int)(ring[head] & KIND_MASK);
    }

    /** The session command number of the oldest owed response. */
    long peekSessionCommand()
    {
        return ring[head] >>> KIND_BITS;
    }

    void poll()
    {
        head = (head + 1) & (ring.length - 1);
        size--;
    }

    /** The first owed response that goes to the client is dropped instead (its read is answered elsewhere). */
    boolean demoteFirstClient()
    {
        for (int i = 0; i < size; i++)
        {
            final int at = (head + i) & (ring.length - 1);
            if ((ring[at] & KIND_MASK) == CLIENT)
            {
                ring[at] = ring[at] & ~KIND_MASK | IGNORE;
                return true;
            }
        }
        return false;
    }

    /** True if no owed response goes to the client. */
    boolean countClientIsZero()
    {
        for (int i = 0; i < size; i++)
        {
            if ((ring[(head + i) & (ring.length - 1)] & KIND_MASK) == CLIENT)
            {
                return false;
            }
        }
        return true;
    }

    /** How many owed responses go to the client. */
    int countClient()
    {
        int n = 0;
        for (int i = 0; i < size; i++)
        {
            if ((ring[(head + i) & (ring.length - 1)] & KIND_MASK) == CLIENT)
            {
                n++;
            }
        }
        return n;
    }

    /**
     * The session command numbers of the owed responses that go to the client, in order (0 for one that
     * answers no session command). Allocates: for failures only.
     */
    long[] clientSessionCommands()
    {
        final long[] numbers = new long[countClient()];
        int n = 0;
        for (int i = 0; i < size; i++)
        {
            final long entry = ring[(head + i) & (ring.length - 1)];
            if ((entry & KIND_MASK) == CLIENT)
            {
                numbers[n++] = entry >>> KIND_BITS;
            }
        }
        return numbers;
    }

    /**
     * Turns the owed replies to these session commands into the client's (their replier failed), if
     * every one of them is owed here; false, and nothing changes, otherwise.
     */
    boolean promoteAll(final long[] sessionCommands)
    {
        for (final long number : sessionCommands)
        {
            if (!owes(number))
            {
                return false;
            }
        }
        for (final long number : sessionCommands)
        {
            promote(number);
        }
        return true;
    }

    private boolean owes(final long sessionCommand)
    {
        for (int i = 0; i < size; i++)
        {
            final long entry = ring[(head + i) & (ring.length - 1)];
            if ((entry & KIND_MASK) == SESSION_COMMAND && entry >>> KIND_BITS == sessionCommand)
            {
                return true;
            }
        }
        return false;
    }

    /** Turns the owed reply to a session command into the client's (its replier failed); false if not owed. */
    boolean promote(final long sessionCommand)
    {
        for (int i = 0; i < size; i++)
        {
            final int at = (head + i) & (ring.length - 1);
            if ((ring[at] & KIND_MASK) == SESSION_COMMAND && ring[at] >>> KIND_BITS == sessionCommand)
            {
                ring[at] = sessionCommand << KIND_BITS | CLIENT;
                return true;
            }
        }
        return false;
    }

    void clear()
    {
        head = 0;
        size = 0;
    }

    private void grow()
    {
        final long[] bigger = new long[ring.length * 2];
        for (int i = 0; i < size; i++)
        {
            bigger[i] = ring[(head + i) & (ring.length - 1)];
        }
        ring = bigger;
        head = 0;
    }
}
