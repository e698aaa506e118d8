package io.sluice.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import java.util.function.Function;

/** The core's side of a session's client connection, given to {@link Protocol#newClient}. Worker thread only. */
public interface ClientContext
{
    /**
     * The first session id. Session ids count up from here to {@link #LAST_SESSION_ID} (then start
     * here again, skipping ids still in use), apart from the servers' own connection ids, which
     * count up from 1: a MariaDB client's {@code KILL N} names a Sluice session when N is in this
     * range, and a server connection (from the server's {@code SHOW PROCESSLIST}) otherwise.
     */
    long FIRST_SESSION_ID = 1_000_000_001L;

    /**
     * The last session id: 2^31 - 1, since the MariaDB handshake carries the connection id in 4
     * bytes and MariaDB Connector/J reads them as a signed number.
     */
    long LAST_SESSION_ID = 0x7FFF_FFFFL;

    /**
     * Unique among the live sessions of the Sluice process, from {@link #FIRST_SESSION_ID} to
     * {@link #LAST_SESSION_ID}; the admin API names the session by it, and for MariaDB it is the
     * client's connection id.
     */
    long sessionId();

    /** The service the session belongs to. */
    ServiceContext service();

    /** Where the client connects from. */
    InetSocketAddress remoteAddress();

    /** Raw bytes to the client: everything in [position, limit) is consumed (queued if need be). */
    void write(ByteBuffer data) throws IOException;

    /**
     * True if the listener speaks TLS ({@code ssl=true}): a protocol with an in-band upgrade (MariaDB's
     * SSLRequest) offers it to the client. Added in API 2.3.
     */
    default boolean tlsAvailable()
    {
        return false;
    }

    /**
     * True if the listener refuses clients that do not switch to TLS ({@code require_secure_transport}): the
     * protocol answers a plain login with its error for that. Added in API 2.3.
     */
    default boolean tlsRequired()
    {
        return false;
    }

    /**
     * Switches the client connection to TLS (Sluice is the TLS server). Call it from {@link ClientProtocol#onData}
     * once the client's request to upgrade has been read, leaving the bytes that follow that request unconsumed in
     * the buffer: they are the start of the client's TLS handshake. From then on {@link ClientProtocol#onData} gets
     * decrypted bytes, and what is written is encrypted (held until the handshake completes). A failed handshake
     * closes the session. Added in API 2.3.
     */
    default void startTls() throws IOException
    {
        throw new IOException("the listener has no TLS");
    }

    /** True once {@link #startTls()} was called. Added in API 2.3. */
    default boolean isTls()
    {
        return false;
    }

    /**
     * The client is ready to be routed (authenticated): the core opens the router session, which
     * usually connects to servers. Throws if the router refuses the session. Until this is called,
     * the core closes a session older than the service's {@code connect_timeout}.
     */
    void startRouting() throws IOException;

    /** True once {@link #startRouting} succeeded. */
    boolean isRouting();

    /** A unit of the client's traffic (for a framed protocol, one packet) for the router, with what it is. */
    void routeQuery(ByteBuffer data, Query query) throws IOException;

    /** Stops reading from the client (while waiting on something), until {@link #resumeReading}. */
    void pauseReading() throws IOException;

    void resumeReading() throws IOException;

    /** Runs a task on this session's worker, from any thread (for results of background work). */
    void execute(Runnable task);

    /** Runs a task on this session's worker after a delay; cancel it with the returned handle. */
    Cancellable schedule(long delayMs, Runnable task);

    /** Ends the session (the client side decided: a failed login, a protocol error, the client quit). */
    void close(String reason);

    /**
     * Reaches another live session of this Sluice process by its {@link #sessionId()}, whatever its
     * service (this session included): runs {@code task} on that session's worker with its client
     * protocol, then {@code whenDone} on this session's worker with what the task returned, or with
     * null when no live session has that id. {@code whenDone} does not run if this session has ended
     * by then. The task must not block (it runs on a worker) and should not return null; it may act
     * on the other session through that protocol (e.g. close it with its own context). For MariaDB's
     * {@code KILL}. Control plane: allocates.
     */
    <T> void withSession(long sessionId, Function<ClientProtocol, T> task, Consumer<T> whenDone);
}
