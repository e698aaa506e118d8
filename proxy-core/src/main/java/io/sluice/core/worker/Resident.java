package io.sluice.core.worker;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * What a worker hosts for a client (a session, built in {@code core.session}): ticked about once a
 * second, terminated when the worker shuts down, listed by the admin API.
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

    /** The session's id, as the admin API and the logs name it; 0 for a session without one. */
    default long sessionId()
    {
        return 0;
    }

    /**
     * Whether the session may move to another worker now (rebalancing): nothing of it is in flight
     * on this worker. Worker thread, between event batches. The default: never.
     */
    default boolean isMovable()
    {
        return false;
    }

    /** Its recent I/O activity ({@link IoActivity#activity()}): the most active movable session moves first. */
    default long ioActivity()
    {
        return 0;
    }

    /**
     * Moves a {@link #isMovable() movable} session to {@code recipient}: it leaves this worker now
     * ({@link Worker#residentLeft}) and is handed over through the recipient's inbox, which registers
     * its connections and makes it the owner ({@link Worker#residentArrived}). Worker thread (the
     * current owner), between event batches.
     */
    default void moveTo(final Worker recipient)
    {
        throw new UnsupportedOperationException("this session cannot move");
    }

    /** What the admin API shows of this session, or null. Worker thread; control plane (may allocate). */
    default Info info()
    {
        return null;
    }

    /**
     * A session as the admin API lists it.
     *
     * @param id        the session id
     * @param service   the service's name
     * @param remote    the client's address
     * @param user      the user the client logged in as, null before it has
     * @param servers   the servers it has connections to, by name
     * @param startedNs when it started ({@link System#nanoTime()})
     * @param queries   the client's commands routed so far (statements, prepares, pings...; not the
     *                  continuation of a long packet nor LOAD DATA content)
     */
    record Info(long id, String service, InetSocketAddress remote, String user, List<String> servers, long startedNs,
        long queries)
    {
    }
}
