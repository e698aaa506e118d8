package io.sluice.bench;

import io.sluice.protocol.mysql.classify.StatementClassifier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * {@link ClassifierBenchmark}'s two cases timed by the thread's CPU time instead of the wall clock, for a
 * machine others share: JMH's average time counts the time the thread waits for a core, this does not.
 * Run {@code java -cp bench/target/benchmarks.jar io.sluice.bench.ClassifierCpuTime}; prints ns of CPU per
 * call for six rounds (the first ones warm the JIT up).
 */
public final class ClassifierCpuTime
{
    private static final int CACHED_CALLS = 3_000_000;
    private static final int UNCACHED_CALLS = 500_000;

    private ClassifierCpuTime()
    {
    }

    /** Runs the rounds. */
    public static void main(final String[] args)
    {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final StatementClassifier cached = new StatementClassifier();
        final StatementClassifier uncached = new StatementClassifier(0, 0);
        final byte[] prefix = "SELECT c FROM sbtest1 WHERE id=".getBytes(StandardCharsets.UTF_8);
        final ByteBuffer pointSelect = ByteBuffer.allocateDirect(64);
        pointSelect.put(0, prefix);
        final String[] oltp = ClassifierBenchmark.OLTP;
        final ByteBuffer[] statements = new ByteBuffer[oltp.length];
        for (int i = 0; i < oltp.length; i++)
        {
            final byte[] bytes = oltp[i].getBytes(StandardCharsets.UTF_8);
            statements[i] = ByteBuffer.allocateDirect(bytes.length);
            statements[i].put(0, bytes);
        }
        long sink = 0;
        for (int round = 0; round < 6; round++)
        {
            final long startNs = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CACHED_CALLS; i++)
            {
                int at = prefix.length;
                final int id = (i * 7919) & 0xFFFFF;
                for (int divisor = 1_000_000; divisor > 0; divisor /= 10)
                {
                    if (id >= divisor || divisor == 1)
                    {
                        pointSelect.put(at++, (byte)('0' + id / divisor % 10));
                    }
                }
                sink += cached.classify(pointSelect, 0, at).typeMask();
            }
            final long cachedNs = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < UNCACHED_CALLS; i++)
            {
                final ByteBuffer b = statements[i % statements.length];
                sink += uncached.classify(b, 0, b.capacity()).typeMask();
            }
            final long uncachedNs = threads.getCurrentThreadCpuTime();
            System.out.printf("round %d: cached point select %.1f ns CPU/call, uncached OLTP %.1f ns CPU/call%n", round,
                (cachedNs - startNs) / (double)CACHED_CALLS, (uncachedNs - cachedNs) / (double)UNCACHED_CALLS);
        }
        System.out.println(sink == 42 ? "" : "(hits " + cached.cache().hits() + ")");
    }
}
