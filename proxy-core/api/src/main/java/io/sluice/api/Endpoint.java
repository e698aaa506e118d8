package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A session's connection to one server. Worker thread only. */
public interface Endpoint
{
    Target target();

    /** Sends bytes to the server: everything in [position, limit) is consumed (queued if need be). */
    void write(ByteBuffer data) throws IOException;

    /** Half-closes the connection once everything queued for it was written. */
    void shutdownOutputWhenFlushed() throws IOException;

    /** Closes the connection now. */
    void close();

    boolean isClosed();
}
