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

    /**
     * Switches the server connection to TLS with the server's {@link Target#tls()} settings (Sluice is the TLS
     * client): call it after writing the protocol's request to upgrade (MariaDB's SSLRequest). The handshake runs on
     * the worker; what is written from now on is encrypted and held until the handshake completes, and
     * {@link BackendProtocol#onData} gets decrypted bytes. A failed handshake (e.g. the server's certificate is not
     * trusted) closes the connection with the reason. Added in API 2.3.
     */
    default void startTls() throws IOException
    {
        throw new IOException("TLS is not supported here");
    }

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
