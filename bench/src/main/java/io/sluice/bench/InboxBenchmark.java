package io.sluice.bench;

import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.Worker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cross-thread work through a worker's inbox (JCTools MPSC queue + eventfd or selector wake-up).
 *
 * <ul>
 *   <li>{@code postAndWaitForRun}: post one task to a worker that is asleep in its poll call and
 *       spin until it has run: queue offer, the wake-up syscall, the worker's return from its wait,
 *       the run. The latency a control-plane hand-off (a new session) sees. Before each call the
 *       benchmark thread idles 50 us (outside the measurement) so the worker is asleep.</li>
 *   <li>{@code post}: post a task to a running worker without waiting: the cost the posting thread
 *       pays per task. At most {@link #MAX_OUTSTANDING} tasks may be waiting, so the benchmark
 *       measures a worker that keeps up rather than an ever-growing backlog.</li>
 * </ul>
 * The task object is created once and the queue recycles its chunks, so a post allocates nothing.
 */
@State(Scope.Benchmark)
public class InboxBenchmark extends SluiceBenchmark
{
    static final int MAX_OUTSTANDING = 4096;

    @Param({"EPOLL", "NIO"})
    public String poller;

    private Worker worker;
    private final AtomicLong ran = new AtomicLong();
    private final Runnable count = ran::incrementAndGet;
    private long posted;

    @Setup(Level.Trial)
    public void start() throws Exception
    {
        worker = new Worker(0, PollerKind.valueOf(poller).newPoller(), TimeUnit.SECONDS.toNanos(10)).start();
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException
    {
        worker.stop();
        worker.awaitStop(5, TimeUnit.SECONDS);
    }

    /** Lets the worker run out of work and block in its poll call. */
    @State(Scope.Thread)
    public static class Asleep
    {
        @Setup(Level.Invocation)
        public void idle()
        {
            final long untilNs = System.nanoTime() + 50_000;
            while (System.nanoTime() < untilNs)
            {
                Thread.onSpinWait();
            }
        }
    }

    @Benchmark
    public long postAndWaitForRun(final Asleep asleep)
    {
        final long expected = ran.get() + 1;
        worker.execute(count);
        long seen;
        while ((seen = ran.get()) < expected)
        {
            Thread.onSpinWait();
        }
        return seen;
    }

    @Benchmark
    public void post()
    {
        // Checked every 256 posts so the producer does not contend on the counter's cache line.
        if ((posted & 255) == 0)
        {
            while (posted - ran.get() >= MAX_OUTSTANDING)
            {
                Thread.onSpinWait();
            }
        }
        worker.execute(count);
        posted++;
    }
}
