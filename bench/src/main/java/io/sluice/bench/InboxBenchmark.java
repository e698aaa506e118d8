package io.sluice.bench;

import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.Worker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cross-thread work through a worker's inbox (JCTools MPSC queue + eventfd or selector wake-up).
 *
 * <ul>
 *   <li>{@code postAndWaitForRun}: post one task to a worker that is asleep in its poll call and
 *       spin until it has run: queue offer, the wake-up syscall, the worker's return from
 *       epoll_wait, the run. The latency a control-plane hand-off (a new session) sees.</li>
 *   <li>{@code post}: post a task to a running worker without waiting; the cost the posting
 *       thread pays per task when the worker keeps up (mostly no wake-up needed).</li>
 * </ul>
 * The task objects are created once; the queue pools its chunks; no allocation per post is
 * expected beyond what gc.alloc.rate.norm reports.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 3, jvmArgsAppend = {
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class InboxBenchmark
{
    @Param({"EPOLL", "NIO"})
    public String poller;

    private Worker worker;
    private final AtomicLong ran = new AtomicLong();
    private final Runnable count = ran::incrementAndGet;
    private long expected;

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

    @Setup(Level.Iteration)
    public void sync()
    {
        expected = ran.get();
    }

    @Benchmark
    public long postAndWaitForRun()
    {
        // Let the worker fall asleep first: a few microseconds without work and it is in epoll_wait.
        final long idleUntilNs = System.nanoTime() + 20_000;
        while (System.nanoTime() < idleUntilNs)
        {
            Thread.onSpinWait();
        }
        expected = ran.get() + 1;
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
        worker.execute(count);
    }
}
