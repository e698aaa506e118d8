package io.sluice.api;

import java.nio.ByteBuffer;

/**
 * A session's history of session commands (MaxScale's session command history, kept by its client
 * protocol): the commands that change session state (SET, USE, PREPARE...) in the order the client
 * sent them, each with the outcome the client was given. A server connection the router opens later
 * gets the history replayed before anything else, and every replayed reply's outcome is compared with
 * the original: a server that answers differently is closed with a {@link HistoryMismatchException}.
 * Worker thread only.
 */
public interface SessionHistory
{
    /**
     * Records the packet being routed now (call it from {@link RouterSession#routeQuery} with the
     * routed buffer, whose bytes are copied) as a session command; its outcome is taken from the
     * first complete reply the client gets for it. A prepare is removed again when the client closes
     * the statement.
     *
     * @return the entry's id, increasing
     */
    long add(ByteBuffer packet);

    /** The number of entries. */
    int size();

    /** Forgets the oldest entry (MaxScale's {@code prune_sescmd_history}); false if there is none. */
    boolean removeOldest();

    /** Forgets every entry (for a reset session). */
    void clear();

    /** The history of a protocol that keeps none: nothing is recorded. */
    SessionHistory NONE = new SessionHistory()
    {
        @Override
        public long add(final ByteBuffer packet)
        {
            return -1;
        }

        @Override
        public int size()
        {
            return 0;
        }

        @Override
        public boolean removeOldest()
        {
            return false;
        }

        @Override
        public void clear()
        {
        }
    };
}
