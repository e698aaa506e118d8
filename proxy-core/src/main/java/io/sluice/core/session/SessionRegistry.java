package io.sluice.core.session;

import io.sluice.api.ClientContext;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's session ids and its live sessions by id, whatever their service or worker: what
 * {@link ClientContext#withSession} looks a session up in. Ids count up from
 * {@link ClientContext#FIRST_SESSION_ID} to {@link ClientContext#LAST_SESSION_ID}, then start over,
 * skipping ids still in use. Any thread; a session is added once it has started and removed when
 * it ends (control plane: a map entry per session).
 */
final class SessionRegistry
{
    private static final AtomicLong LAST_ID = new AtomicLong(ClientContext.FIRST_SESSION_ID - 1);
    private static final ConcurrentHashMap<Long, RoutedSession> LIVE = new ConcurrentHashMap<>();

    private SessionRegistry()
    {
    }

    /** A new session id: the next one up, or after the last one the first again, never one in use. */
    static long nextId()
    {
        while (true)
        {
            final long id = LAST_ID.updateAndGet(SessionRegistry::after);
            if (!LIVE.containsKey(id))
            {
                return id;
            }
        }
    }

    /** The id after {@code last}: the next one up, or the first after the last. */
    static long after(final long last)
    {
        return last >= ClientContext.LAST_SESSION_ID || last < ClientContext.FIRST_SESSION_ID
            ? ClientContext.FIRST_SESSION_ID : last + 1;
    }

    static void started(final RoutedSession session)
    {
        LIVE.put(session.sessionId(), session);
    }

    static void ended(final RoutedSession session)
    {
        LIVE.remove(session.sessionId(), session);
    }

    /** The live session with this id, or null. */
    static RoutedSession find(final long id)
    {
        return LIVE.get(id);
    }

    /** The live sessions now (a copy). */
    static java.util.List<RoutedSession> all()
    {
        return new java.util.ArrayList<>(LIVE.values());
    }
}
