package io.sluice.core.worker;

/**
 * What a worker hosts for a client (a session, built in {@code core.session}): ticked about once a
 * second, terminated when the worker shuts down.
 */
public interface Resident
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
