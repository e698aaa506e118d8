package io.sluice.core.worker;

import io.sluice.api.config.ParamSpec;
import io.sluice.core.config.CoreSpecs;
import io.sluice.core.poll.PollerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link WorkerPool#placeSession()} with real workers. Most tests leave the workers unstarted and
 * play the owner thread of each {@link io.sluice.core.load.WorkerLoad} themselves, so each load is
 * exact; one runs the workers and keeps one of them busy for real.
 */
class SessionPlacementTest
{
    /** Long beside the time between building the pool and measuring, so the loads come out as set. */
    private static final long PERIOD_NS = TimeUnit.SECONDS.toNanos(10);
    private WorkerPool pool;
    private boolean started;

    private WorkerPool pool(final int threads, final SessionPlacement placement, final long periodNs)
        throws Exception
    {
        pool = new WorkerPool(threads, PollerKind.NIO, periodNs, false, 0, placement);
        return pool;
    }

    @AfterEach
    void close() throws InterruptedException
    {
        if (pool == null)
        {
            return;
        }
        if (started)
        {
            pool.stop(5_000);
        }
        else
        {
            for (final Worker w : pool.workers())
            {
                w.poller().close();
            }
        }
    }

    /**
     * Closes one period of the (unstarted) worker's load meter with the given share of it spent
     * waiting: 0 makes it 100 % busy, 1 idle (0 %, give or take the nanoseconds since construction);
     * the sessions it hosts now are the ones the period measured.
     */
    private static void measure(final Worker worker, final double waitingShare)
    {
        measure(worker, waitingShare, 0);
    }

    /** The same for the worker's period number {@code round} (0 for the first one measured). */
    private static void measure(final Worker worker, final double waitingShare, final int round)
    {
        final long startNs = System.nanoTime() + round * PERIOD_NS;
        final long waitNs = (long)(PERIOD_NS * waitingShare);
        worker.load().aboutToWait(startNs + PERIOD_NS - waitNs);
        worker.measureAfterPoll(startNs + PERIOD_NS);
    }

    private int[] place(final int sessions)
    {
        final int[] perWorker = new int[pool.size()];
        for (int i = 0; i < sessions; i++)
        {
            perWorker[pool.placeSession().id()]++;
        }
        return perWorker;
    }

