package io.sluice.core.worker;

/** Something a worker keeps alive for a client: closed by the worker when it shuts down. */
public interface Session
{
    /** Closes the session and all of its connections now. Worker thread. */
    void terminate(String reason);
}
