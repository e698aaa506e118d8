package io.sluice.api;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The backend side of one server connection of a session: logging in to the server, then passing
 * the router's traffic to it and the server's replies, with a {@link Reply} for each, back to the
 * router ({@link BackendContext#reply}). Worker thread only; buffers are the worker's.
 */
public interface BackendProtocol
{
    /** Raw bytes from the server. */
    void onData(ByteBuffer data) throws IOException;

    /** Traffic the router sends to this server; held until the login is done if need be. */
    void write(ByteBuffer data, Query query) throws IOException;

    /** True once the server accepted the login (and the session's history was replayed): traffic flows. */
    boolean isReady();

    /**
     * The connection is closing while the session goes on or ends ({@code clientGone} when the
     * client hung up): a protocol may clean up on the server, e.g. kill a statement still running.
     */
    default void closing(final boolean clientGone)
    {
    }

    /**
     * Whether this server connection may move to another worker now with its session: logged in,
     * nothing held, no response outstanding, no packet half read (see {@link RouterSession#isMovable()}).
     * The default, false, never moves it. Added in API 2.2.
     */
    default boolean isMovable()
    {
        return false;
    }
}
