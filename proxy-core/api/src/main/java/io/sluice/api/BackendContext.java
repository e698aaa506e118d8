package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/** The core's side of one server connection, given to {@link Protocol#newBackend}. Worker thread only. */
public interface BackendContext
{
    Target target();

    /** The session's id (for logs). */
    long sessionId();

    /** True once the connection is closed (by the router, the server or a failure): it carries nothing more. */
    boolean isClosed();

    /** Raw bytes to the server: everything in [position, limit) is consumed (queued if need be). */
    void writeToServer(ByteBuffer data) throws IOException;

    /** Server bytes for the router, with what the protocol knows about the response they belong to. */
    void reply(ByteBuffer data, Reply reply) throws IOException;

    /**
     * The connection cannot be used (the server refused the login, spoke garbage...): it is closed
     * and the router's {@link RouterSession#handleError} is told {@code reason}.
     */
    void fail(String reason);

    /**
     * As {@link #fail(String)}, with a typed cause (e.g. a {@link HistoryMismatchException}), which
     * {@link RouterSession#handleError} gets as it is, its message prefixed with the server's name.
     */
    void fail(IOException cause);
}
