package io.sluice.core.worker;

/** Something a worker keeps alive for a client: closed by the worker when it shuts down. */
public interface Session
{
    /** Closes the session and all of its connections now. Worker thread. */
    void terminate(String reason);

    /**
     * The worker's periodic check, about once every {@link Worker#SESSION_CHECK_PERIOD_NS}: time
     * out what has waited too long (it may end the session). Worker thread; must not allocate
     * unless it acts.
     */
    default void tick(final long nowNs)
    {
    }
}
