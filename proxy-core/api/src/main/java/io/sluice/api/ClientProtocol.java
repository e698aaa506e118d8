package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The client side of one session: handshake and authentication, then framing the client's bytes
 * into what the router sees ({@link ClientContext#routeQuery}), and writing the router's replies
 * back. Worker thread only; the buffers passed in are the worker's: consume or copy before returning.
 * An IOException thrown from a call closes the session with that cause.
 */
public interface ClientProtocol
{
    /** The connection was accepted: greet the client if the protocol starts with a server message. */
    void start() throws IOException;

    /** Raw bytes from the client. */
    void onData(ByteBuffer data) throws IOException;

    /**
     * True while the client has sent part of a unit of its traffic (a packet) and not the rest. The
     * core asks about once a second, not per read: a session whose client then sends nothing for the
     * service's {@code net_read_timeout} is closed (MariaDB's net_read_timeout).
     */
    default boolean isReadIncomplete()
    {
        return false;
    }

    /**
     * Whether the session may move to another worker now: the client side is past its login, has
     * no packet half read, owes the client no response, and holds no packet, answer or pending task
     * (see {@link RouterSession#isMovable()}). The default, false, never moves a session of a
     * protocol that does not know of moves. Asked between event batches, not per packet. Added in
     * API 2.2.
     */
    default boolean isMovable()
    {
        return false;
    }

    /**
     * Bytes the router sends to the client.
     *
     * @param reply the server reply they belong to (its state as of their last byte), or
     *              {@link Reply#UNKNOWN} for bytes the router made
     */
    void writeToClient(ByteBuffer data, Reply reply) throws IOException;

    /**
     * An error made by the protocol for the client, in place of the response to its current command
     * (numbered after what the client got last). The default, for protocols without errors, fails.
     */
    default void writeError(final int code, final String sqlState, final String message) throws IOException
    {
        throw new IOException(message);
    }

    /**
     * The user the client logged in as, or null before it has (or for a protocol without users): what the
     * admin API shows of the session. Worker thread; called by the control plane, never per packet. Added in
     * API 2.2.
     */
    default String user()
    {
        return null;
    }

    /** The session's history of session commands, if the protocol keeps one. */
    default SessionHistory history()
    {
        return SessionHistory.NONE;
    }

    /**
     * The session is ending for {@code reason} (null: a normal end). A last message to the client
     * (an error for the statement it is waiting on) may be written here; the connection closes after.
     */
    default void sessionClosing(final String reason)
    {
    }
}
