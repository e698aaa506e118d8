package io.sluice.core.worker;

import io.sluice.core.poll.PollerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rebalancer's sampler and decision on real workers: one made busy by a task that spins, the
 * other idle. The sampler is driven by the test (package-private {@code begin}/{@code sample}).
 */
class RebalancerTest
{
    private Worker busy;
    private Worker idle;

    @AfterEach
    void stop() throws InterruptedException
    {
        for (final Worker w : new Worker[] {busy, idle})
        {
            if (w != null)
            {
                w.stop();
                assertTrue(w.awaitStop(5, TimeUnit.SECONDS));
            }
        }
    }

    private void startWorkers() throws Exception
    {
        busy = new Worker(0, PollerKind.NIO.newPoller(), TimeUnit.SECONDS.toNanos(10)).start();
        idle = new Worker(1, PollerKind.NIO.newPoller(), TimeUnit.SECONDS.toNanos(10)).start();
    }

    /** Spins on the worker for about spinMs: busy time, as a heavy session would make. */
    private static void spin(final Worker worker, final long spinMs) throws InterruptedException
    {
        assertTrue(worker.executeAndWait(() ->
        {
            final long endNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spinMs);
            while (System.nanoTime() - endNs < 0)
            {
                Thread.onSpinWait();
            }
        }, 5_000));
    }

    @Test
    void shouldSampleEachWorkersLoadFromItsBusyTime() throws Exception
    {
        startWorkers();
        final Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), 0, 20, 3);
        Thread.sleep(50); // both workers asleep in their polls
        final long startNs = System.nanoTime();
        rebalancer.begin(startNs);
        spin(busy, 300);
        Thread.sleep(100);
        rebalancer.sample(System.nanoTime());
        final double busyLoad = rebalancer.windowLoad(0);
        final double idleLoad = rebalancer.windowLoad(1);
        assertTrue(busyLoad > 40 && busyLoad <= 100, "the spinning worker: " + busyLoad);
        assertTrue(idleLoad < 10, "the idle worker: " + idleLoad);
    }

    @Test
    void shouldAskTheBusiestWorkerOnlyBeyondTheThreshold() throws Exception
    {
        startWorkers();
        final Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), TimeUnit.SECONDS.toNanos(1), 20, 2);
        Thread.sleep(50);
        rebalancer.begin(System.nanoTime());
        spin(busy, 300);
        Thread.sleep(20); // busy time is published when the worker next waits
        rebalancer.sample(System.nanoTime());
        final double difference = rebalancer.windowLoad(0) - rebalancer.windowLoad(1);
        assertTrue(difference > 30, "loads differ: " + difference);

        final long decision = rebalancer.balance(20, new double[2]);
        assertEquals(0, RebalanceDecision.from(decision));
        assertEquals(1, RebalanceDecision.to(decision));
        assertEquals(1, rebalancer.requests(), "one request posted to the busy worker");
        assertEquals(RebalanceDecision.NONE, rebalancer.balanceNow(100), "not beyond a threshold of 100");
        assertEquals(1, rebalancer.requests());

        // Both idle for two samples: the window (2 samples) forgets the busy second.
        Thread.sleep(20);
        rebalancer.sample(System.nanoTime());
        Thread.sleep(20);
        rebalancer.sample(System.nanoTime());
        assertEquals(RebalanceDecision.NONE, rebalancer.balanceNow(20),
            "loads within the threshold: " + rebalancer.windowLoad(0) + " vs " + rebalancer.windowLoad(1));
        // The request ran on the busy worker; with no session there, nothing moved.
        assertTrue(busy.executeAndWait(Thread::onSpinWait, 5_000));
        assertEquals(0, busy.sessionsMovedOut());
        assertEquals(0, idle.sessionsMovedIn());
    }

    @Test
    void shouldAskByItselfEveryPeriodWhileTheLoadsDiffer() throws Exception
    {
        startWorkers();
        try (Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), TimeUnit.SECONDS.toNanos(1), 10, 1).start())
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (rebalancer.requests() < 2 && System.nanoTime() < deadlineNs)
            {
                spin(busy, 80); // worker 0 about 80 % busy, worker 1 idle
                Thread.sleep(20);
            }
            assertTrue(rebalancer.requests() >= 2, "asked every period: " + rebalancer.requests());
        }
        try (Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), TimeUnit.SECONDS.toNanos(1), 10, 1).start())
        {
            Thread.sleep(2_500); // both idle: nothing to ask
            assertEquals(0, rebalancer.requests());
        }
    }

    @Test
    void shouldRefuseAMoveToItselfOrToAnUnknownWorker() throws Exception
    {
        startWorkers();
        final Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), 0, 20, 10);
        assertThrows(IllegalArgumentException.class, () -> rebalancer.move(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> rebalancer.move(0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> rebalancer.move(1, 0, 0));
        rebalancer.move(1, 0, 3);
        assertEquals(1, rebalancer.requests());
    }

    @Test
    void shouldSampleAndStopOnItsOwnThread() throws Exception
    {
        startWorkers();
        try (Rebalancer rebalancer = new Rebalancer(List.of(busy, idle), 0, 20, 10).start())
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // keep worker 0 busy about half the time until a sample shows it
            while (rebalancer.windowLoad(0) < 10 && System.nanoTime() < deadlineNs)
            {
                spin(busy, 50);
                Thread.sleep(50);
            }
            assertTrue(rebalancer.windowLoad(0) >= 10, "sampled: " + rebalancer.windowLoad(0));
            assertEquals(0, rebalancer.requests(), "rebalance_period=0s: nothing asked by itself");
        }
        for (final Thread t : Thread.getAllStackTraces().keySet())
        {
            assertTrue(!t.getName().equals("rebalancer") || !t.isAlive(), "the sampler thread ended");
        }
    }
}
