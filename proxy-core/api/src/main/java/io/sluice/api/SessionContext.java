package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The core's side of one session, given to {@link Router#newSession}. Worker thread only.
 * Back-pressure is the core's job: when an endpoint's write queue passes {@code writeq_high_water}
 * the core stops reading from the client, and when the client's does, it stops reading from the
 * endpoints, until the queue drains to {@code writeq_low_water}.
 */
public interface SessionContext
{
    /** The session's id ({@link ClientContext#sessionId()}); for MariaDB also the client's connection id. */
    long id();

    /** The service's name. */
    String serviceName();

    /** The service's servers. */
    List<Target> targets();

    /**
     * Opens a connection to a server on this session's worker; its bytes arrive through clientReply.
     * The protocol logs it in as the client's user and replays the {@link #history()} into it before
     * anything the router writes. When it ends (closed by the router, or failed), it leaves the
     * session's endpoints.
     */
    Endpoint connect(Target target) throws IOException;

    /** The session's open endpoints, in the order they were opened. */
    List<Endpoint> endpoints();

    /**
     * Sends bytes to the client: everything in [position, limit) is consumed (queued if need be).
     *
     * @param from  the endpoint whose reply these bytes are, or null for bytes the router made itself
     * @param reply what the protocol knows about that reply ({@link Reply#UNKNOWN} for the router's own
     *              bytes): the client protocol follows the client's view of the conversation with it
     *              (which server's packets the client got last), and filters see it
     */
    void writeToClient(ByteBuffer data, Endpoint from, Reply reply) throws IOException;

    /**
     * Sends the client an error in place of the response to its current command (or as the next
     * response), made and numbered by the protocol: MariaDB error {@code code}, {@code sqlState},
     * {@code message}. A protocol that has no errors (raw) closes the session instead.
     */
    void writeErrorToClient(int code, String sqlState, String message) throws IOException;

    /** Half-closes the client connection once everything queued for it was written. */
    void shutdownClientOutputWhenFlushed() throws IOException;

    /** The session's history of session commands, kept by its protocol ({@link SessionHistory#NONE} if none). */
    SessionHistory history();

    /** Runs a task on this session's worker, from any thread; dropped if the session has ended by then. */
    void execute(Runnable task);

    /** Runs a task on this session's worker after a delay (not if the session has ended by then). */
    Cancellable schedule(long delayMs, Runnable task);

    /** Closes the session: the client connection and every endpoint. */
    void close(String reason);
}
