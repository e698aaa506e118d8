package io.sluice.bench;

import io.sluice.core.load.WorkerLoad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The load meter's two paths: the update the worker makes around every poll call, and the read
 * any thread makes. The clock is synthetic so the benchmark measures the meter, not nanoTime.
 *
 * <ul>
 *   <li>{@code updateWithinPeriod}: one loop turn (aboutToWait + aboutToWork), 10 us per turn at
 *       T = 10 s, so a period closes once in a million turns: the everyday cost.</li>
 *   <li>{@code updateClosingEveryPeriod}: T = 1 ms and 1 ms per turn, so every turn closes a period
 *       and cascades into both rings: the worst case.</li>
 *   <li>{@code readLoads}: the three published loads.</li>
 * </ul>
 */
public class WorkerLoadBenchmark extends SluiceBenchmark
{
    @State(Scope.Thread)
    public static class Steady
    {
        WorkerLoad load;
        long nowNs;

        @Setup
        public void setUp()
        {
            load = new WorkerLoad("bench", TimeUnit.SECONDS.toNanos(10), 0);
        }
    }

    @State(Scope.Thread)
    public static class EveryPeriod
    {
        WorkerLoad load;
        long nowNs;

        @Setup
        public void setUp()
        {
            load = new WorkerLoad("bench", WorkerLoad.MIN_PERIOD_NS, 0);
        }
    }

    @Benchmark
    public long updateWithinPeriod(final Steady s)
    {
        s.nowNs += 3_000;
        final long timeoutNs = s.load.aboutToWait(s.nowNs);
        s.nowNs += 7_000;
        s.load.aboutToWork(s.nowNs);
        return timeoutNs;
    }

    @Benchmark
    public long updateClosingEveryPeriod(final EveryPeriod s)
    {
        s.nowNs += 300_000;
        final long timeoutNs = s.load.aboutToWait(s.nowNs);
        s.nowNs += 700_000;
        s.load.aboutToWork(s.nowNs);
        return timeoutNs;
    }

    @Benchmark
    public double readLoads(final Steady s)
    {
        return s.load.periodLoad() + s.load.minuteLoad() + s.load.hourLoad();
    }
}