    @Test
    void shouldSendNewSessionsToTheLessLoadedWorkerEvenIfItHostsMore() throws Exception
    {
        pool(2, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        pool.worker(1).sessions().set(5);
        measure(pool.worker(0), 0.0);
        measure(pool.worker(1), 1.0);
        assertEquals(100, WorkerPool.loadPercent(pool.worker(0)));
        assertTrue(WorkerPool.loadPercent(pool.worker(1)) <= 1);

        assertEquals(0, place(4)[0], "the busy worker gets none");
        assertEquals(9, pool.worker(1).sessions().get(), "each placement counts on the chosen worker");
        assertEquals(0, pool.worker(0).sessions().get());
    }

    @Test
    void shouldPickTheLowestOfSeveralLoads() throws Exception
    {
        pool(4, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        measure(pool.worker(0), 0.10);
        measure(pool.worker(1), 0.50);
        measure(pool.worker(2), 0.80);
        measure(pool.worker(3), 0.40);
        assertEquals(20, WorkerPool.loadPercent(pool.worker(2)), 1);
        for (int i = 0; i < 8; i++)
        {
            assertSame(pool.worker(2), pool.placeSession(), "placement " + i);
        }
    }

    @Test
    void shouldBreakLoadTiesByTheFewestSessions() throws Exception
    {
        pool(3, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        pool.worker(0).sessions().set(4);
        pool.worker(1).sessions().set(2);
        pool.worker(2).sessions().set(3);
        for (final Worker w : pool.workers())
        {
            measure(w, 0.5);
        }
        assertEquals(50, WorkerPool.loadPercent(pool.worker(0)));
        assertEquals(2, pool.worker(1).sessionsInLastPeriod());

        // Equal loads: the fewest sessions. Then worker-1's estimate includes the session just
        // placed (150 % over 9 measured sessions: 16.666 % each), so the others come first, in
        // the order of their session counts; all three placed once, the counts decide again.
        final int[] order = new int[6];
        for (int i = 0; i < order.length; i++)
        {
            order[i] = pool.placeSession().id();
        }
        assertArrayEquals(new int[] {1, 2, 0, 1, 2, 0}, order);
        assertEquals(6, pool.worker(0).sessions().get());
        assertEquals(4, pool.worker(1).sessions().get());
        assertEquals(5, pool.worker(2).sessions().get());
    }

    @Test
    void shouldNotSendAWholeBurstToTheWorkerThatWasLeastLoaded() throws Exception
    {
        pool(2, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        pool.worker(0).sessions().set(1);
        measure(pool.worker(0), 0.7);
        measure(pool.worker(1), 1.0);
        assertEquals(30, WorkerPool.loadPercent(pool.worker(0)));

        // Each session placed counts as the 30 % that worker-0's one session costs: worker-1 takes
        // one, then it ties with worker-0 at 30 % and 1 session each, and they alternate.
        final int[] placed = place(10);
        assertEquals(4, placed[0]);
        assertEquals(6, placed[1]);

        // Worker-1's estimate is 6 x 30 %, worker-0's 30 % + 4 x 30 %. A new period on worker-1,
        // measured with its 6 sessions at 60 %, replaces its estimate: worker-0's is now 30 % + 4 x
        // 90 % / 7 measured sessions = 81 %, so worker-1 is the one.
        assertEquals(6, pool.worker(1).sessions().get());
        measure(pool.worker(1), 0.4, 1);
        assertEquals(60, WorkerPool.loadPercent(pool.worker(1)), 1);
        assertEquals(5, pool.worker(0).sessions().get());
        assertSame(pool.worker(1), pool.placeSession());
    }

    @Test
    void shouldNotCountTheLoadOfSessionsThatHaveEnded() throws Exception
    {
        // The benchmark's case: a warm-up's 16 sessions made 34 % and 29 %, then ended; the next
        // 16 come within the same period.
        pool(2, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        pool.worker(0).sessions().set(8);
        pool.worker(1).sessions().set(8);
        measure(pool.worker(0), 0.66);
        measure(pool.worker(1), 0.71);
        pool.worker(0).sessions().set(0);
        pool.worker(1).sessions().set(0);
        assertEquals(34, WorkerPool.loadPercent(pool.worker(0)));
        assertEquals(29, WorkerPool.loadPercent(pool.worker(1)));

        final int[] placed = place(16);
        assertEquals(8, placed[0], "the ended sessions' load weighs nothing: by session count");
        assertEquals(8, placed[1]);
    }

    @Test
    void shouldScaleALoadToTheSessionsStillThere() throws Exception
    {
        pool(2, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        pool.worker(0).sessions().set(4);
        pool.worker(1).sessions().set(4);
        measure(pool.worker(0), 0.2);
        measure(pool.worker(1), 0.6);
        // Three of worker-0's four sessions ended: 80 % x 1 / 4 = 20 %, below worker-1's 40 %.
        pool.worker(0).sessions().set(1);
        assertSame(pool.worker(0), pool.placeSession());
    }

    @Test
    void shouldSpreadEvenlyOverIdleWorkersBeforeAnyPeriodEnds() throws Exception
    {
        pool(2, SessionPlacement.LEAST_LOADED, PERIOD_NS);
        final int[] placed = place(16);
        assertEquals(8, placed[0]);
        assertEquals(8, placed[1]);
    }

    @Test
    void shouldFollowSessionsOnlyWithLeastSessions() throws Exception
    {
        pool(2, SessionPlacement.LEAST_SESSIONS, PERIOD_NS);
        measure(pool.worker(0), 1.0);
        measure(pool.worker(1), 0.0);
        pool.worker(0).sessions().set(2);

        final int[] placed = place(4);
        assertEquals(1, placed[0], "the busy worker with fewer sessions gets them until they tie");
        assertEquals(3, placed[1]);
    }

    @Test
    void shouldTakeTurnsWithRoundRobinWhateverTheLoadAndSessions() throws Exception
    {
        pool(3, SessionPlacement.ROUND_ROBIN, PERIOD_NS);
        measure(pool.worker(0), 0.0);
        pool.worker(0).sessions().set(10);
        for (int i = 0; i < 7; i++)
        {
            assertEquals(i % 3, pool.placeSession().id(), "placement " + i);
        }
        assertEquals(13, pool.worker(0).sessions().get());
    }

    @Test
    void shouldAvoidAWorkerThatIsReallyBusy() throws Exception
    {
        pool(2, SessionPlacement.LEAST_LOADED, TimeUnit.MILLISECONDS.toNanos(20)).start();
        started = true;
        final Worker busy = pool.worker(1);
        final long spinNs = TimeUnit.MILLISECONDS.toNanos(3);
        final boolean[] spinning = {true};
        // Every millisecond, 3 ms of work: the worker keeps turning its loop (so it closes its
        // periods) but never waits in the poller.
        busy.execute(() -> busy.scheduleAtFixedRate(TimeUnit.MILLISECONDS.toNanos(1), () ->
        {
            final long endNs = System.nanoTime() + spinNs;
            while (spinning[0] && System.nanoTime() - endNs < 0)
            {
                Thread.onSpinWait();
            }
        }));
        try
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (WorkerPool.loadPercent(busy) < 80 || WorkerPool.loadPercent(pool.worker(0)) > 20)
            {
                assertTrue(System.nanoTime() - deadlineNs < 0, "worker-1 busy, worker-0 idle: "
                    + busy.load().periodLoad() + " % and " + pool.worker(0).load().periodLoad() + " %");
                Thread.sleep(5);
            }
            // More sessions than worker-1 (which has none: its load is taken as it is) does not matter.
            pool.worker(0).sessions().set(30);
            // Placed from this thread, standing in for the acceptor (the only thread that places).
            final int[] placed = place(6);
            assertEquals(6, placed[0], "worker-1 load " + busy.load().periodLoad());
            assertEquals(0, placed[1]);
        }
        finally
        {
            busy.execute(() -> spinning[0] = false);
        }
    }

    @ParameterizedTest
    @EnumSource(SessionPlacement.class)
    void shouldAllocateNothingWhenPlacing(final SessionPlacement placement) throws Exception
    {
        pool(4, placement, PERIOD_NS);
        measure(pool.worker(0), 0.2);
        measure(pool.worker(1), 0.6);
        pool.worker(2).sessions().set(7);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++)
        {
            pool.placeSession();
        }
        final long before = threads.getCurrentThreadAllocatedBytes();
        int sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            sum += pool.placeSession().id();
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sum > 0);
        assertTrue(allocated < 1024, allocated + " bytes allocated over 100 000 placements");
        assertEquals(120_007, pool.totalSessions());
    }

    @Test
    void shouldDeclareTheParameterWithTheEnumsDefault()
    {
        final ParamSpec spec = CoreSpecs.GLOBAL.params().stream()
            .filter(p -> p.name().equals("session_placement")).findFirst().orElseThrow();
        assertEquals(SessionPlacement.DEFAULT.configName(), spec.defaultValue().orElseThrow());
    }
}
