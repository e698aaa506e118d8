package io.sluice.router.rwsplit;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@link RwSplitRouteBenchmark}'s four cases timed by the thread's CPU time instead of the wall clock,
 * with the bytes the thread allocated, for a machine others share (as {@code ClassifierCpuTime}):
 * JMH's average time counts the time the thread waits for a core, this does not. Run
 * {@code java -cp bench/target/benchmarks.jar io.sluice.router.rwsplit.RwSplitRouteCpuTime}; prints ns
 * of CPU and bytes allocated per call for eight rounds (the first ones warm the JIT up).
 */
public final class RwSplitRouteCpuTime
{
    private static final int CALLS = 3_000_000;

    private RwSplitRouteCpuTime()
    {
    }

    /** Runs the rounds. */
    public static void main(final String[] args)
    {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        final RwSplitRouteBenchmark b = new RwSplitRouteBenchmark();
        b.setUp();
        final String[] names = {"routePointSelect", "routeReadOnlyMix", "decideOnlyBaseline", "classifyOnlyBaseline"};
        long sink = 0;
        for (int round = 1; round <= 8; round++)
        {
            final StringBuilder line = new StringBuilder("round " + round + ":");
            for (int c = 0; c < names.length; c++)
            {
                final long bytes0 = threads.getThreadAllocatedBytes(thread);
                final long cpu0 = threads.getCurrentThreadCpuTime();
                sink += run(b, c);
                final long cpu1 = threads.getCurrentThreadCpuTime();
                final long bytes1 = threads.getThreadAllocatedBytes(thread);
                line.append(String.format(Locale.ROOT, "  %s %.1f ns %.3f B", names[c], (cpu1 - cpu0) / (double)CALLS,
                    (bytes1 - bytes0) / (double)CALLS));
            }
            System.out.println(line);
        }
        System.out.println("(sink " + sink + ")");
    }

    /** One case's calls, each case a loop of its own (one call site per case, as JMH has). */
    private static long run(final RwSplitRouteBenchmark b, final int c)
    {
        long sink = 0;
        switch (c)
        {
            case 0:
                for (int i = 0; i < CALLS; i++)
                {
                    sink += b.routePointSelect().index;
                }
                break;
            case 1:
                for (int i = 0; i < CALLS; i++)
                {
                    sink += b.routeReadOnlyMix().index;
                }
                break;
            case 2:
                for (int i = 0; i < CALLS; i++)
                {
                    sink += b.decideOnlyBaseline().index;
                }
                break;
            default:
                for (int i = 0; i < CALLS; i++)
                {
                    sink += b.classifyOnlyBaseline().typeMask();
                }
                break;
        }
        return sink;
    }
}
