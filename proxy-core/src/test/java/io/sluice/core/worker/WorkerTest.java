package io.sluice.core.worker;

import io.sluice.core.poll.PollerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real worker thread on each poller. */
class WorkerTest
{
    private static final long SECOND_NS = TimeUnit.SECONDS.toNanos(1);
    private Worker worker;

    private Worker start(final PollerKind kind, final long loadPeriodNs) throws Exception
    {
        worker = new Worker(0, kind.newPoller(), loadPeriodNs).start();
        return worker;
    }

    @AfterEach
    void stop() throws InterruptedException
    {
        if (worker != null)
        {
            worker.stop();
            assertTrue(worker.awaitStop(5, TimeUnit.SECONDS), "worker must stop");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldRunPostedTasksOnTheWorkerThreadAndWakeItPromptly(final PollerKind kind) throws Exception
    {
        // A 10 s period: an idle worker sleeps up to 10 s unless the post wakes it.
        start(kind, 10 * SECOND_NS);
        Thread.sleep(50);
        for (int round = 0; round < 3; round++)
        {
            final CountDownLatch ran = new CountDownLatch(1);
            final String[] threadName = {null};
            final long t0 = System.nanoTime();
            worker.execute(() ->
            {
                threadName[0] = Thread.currentThread().getName();
                ran.countDown();
            });
            assertTrue(ran.await(2, TimeUnit.SECONDS), "a sleeping worker must be woken by a post");
            assertTrue(System.nanoTime() - t0 < SECOND_NS, "woken within a second, not at the period end");
            assertEquals("worker-0", threadName[0]);
            Thread.sleep(20);
        }
        assertTrue(worker.wakeups() >= 1 && worker.wakeups() <= 3, "wake-ups: " + worker.wakeups());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldCountItsPollCallsSleepsAndEvents(final PollerKind kind) throws Exception
    {
        start(kind, 10 * SECOND_NS);
        Thread.sleep(50);
        final PollCounters counters = worker.pollCounters();
        final long pollsBefore = counters.polls();
        final long blockingBefore = counters.blockingPolls();
        final long eventsBefore = counters.events();
        for (int round = 0; round < 3; round++)
        {
            final CountDownLatch ran = new CountDownLatch(1);
            worker.execute(ran::countDown);
            assertTrue(ran.await(2, TimeUnit.SECONDS));
            Thread.sleep(20);
        }
        // Each post woke a worker asleep in a poll with a timeout; with epoll that poll returned the
        // eventfd's event (a selector's wakeup() is no event).
        assertTrue(counters.polls() - pollsBefore >= 3, "polls: " + (counters.polls() - pollsBefore));
        assertTrue(counters.blockingPolls() - blockingBefore >= 3, "blocking polls");
        if (kind == PollerKind.EPOLL)
        {
            assertTrue(counters.events() - eventsBefore >= 3, "events: " + (counters.events() - eventsBefore));
        }
        assertTrue(counters.emptyPolls() <= counters.polls());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL"})
    void shouldGatherEventsOnlyWhenBusyWithPollCoalesce(final PollerKind kind) throws Exception
    {
        // 300 ms, far above any scheduling delay: a post made during the coalescing sleep waits for it.
        final long coalesceNs = TimeUnit.MILLISECONDS.toNanos(300);
        worker = new Worker(0, kind.newPoller(), 10 * SECOND_NS, false, coalesceNs).start();
        Thread.sleep(50);
        final PollCounters counters = worker.pollCounters();

        // Fewer sessions than the threshold: each post wakes it and runs at once, never 300 ms later.
        worker.sessions().set(Worker.COALESCE_MIN_SESSIONS - 1);
        for (int round = 0; round < 3; round++)
        {
            assertTrue(runPostWithin(worker, 150), "not coalescing with 3 sessions");
            Thread.sleep(5);
        }

        // Busy: the post wakes it (an eventfd event), so its next turn sleeps 300 ms before polling;
        // a post made in that sleep runs when it ends, and the gathering poll counts as a sleep.
        worker.sessions().set(Worker.COALESCE_MIN_SESSIONS);
        final long blockingBefore = counters.blockingPolls();
        assertTrue(runPostWithin(worker, 2_000));
        Thread.sleep(5);
        final long t0 = System.nanoTime();
        assertTrue(runPostWithin(worker, 2_000));
        final long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(waitedMs >= 200, "a post made in the coalescing sleep waits for its end: " + waitedMs + " ms");
        assertTrue(counters.blockingPolls() - blockingBefore >= 2, "the gathering poll counts as a sleep");
    }

    /** Posts a task and says whether it ran within {@code ms}. */
    private static boolean runPostWithin(final Worker worker, final long ms) throws InterruptedException
    {
        final CountDownLatch ran = new CountDownLatch(1);
        worker.execute(ran::countDown);
        return ran.await(ms, TimeUnit.MILLISECONDS);
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldRunEveryTaskOnceInOrderPerProducerAndWakeOnlyWhenAsleep(final PollerKind kind) throws Exception
    {
        start(kind, SECOND_NS);
        final int producers = 2;
        final int perProducer = 200_000;
        final int[][] seen = new int[producers][1];
        final boolean[] ordered = {true};
        final CountDownLatch done = new CountDownLatch(producers * perProducer);
        final List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++)
        {
            final int producer = p;
            threads.add(new Thread(() ->
            {
                for (int i = 0; i < perProducer; i++)
                {
                    final int expected = i;
                    worker.execute(() ->
                    {
                        // Runs on the worker thread only, so plain fields are safe here.
                        if (seen[producer][0] != expected)
                        {
                            ordered[0] = false;
                        }
                        seen[producer][0]++;
                        done.countDown();
                    });
                }
            }));
        }
        threads.forEach(Thread::start);
        assertTrue(done.await(30, TimeUnit.SECONDS), "all tasks must run; left: " + done.getCount());
        for (final Thread t : threads)
        {
            t.join();
        }
        final CountDownLatch fence = new CountDownLatch(1);
        worker.execute(fence::countDown);
        assertTrue(fence.await(2, TimeUnit.SECONDS));
        assertTrue(ordered[0], "tasks of one producer run in the order posted");
        assertEquals(perProducer, seen[0][0]);
        assertEquals(perProducer, seen[1][0]);
        assertTrue(worker.wakeups() < producers * perProducer / 10,
            "a worker that is awake is not woken again; wake-ups: " + worker.wakeups());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldFireDelayedAndPeriodicTimersAndHonourCancel(final PollerKind kind) throws Exception
    {
        start(kind, 10 * SECOND_NS);
        final CountDownLatch delayed = new CountDownLatch(1);
        final long[] delayedAfterNs = {0};
        final AtomicInteger periodic = new AtomicInteger();
        final AtomicInteger cancelled = new AtomicInteger();
        final long t0 = System.nanoTime();
        worker.execute(() ->
        {
            worker.schedule(TimeUnit.MILLISECONDS.toNanos(50), () ->
            {
                delayedAfterNs[0] = System.nanoTime() - t0;
                delayed.countDown();
            });
            worker.scheduleAtFixedRate(TimeUnit.MILLISECONDS.toNanos(20), periodic::incrementAndGet);
            worker.schedule(TimeUnit.MILLISECONDS.toNanos(30), cancelled::incrementAndGet).cancel();
        });
        assertTrue(delayed.await(2, TimeUnit.SECONDS), "the delayed call must fire although the worker is idle");
        assertTrue(delayedAfterNs[0] >= TimeUnit.MILLISECONDS.toNanos(50), "not before its delay");
        Thread.sleep(300);
        assertTrue(periodic.get() >= 5, "periodic timer fired " + periodic.get() + " times in ~350 ms");
        assertEquals(0, cancelled.get(), "a cancelled timer never fires");
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldKeepRunningAfterATaskThrows(final PollerKind kind) throws Exception
    {
        start(kind, SECOND_NS);
        worker.execute(() ->
        {
            throw new IllegalStateException("test: a failing task");
        });
        final CountDownLatch after = new CountDownLatch(1);
        worker.execute(after::countDown);
        assertTrue(after.await(2, TimeUnit.SECONDS), "tasks after a failing one still run");
        assertEquals(1, worker.taskFailures());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldCloseLoadPeriodsOnTimeWhileIdle(final PollerKind kind) throws Exception
    {
        // 100 ms periods with no traffic at all: the poll timeout must end each period.
        start(kind, TimeUnit.MILLISECONDS.toNanos(100));
        final long t0 = System.nanoTime();
        Thread.sleep(1_050);
        final long measured = worker.load().periodsMeasured();
        final long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(measured >= 8 && measured <= elapsedMs / 100 + 1,
            measured + " periods closed in " + elapsedMs + " ms");
        // An idle worker's load is its wake-ups: a few percent, more on a machine so busy that a woken
        // worker waits for a core (that wait counts as busy time); a worker that spins is at 100.
        assertTrue(worker.load().periodLoad() < 20.0, "an idle worker's load: " + worker.load().periodLoad());
        assertFalse(Double.isNaN(worker.load().minuteLoad()));
        assertTrue(worker.load().minuteLoad() < 20.0, "idle minute load: " + worker.load().minuteLoad());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldTickEverySessionAboutOnceASecondAndLetATickEndItsSession(final PollerKind kind) throws Exception
    {
        final long t0 = System.nanoTime();
        start(kind, 10 * SECOND_NS);
        final List<Long> ticksOfA = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger ticksOfB = new AtomicInteger();
        final Resident a = new Resident()
        {
            @Override
            public void terminate(final String reason)
            {
            }

            @Override
            public void tick(final long nowNs)
            {
                ticksOfA.add(nowNs);
            }
        };
        final Resident b = new Resident()
        {
            @Override
            public void terminate(final String reason)
            {
            }

            @Override
            public void tick(final long nowNs)
            {
                ticksOfB.incrementAndGet();
                worker.sessionEnded(this); // a timeout ends its session from within the tick
            }
        };
        worker.execute(() ->
        {
            worker.sessions().addAndGet(2);
            worker.sessionStarted(a);
            worker.sessionStarted(b);
        });
        final long deadlineNs = System.nanoTime() + 20 * SECOND_NS;
        while (ticksOfA.size() < 3 && System.nanoTime() - deadlineNs < 0)
        {
            Thread.sleep(50);
        }
        assertTrue(ticksOfA.size() >= 3, "ticks: " + ticksOfA.size());
        assertTrue(ticksOfA.get(0) - t0 >= SECOND_NS, "the first tick comes a period after the start");
        assertEquals(1, ticksOfB.get(), "a session that ended is not ticked again");
        assertEquals(1, worker.sessions().get());
        assertEquals(0, worker.taskFailures());
    }
}
