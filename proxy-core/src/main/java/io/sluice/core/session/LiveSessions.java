package io.sluice.core.session;

import io.sluice.core.worker.Resident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The admin API's way to the live sessions, whatever worker they are on or moving to: each is asked
 * on the worker that owns it when the question arrives (a session that moves meanwhile is asked on
 * its new worker), so none is missed or seen twice while rebalancing moves it. Control plane (any
 * thread but a worker's: it waits).
 */
public final class LiveSessions
{
    private LiveSessions()
    {
    }

    /**
     * A live session as its worker described it.
     *
     * @param info   what it shows ({@link Resident#info()})
     * @param worker the id of the worker it is on
     */
    public record Described(Resident.Info info, int worker)
    {
    }

    /** Every live session, by id; those that do not answer within timeoutMs (or end meanwhile) are left out. */
    public static List<Described> describe(final long timeoutMs) throws InterruptedException
    {
        final List<RoutedSession> sessions = SessionRegistry.all();
        final List<Described> described = new CopyOnWriteArrayList<>();
        final CountDownLatch answered = new CountDownLatch(sessions.size());
        for (final RoutedSession session : sessions)
        {
            session.runOnOwner(() ->
            {
                try
                {
                    if (!session.hasEnded())
                    {
                        final Resident.Info info = session.info();
                        if (info != null)
                        {
                            described.add(new Described(info, session.owner().id()));
                        }
                    }
                }
                finally
                {
                    answered.countDown();
                }
            });
        }
        answered.await(timeoutMs, TimeUnit.MILLISECONDS);
        final List<Described> sorted = new ArrayList<>(described);
        sorted.sort(Comparator.comparingLong(d -> d.info().id()));
        return sorted;
    }

    /**
     * Terminates the live session with this id on its worker.
     *
     * @return false when no live session has that id (or it ended before its worker got to it)
     */
    public static boolean terminate(final long id, final String reason, final long timeoutMs)
        throws InterruptedException
    {
        final RoutedSession session = SessionRegistry.find(id);
        if (session == null)
        {
            return false;
        }
        final AtomicBoolean terminated = new AtomicBoolean();
        final CountDownLatch done = new CountDownLatch(1);
        session.runOnOwner(() ->
        {
            try
            {
                if (!session.hasEnded())
                {
                    terminated.set(true);
                    session.terminate(reason);
                }
            }
            finally
            {
                done.countDown();
            }
        });
        done.await(timeoutMs, TimeUnit.MILLISECONDS);
        return terminated.get();
    }
}
