package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One client's routing state. Under a framing protocol, {@link #routeQuery} gets one client packet
 * per call (a packet longer than the read buffer may come in pieces), already authenticated. Called only on the worker
 * that owns the session. The buffers passed
 * in are the worker's: consume the bytes in [position, limit) or copy them before returning.
 * An IOException thrown from a call closes the session with that cause.
 */
public interface RouterSession
{
    /**
     * A client packet, to route to one or more endpoints. {@code query} says what the protocol knows
     * about it (the command, a continuation, LOCAL INFILE data, the prepared statement it names, whether
     * a response will come); {@link Query#UNKNOWN} under the raw protocol.
     */
    void routeQuery(ByteBuffer data, Query query) throws IOException;

    /**
     * Bytes from a server, usually passed on with {@link SessionContext#writeToClient} together with
     * {@code from} and {@code reply}. {@code reply} tells what the protocol knows about the response
     * they belong to ({@link Reply#isComplete()} with the bytes that end it); {@link Reply#UNKNOWN}
     * under the raw protocol. A router that sends a command to several servers passes one server's
     * reply to the client and drops the others'.
     */
    void clientReply(Endpoint from, ByteBuffer data, Reply reply) throws IOException;

    /**
     * An endpoint failed (connect refused, reset, refused login, a {@link HistoryMismatchException},
     * ...). It is already closed and no longer among the session's endpoints.
     *
     * @return true if the session carries on without it, false to close the session
     */
    boolean handleError(Endpoint from, IOException cause);

    /**
     * The client will send nothing more (it closed or half-closed its side).
     *
     * @return true to keep the session open half-closed (a byte-level router finishing the
     *         replies); false, the default, ends the session, which is what a database client's
     *         hang-up means
     */
    default boolean clientEndOfStream() throws IOException
    {
        return false;
    }

    /**
     * A server will send nothing more on this endpoint.
     *
     * @return true to keep the endpoint half-closed; false, the default, closes it and reports it
     *         to {@link #handleError} as "the server closed the connection"
     */
    default boolean endpointEndOfStream(final Endpoint from) throws IOException
    {
        return false;
    }

    /** The session is closing; its endpoints and the client connection are closed by the core. */
    default void close()
    {
    }

    /**
     * Whether the session may move to another worker now (rebalancing, MaxScale's
     * {@code rebalance_period}): true only when the router waits on no reply, has nothing queued or
     * held, and no timer or task of its own is pending ({@link SessionContext#schedule}). The core
     * asks between event batches and checks its own side too (nothing queued on any connection, no
     * packet half read or half written, and the protocol's {@code isMovable()}). The default, false,
     * keeps a router that does not know of moves where it is. Added in API 2.2.
     */
    default boolean isMovable()
    {
        return false;
    }

    /**
     * The session now runs on another worker thread (it was {@link #isMovable() movable} and was
     * moved): per-thread resources taken before (a per-worker cache) must be taken anew here. Called
     * on the new worker, before any other call there. Added in API 2.2.
     */
    default void moved()
    {
    }
}
