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
    /** Unique per Sluice process. */
    long id();

    /** The service's name. */
    String serviceName();

    /** The service's servers. */
    List<Target> targets();

    /** Opens a connection to a server on this session's worker; its bytes arrive through clientReply. */
    Endpoint connect(Target target) throws IOException;

    /** Sends bytes to the client: everything in [position, limit) is consumed (queued if need be). */
    void writeToClient(ByteBuffer data) throws IOException;

    /** Half-closes the client connection once everything queued for it was written. */
    void shutdownClientOutputWhenFlushed() throws IOException;

    /** Closes the session: the client connection and every endpoint. */
    void close(String reason);
}
