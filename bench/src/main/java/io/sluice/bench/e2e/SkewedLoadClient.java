package io.sluice.bench.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client of {@code bench/e2e/skewed.sh}: a few heavy sessions and many light ones through one
 * Sluice listener, opened in an order that puts every heavy session on worker 0 when Sluice places
 * sessions round-robin ({@code session_placement=round_robin}) over {@code workers} workers: heavy
 * sessions take the places {@code 0, workers, 2*workers, ...}, light ones the others, then the rest.
 *
 * <ul>
 *   <li>A heavy session reads a result set of {@code rows} rows (about 100 bytes each) in a loop, as
 *       fast as it can.</li>
 *   <li>A light session runs a prepared point select, then pauses {@code pauseMs}; its latency is
 *       recorded from {@code measureFrom} seconds on (after rebalancing had time to act).</li>
 * </ul>
 * Prints one line of {@code key=value}: the light sessions' latency percentiles in microseconds, their
 * queries, the heavy queries per second over the measured part, and errors.
 *
 * <pre>
 * java -cp benchmarks.jar:mariadb-java-client.jar io.sluice.bench.e2e.SkewedLoadClient prepare URL USER PASSWORD
 * java -cp ... io.sluice.bench.e2e.SkewedLoadClient run URL USER PASSWORD WORKERS HEAVY LIGHT SECONDS MEASURE_FROM
 * </pre>
 */
public final class SkewedLoadClient
{
    private static final int TABLE_ROWS = 1000;
    private static final int HEAVY_ROWS = 200;
    private static final int HEAVY_BLOB_BYTES = 1_000_000;
    private static final long PAUSE_MS = 5;

