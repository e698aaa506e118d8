package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cache hit allocates nothing, measured with the JVM's per-thread allocation counter (as
 * SteadyStateAllocationTest does): the literal differs on every call, written into the same
 * direct buffer a worker would read the packet into.
 */
class ClassifierAllocationTest
{
    private static final int WARM_UP_ROUNDS = 50_000;
    private static final int MEASURED_ROUNDS = 100_000;

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static final String[] STATEMENTS = {
        "SELECT c FROM sbtest1 WHERE id=",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 1 AND ",
        "UPDATE sbtest1 SET k=k+1 WHERE id=",
        "/* app */ select `a`, b from db.t1 where c = 'x' and d = ",
        "SELECT @@max_allowed_packet, @@wait_timeout -- comment\n, ",
    };

    /** Writes prefix and the decimal digits of n at 0; returns the length. No allocation. */
    private static int write(final ByteBuffer b, final byte[] prefix, final int n)
    {
        b.put(0, prefix);
        int at = prefix.length;
        int divisor = 1_000_000_000;
        boolean started = false;
        while (divisor > 0)
        {
            final int digit = n / divisor % 10;
            if (digit != 0 || started || divisor == 1)
            {
                b.put(at++, (byte)('0' + digit));
                started = true;
            }
            divisor /= 10;
        }
        return at;
    }

    @Test
    void shouldNotAllocateOnACacheHit()
    {
        final StatementClassifier c = new StatementClassifier();
        final ByteBuffer b = ByteBuffer.allocateDirect(256);
        final byte[][] prefixes = new byte[STATEMENTS.length][];
        final Classification[] first = new Classification[STATEMENTS.length];
        for (int s = 0; s < STATEMENTS.length; s++)
        {
            prefixes[s] = STATEMENTS[s].getBytes(StandardCharsets.UTF_8);
            first[s] = c.classify(b, 0, write(b, prefixes[s], s));
        }
        long reads = run(c, b, prefixes, first, WARM_UP_ROUNDS);
        final long hitsBefore = c.cache().hits();
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        reads += run(c, b, prefixes, first, MEASURED_ROUNDS);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertEquals((long)MEASURED_ROUNDS * STATEMENTS.length, c.cache().hits() - hitsBefore);
        assertEquals(STATEMENTS.length, c.cache().misses());
        assertEquals(4L * (WARM_UP_ROUNDS + MEASURED_ROUNDS), reads);
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + MEASURED_ROUNDS * STATEMENTS.length
            + " cache hits");
    }

    private static long run(final StatementClassifier c, final ByteBuffer b, final byte[][] prefixes,
        final Classification[] first, final int rounds)
    {
        long reads = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (int s = 0; s < prefixes.length; s++)
            {
                final int length = write(b, prefixes[s], round * 7919 + s);
                final Classification r = c.classify(b, 0, length);
                if (r != first[s])
                {
                    assertSame(first[s], r, "statement " + s + " round " + round);
                }
                reads += r.isReadOnly() ? 1 : 0;
            }
        }
        return reads;
    }
}
