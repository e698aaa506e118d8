package io.sluice.core.module;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One client's routing state. Called only on the worker that owns the session. The buffers passed
 * in are the worker's: consume the bytes in [position, limit) or copy them before returning.
 * An IOException thrown from a call closes the session with that cause.
 */
public interface RouterSession
{
    /** Bytes from the client, to route to one or more endpoints. */
    void routeQuery(ByteBuffer data) throws IOException;

    /** Bytes from a server, usually passed on with {@link SessionContext#writeToClient}. */
    void clientReply(Endpoint from, ByteBuffer data) throws IOException;

    /**
     * An endpoint failed (connect refused, reset, ...). It is already closed.
     *
     * @return true if the session carries on without it, false to close the session
     */
    boolean handleError(Endpoint from, IOException cause);

    /** The client will send nothing more (it half-closed). */
    default void clientEndOfStream() throws IOException
    {
    }

    /** A server will send nothing more on this endpoint. */
    default void endpointEndOfStream(final Endpoint from) throws IOException
    {
    }

    /** The session is closing; its endpoints and the client connection are closed by the core. */
    default void close()
    {
    }
}
