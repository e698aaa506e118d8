package io.sluice.router.rwsplit;

/**
 * The responses one server connection owes, in the order it will send them, and what each is for:
 * the client's ({@link #CLIENT}), a copy of a session command whose reply is compared with the
 * client's and dropped ({@link #SESSION_COMMAND}), or one simply dropped ({@link #IGNORE}). A ring of
 * longs: a kind in the low bits, a session command's number above them. Grows, never shrinks.
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

    /** The session command number of the first owed response that goes to the client (0: none, or no command). */
    long firstClientSessionCommand()
    {
        for (int i = 0; i < size; i++)
        {
            final long entry = ring[(head + i) & (ring.length - 1)];
            if ((entry & KIND_MASK) == CLIENT)
            {
                return entry >>> KIND_BITS;
            }
        }
        return 0;
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
