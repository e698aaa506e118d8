package io.sluice.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** The core's side of a session's client connection, given to {@link Protocol#newClient}. Worker thread only. */
public interface ClientContext
{
    /** Unique per Sluice process. */
    long sessionId();

    /** The service the session belongs to. */
    ServiceContext service();

    /** Where the client connects from. */
    InetSocketAddress remoteAddress();

    /** Raw bytes to the client: everything in [position, limit) is consumed (queued if need be). */
    void write(ByteBuffer data) throws IOException;

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
}
