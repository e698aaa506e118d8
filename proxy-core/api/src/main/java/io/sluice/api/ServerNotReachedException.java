package io.sluice.api;

import java.io.IOException;

/**
 * A server connection failed before it was ready (its TCP connect, its login or the replay of the
 * session's history failed): nothing the router wrote to it reached the server as a statement, so a
 * router may send any of those statements elsewhere, writes included. {@link RouterSession#handleError}
 * is told with this cause. Added in API 2.2.
 */
public class ServerNotReachedException extends IOException
{
    private static final long serialVersionUID = 1L;

    public ServerNotReachedException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