    private SkewedLoadClient()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        if (args.length >= 4 && args[0].equals("prepare"))
        {
            prepare(args[1], args[2], args[3]);
            return;
        }
        if (args.length < 9 || !args[0].equals("run"))
        {
            System.err.println("usage: prepare URL USER PASSWORD | run URL USER PASSWORD WORKERS HEAVY LIGHT SECONDS"
                + " MEASURE_FROM");
            System.exit(2);
        }
        run(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
            Integer.parseInt(args[6]), Integer.parseInt(args[7]), Integer.parseInt(args[8]),
            args.length > 9 && args[9].equals("blob"));
    }

    /** The table, on the primary directly. */
    private static void prepare(final String url, final String user, final String password) throws SQLException
    {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement())
        {
            s.execute("CREATE OR REPLACE TABLE test.skewed (id INT PRIMARY KEY, pad CHAR(100))");
            final StringBuilder insert = new StringBuilder("INSERT INTO test.skewed VALUES ");
            for (int id = 1; id <= TABLE_ROWS; id++)
            {
                insert.append(id == 1 ? "" : ",").append('(').append(id).append(",REPEAT('x', 100))");
            }
            s.execute(insert.toString());
        }
    }

    private static void run(final String url, final String user, final String password, final int workers,
        final int heavy, final int light, final int seconds, final int measureFrom, final boolean blob)
        throws Exception
    {
        // Open every connection first, in the order that lands the heavy ones together.
        final int total = heavy + light;
        final Connection[] connections = new Connection[total];
        final boolean[] isHeavy = new boolean[total];
        int heavyLeft = heavy;
        for (int i = 0; i < total; i++)
        {
            isHeavy[i] = heavyLeft > 0 && i % workers == 0;
            if (isHeavy[i])
            {
                heavyLeft--;
            }
            connections[i] = DriverManager.getConnection(url + "?useServerPrepStmts=true", user, password);
        }
        if (heavyLeft > 0)
        {
            throw new IllegalArgumentException("too few light sessions to place the heavy ones together");
        }
        final long startNs = System.nanoTime();
        final long measureFromNs = startNs + TimeUnit.SECONDS.toNanos(measureFrom);
        final long endNs = startNs + TimeUnit.SECONDS.toNanos(seconds);
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong heavyQueries = new AtomicLong();
        final List<long[]> latencies = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        final int[] counts = new int[total];
        for (int i = 0; i < total; i++)
        {
            final Connection c = connections[i];
            final int index = i;
            final Thread t;
            if (isHeavy[i])
            {
                t = new Thread(() -> heavy(c, blob, stop, measureFromNs, heavyQueries, errors), "heavy-" + i);
            }
            else
            {
                final long[] sample = new long[(int)(TimeUnit.SECONDS.toMillis(seconds) / PAUSE_MS) + 16];
                latencies.add(sample);
                t = new Thread(() -> counts[index] = light(c, stop, measureFromNs, sample, errors), "light-" + i);
            }
            threads.add(t);
            t.start();
        }
        while (System.nanoTime() - endNs < 0)
        {
            Thread.sleep(100);
        }
        stop.set(true);
        for (final Thread t : threads)
        {
            t.join(30_000);
        }
        for (final Connection c : connections)
        {
            c.close();
        }
        // All light sessions, and those placed with the heavy ones (worker 0) apart from the others.
        final long[] all = lightLatencies(total, isHeavy, counts, latencies, i -> true);
        final long[] withHeavy = lightLatencies(total, isHeavy, counts, latencies, i -> i % workers == 0);
        final long[] apart = lightLatencies(total, isHeavy, counts, latencies, i -> i % workers != 0);
        final double measuredSec = seconds - measureFrom;
        System.out.printf("light_p50_us=%d light_p95_us=%d light_p99_us=%d light_queries=%d heavy_qps=%.0f errors=%d"
            + " light_p95_w0_us=%d light_p95_others_us=%d%n",
            percentile(all, 50), percentile(all, 95), percentile(all, 99), all.length,
            heavyQueries.get() / measuredSec, errors.get(), percentile(withHeavy, 95), percentile(apart, 95));
    }

    /** The latencies of the light sessions whose place is accepted, sorted. */
    private static long[] lightLatencies(final int total, final boolean[] isHeavy, final int[] counts,
        final List<long[]> latencies, final java.util.function.IntPredicate place)
    {
        int n = 0;
        for (int i = 0; i < total; i++)
        {
            if (!isHeavy[i] && place.test(i))
            {
                n += counts[i];
            }
        }
        final long[] out = new long[n];
        int at = 0;
        int li = 0;
        for (int i = 0; i < total; i++)
        {
            if (!isHeavy[i])
            {
                final long[] sample = latencies.get(li++);
                if (place.test(i))
                {
                    System.arraycopy(sample, 0, out, at, counts[i]);
                    at += counts[i];
                }
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static long percentile(final long[] sorted, final int p)
    {
        if (sorted.length == 0)
        {
            return -1;
        }
        final int index = (int)Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000;
    }

    /**
     * A heavy session: {@code HEAVY_ROWS} rows of about 100 bytes per query, or with {@code blob} one
     * value of {@code HEAVY_BLOB_BYTES} (cheap for the server, a megabyte for the proxy to pass on).
     */
    private static void heavy(final Connection c, final boolean blob, final AtomicBoolean stop,
        final long measureFromNs, final AtomicLong queries, final AtomicLong errors)
    {
        try (PreparedStatement ps = c.prepareStatement(blob ? "SELECT REPEAT('x', ?)"
            : "SELECT id, pad FROM test.skewed WHERE id <= ?"))
        {
            ps.setInt(1, blob ? HEAVY_BLOB_BYTES : HEAVY_ROWS);
            while (!stop.get())
            {
                int rows = 0;
                long bytes = 0;
                try (ResultSet rs = ps.executeQuery())
                {
                    while (rs.next())
                    {
                        rows++;
                        bytes += rs.getString(blob ? 1 : 2).length();
                    }
                }
                if (blob ? rows != 1 || bytes != HEAVY_BLOB_BYTES : rows != HEAVY_ROWS)
                {
                    errors.incrementAndGet();
                }
                if (System.nanoTime() - measureFromNs >= 0)
                {
                    queries.incrementAndGet();
                }
            }
        }
        catch (final SQLException e)
        {
            errors.incrementAndGet();
            System.err.println("heavy session failed: " + e);
        }
    }

    /** @return the latencies recorded (nanoseconds, in sample[0..n)) */
    private static int light(final Connection c, final AtomicBoolean stop, final long measureFromNs,
        final long[] sample, final AtomicLong errors)
    {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT pad FROM test.skewed WHERE id = ?"))
        {
            int id = 0;
            while (!stop.get())
            {
                id = id % TABLE_ROWS + 1;
                ps.setInt(1, id);
                final long beginNs = System.nanoTime();
                try (ResultSet rs = ps.executeQuery())
                {
                    if (!rs.next())
                    {
                        errors.incrementAndGet();
                    }
                }
                final long endNs = System.nanoTime();
                if (beginNs - measureFromNs >= 0 && n < sample.length)
                {
                    sample[n++] = endNs - beginNs;
                }
                Thread.sleep(PAUSE_MS);
            }
        }
        catch (final SQLException e)
        {
            errors.incrementAndGet();
            System.err.println("light session failed: " + e);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        return n;
    }
}
