package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A session's connection to one server. Worker thread only. */
public interface Endpoint
{
    Target target();

    /**
     * Sends a client packet to the server: everything in [position, limit) is consumed (queued if
     * need be, e.g. while the protocol logs in or replays the session's history). The protocol
     * adapts it for this server by what {@code query} says (for MariaDB, the prepared statement id
     * the client named becomes this server's id; a prepare's answer is given the client's id). Pass
     * the {@link Query} the packet was routed with; a router that keeps a packet to send later keeps
     * its query's values too (any {@link Query} implementation will do).
     */
    void write(ByteBuffer data, Query query) throws IOException;

    /** Half-closes the connection once everything queued for it was written. */
    void shutdownOutputWhenFlushed() throws IOException;

    /** True once the protocol has logged in (and replayed the history): what is written now goes out at once. */
    boolean isReady();

    /**
     * Closes the connection now; the session goes on without it (it leaves {@link SessionContext#endpoints()},
     * and no error is reported for it).
     */
    void close();

    boolean isClosed();
}
