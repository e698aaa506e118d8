package io.sluice.api;

import java.io.IOException;

/**
 * A server answered a replayed session command differently from how the session's first server
 * answered it (an OK where the client got an error, or the other way round): its session state
 * cannot match the client's, so the connection is closed and {@link RouterSession#handleError} is
 * told with this cause (MaxScale's "session command history mismatch").
 */
public class HistoryMismatchException extends IOException
{
    private static final long serialVersionUID = 1L;

    public HistoryMismatchException(final String message)
    {
        super(message);
    }
}
