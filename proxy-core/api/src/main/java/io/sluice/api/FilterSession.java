package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One session's part of a filter chain. Called on the session's worker only. The buffers are the
 * worker's: pass them on, consume them, or copy what you keep before returning. An IOException
 * closes the session with that cause.
 */
public interface FilterSession
{
    /** A query on its way down: usually {@code down.routeQuery(data, query)}, after looking at it. */
    void routeQuery(ByteBuffer data, Query query) throws IOException;

    /** A reply on its way up: usually {@code up.clientReply(from, data, reply)}, after looking at it. */
    void clientReply(Endpoint from, ByteBuffer data, Reply reply) throws IOException;

    /** The session is closing. */
    default void close()
    {
    }

    /**
     * Whether the session may move to another worker now: the filter waits on nothing and holds
     * nothing (see {@link RouterSession#isMovable()}). The default, false, keeps a session with a
     * filter that does not know of moves on its worker. Added in API 2.2.
     */
    default boolean isMovable()
    {
        return false;
    }

    /** The session now runs on another worker thread ({@link RouterSession#moved()}). Added in API 2.2. */
    default void moved()
    {
    }
}
