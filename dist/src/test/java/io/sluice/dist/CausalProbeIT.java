package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The replica position probe of causal reads ({@code causal_reads_probe_interval}, issue 14): with it on,
 * a read on another session after a write finds a replica known to have applied the write frontier and
 * goes there without a pipelined wait, and no read is stale. {@code -Dcausal.bench=true} also runs the
 * measurements of docs/benchmarks.md ("Causal reads: the replica position probe, wait or primary, and the
 * cost of each mode"): probe off against on, a wait on the replica against the primary for a read right
 * after a write, and each {@code causal_reads} mode against {@code none}, interleaved, medians of
 * {@code -Dcausal.reps} (3) runs.
 */
@ExtendWith(MariaDbClusterExtension.class)
class CausalProbeIT
{
    private static final boolean BENCH = Boolean.getBoolean("causal.bench");
    private static final int REPS = Integer.getInteger("causal.reps", 3);
    /** Write-then-read pairs per session in each run of the measurements. */
    private static final int BENCH_PAIRS = Integer.getInteger("causal.bench.pairs", 400);
    private static final int SESSIONS = 16;

    /** Service name, its extra parameters. */
    private static final String[][] SERVICES = {
        {"Probe10", "causal_reads_probe_interval=10ms\n"},
        {"NoProbe", "causal_reads_probe_interval=0ms\n"},
        {"Probe50", ""},
        {"Probe5", "causal_reads_probe_interval=5ms\n"},
        {"Primary", "causal_reads_probe_interval=0ms\ncausal_reads_fallback=primary\n"},
        {"Wait", "causal_reads_probe_interval=0ms\ncausal_reads_fallback=wait\n"},
        {"Mode-none", "causal_reads=none\n"},
        {"Mode-service", "causal_reads=service\n"},
        {"Mode-local", "causal_reads=local\n"},
        {"Mode-global", "causal_reads=global\n"},
        {"Mode-fast", "causal_reads=fast\n"},
        {"Mode-fast_global", "causal_reads=fast_global\n"},
        {"Mode-universal", "causal_reads=universal\n"},
        {"Mode-fast_universal", "causal_reads=fast_universal\n"},
    };

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int adminPort;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    private static Set<Long> replicaIds;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(), "CREATE OR REPLACE TABLE test.causal_probe (session INT, n INT,"
            + " PRIMARY KEY (session, n))");
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
        replicaIds = new HashSet<>();
        for (final ServerInfo r : cluster.replicas())
        {
            replicaIds.add(Long.parseLong(cluster.query(r, "SELECT @@server_id").get(0).get(0)));
        }
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        final int services = BENCH ? SERVICES.length : 2;
        for (int i = 0; i < services; i++)
        {
            final String name = SERVICES[i][0];
            final int port = SluiceProcess.freePort();
            PORTS.put(name, port);
            config.append('[').append(name).append("]\ntype=service\nrouter=readwritesplit\n")
                .append("servers=db1,db2,db3\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append('\n').append(SERVICES[i][1]).append('\n');
            config.append('[').append(name).append("-Listener]\ntype=listener\nservice=").append(name)
                .append("\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=").append(port).append("\n\n");
        }
        sluice = SluiceProcess.start(Path.of("target", "causal-probe-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    private static Connection connect(final String service) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORTS.get(service) + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
    }

    /**
     * What a load saw: stale reads, reads a replica served, all reads, how long it took, the read
     * latencies (microseconds, sorted), and the service's causal counters over the load.
     */
    private record Outcome(long stale, long onReplica, long reads, long elapsedMs, long[] readUs, long waits,
        long onPrimary)
    {
        double waitedShare()
        {
            return (double)waits / reads;
        }

        double primaryShare()
        {
            return (double)onPrimary / reads;
        }

        /** Write-then-read pairs per second. */
        double pairsPerSec()
        {
            return reads * 1000.0 / elapsedMs;
        }

        long readPercentileUs(final double p)
        {
            return readUs[(int)Math.min(readUs.length - 1, Math.floor(p * readUs.length))];
        }
    }

    /**
     * {@code sessions} writers, each inserting rows one by one; {@code thinkMs} after each OK, a reader
     * session of its own ({@code crossed}) or the writer itself reads how many of its rows there are.
     */
    private static Outcome load(final String service, final int sessions, final int pairs, final int sessionBase,
        final boolean crossed, final long thinkMs) throws Exception
    {
        final AtomicLong stale = new AtomicLong();
        final AtomicLong onReplica = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final AtomicLongArray readUs = new AtomicLongArray(sessions * pairs);
        final long waitsBefore = SluiceProcess.routerDiagnostic(adminPort, service, "causal_waits");
        final long primaryBefore = SluiceProcess.routerDiagnostic(adminPort, service, "causal_reads_on_primary");
        final ExecutorService pool = Executors.newFixedThreadPool(sessions);
        final long startNs = System.nanoTime();
        try
        {
            final List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < sessions; s++)
            {
                final int session = sessionBase + s;
                done.add(pool.submit(() ->
                {
                    try (Connection writer = connect(service); Connection reader = crossed ? connect(service) : writer;
                        PreparedStatement insert = writer.prepareStatement("INSERT INTO causal_probe VALUES (?, ?)");
                        PreparedStatement count = reader.prepareStatement(
                            "SELECT COUNT(*), @@server_id FROM causal_probe WHERE session = ?"))
                    {
                        for (int n = 1; n <= pairs; n++)
                        {
                            insert.setInt(1, session);
                            insert.setInt(2, n);
                            assertEquals(1, insert.executeUpdate());
                            if (thinkMs > 0)
                            {
                                Thread.sleep(thinkMs);
                            }
                            count.setInt(1, session);
                            final long readStartNs = System.nanoTime();
                            try (ResultSet rs = count.executeQuery())
                            {
                                assertTrue(rs.next());
                                readUs.set((int)reads.getAndIncrement(), (System.nanoTime() - readStartNs) / 1000);
                                if (rs.getInt(1) != n)
                                {
                                    stale.incrementAndGet();
                                }
                                if (replicaIds.contains(rs.getLong(2)))
                                {
                                    onReplica.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (final Future<?> f : done)
            {
                f.get(300, TimeUnit.SECONDS);
            }
        }
        finally
        {
            pool.shutdownNow();
        }
        final long elapsedMs = (System.nanoTime() - startNs) / 1_000_000;
        final long[] latencies = new long[(int)reads.get()];
        for (int i = 0; i < latencies.length; i++)
        {
            latencies[i] = readUs.get(i);
        }
        Arrays.sort(latencies);
        return new Outcome(stale.get(), onReplica.get(), reads.get(), elapsedMs, latencies,
            SluiceProcess.routerDiagnostic(adminPort, service, "causal_waits") - waitsBefore,
            SluiceProcess.routerDiagnostic(adminPort, service, "causal_reads_on_primary") - primaryBefore);
    }

    private static String describe(final String what, final Outcome o)
    {
        return String.format("%s: %d reads, %d stale, %.1f%% on replicas, %.1f%% waited, %.1f%% on the primary,"
                + " %.0f pairs/s, read p50 %d us p99 %d "
                + "us", what, o.reads(), o.stale(), 100.0 * o.onReplica() / o.reads(),
            100.0 * o.waitedShare(), 100.0 * o.primaryShare(), o.pairsPerSec(), o.readPercentileUs(0.5),
            o.readPercentileUs(0.99));
    }

    @Test
    void shouldFindAReplicaCurrentWithoutAWaitWhenTheProbeIsOn() throws Exception
    {
        // A write, then 20 ms later (a web request after a redirect) a read on another session: the probe
        // has learned meanwhile that a replica applied the write. (A read right after the write's OK usually
        // reaches the replica before the write does: then a wait is needed whatever the probe knows.)
        final Outcome probe = load("Probe10", 1, 150, 1000, true, 20);
        final Outcome noProbe = load("NoProbe", 1, 150, 2000, true, 20);
        System.out.println(describe("probe every 10 ms, read 20 ms after the write, other session", probe));
        System.out.println(describe("probe off, read 20 ms after the write, other session", noProbe));
        assertEquals(0, probe.stale(), "no read older than the write before it");
        assertEquals(0, noProbe.stale());
        assertEquals(150, probe.reads(), "no client got an error");
        assertEquals(150, probe.onReplica(), "the replicas serve every read");
        assertTrue(probe.waits() <= 0.2 * probe.reads(), "a replica is known current most of the time: " + probe.waits()
            + " waits for " + probe.reads() + " reads");
        assertTrue(noProbe.waits() >= 0.9 * noProbe.reads(), "without the probe, reads wait: " + noProbe.waits());
        assertTrue(SluiceProcess.routerDiagnostic(adminPort, "Probe10", "causal_probes") > 0,
                "the probe asked the replicas");
        assertEquals(0, SluiceProcess.routerDiagnostic(adminPort, "Probe10", "causal_probe_failures"));
        assertEquals(0, SluiceProcess.routerDiagnostic(adminPort, "NoProbe", "causal_probes"),
                "causal_reads_probe_interval=0ms: no probe");
        assertEquals(10, SluiceProcess.routerDiagnostic(adminPort, "Probe10", "causal_reads_probe_interval_ms"));
    }

    @Test
    void shouldMeasureTheProbeTheFallbackAndTheModes() throws Exception
    {
        assumeTrue(BENCH, "-Dcausal.bench=true runs the measurements");
        int base = 10_000;
        // 1. Probe off / 50 ms / 10 ms / 5 ms, the read right after the write, same session and another one.
        final String[] probes = {"NoProbe", "Probe50", "Probe10", "Probe5"};
        final Map<String, List<Outcome>> probeRuns = new LinkedHashMap<>();
        for (int rep = 0; rep < REPS; rep++)
        {
            for (final boolean crossed : new boolean[] {false, true})
            {
                for (final String service : probes)
                {
                    final Outcome o = load(service, SESSIONS, BENCH_PAIRS, base, crossed, 0);
                    base += SESSIONS;
                    assertEquals(0, o.stale(), service);
                    probeRuns.computeIfAbsent(service + (crossed ? " crossed" : " same"), k -> new ArrayList<>())
                        .add(o);
                }
            }
        }
        // 2. A read right after a write when no replica is known current: wait on the replica or the primary.
        // One session (latency), then 16 sessions (throughput).
        final Map<String, List<Outcome>> pathRuns = new LinkedHashMap<>();
        for (int rep = 0; rep < REPS; rep++)
        {
            for (final String service : new String[] {"Wait", "Primary"})
            {
                for (final int sessions : new int[] {1, SESSIONS})
                {
                    final Outcome o = load(service, sessions, sessions == 1 ? 2_000 : BENCH_PAIRS, base, true, 0);
                    base += sessions;
                    assertEquals(0, o.stale(), service);
                    pathRuns.computeIfAbsent(service + " x" + sessions, k -> new ArrayList<>()).add(o);
                }
            }
        }
        // 3. Each causal_reads mode against none: the write-then-read load and a read-only one.
        final Map<String, List<Double>> modeRead = new LinkedHashMap<>();
        final Map<String, List<Outcome>> modePairs = new LinkedHashMap<>();
        for (int rep = 0; rep < REPS; rep++)
        {
            for (final String[] service : SERVICES)
            {
                if (!service[0].startsWith("Mode-"))
                {
                    continue;
                }
                final Outcome o = load(service[0], SESSIONS, BENCH_PAIRS, base, false, 0);
                base += SESSIONS;
                if (!service[0].equals("Mode-none"))
                {
                    assertEquals(0, o.stale(), service[0]);
                }
                modePairs.computeIfAbsent(service[0], k -> new ArrayList<>()).add(o);
                modeRead.computeIfAbsent(service[0], k -> new ArrayList<>()).add(readOnlyPerSec(service[0]));
            }
        }
        System.out.println("== probe (median of " + REPS + ", " + SESSIONS + " sessions x " + BENCH_PAIRS
            + " pairs, read right after the write's OK)");
        System.out.println("| service | reads | waited | on the primary | pairs/s | stale |");
        for (final Map.Entry<String, List<Outcome>> e : probeRuns.entrySet())
        {
            final List<Outcome> runs = e.getValue();
            System.out.printf("| %s | %d | %.1f %% | %.1f %% | %.0f | %d |%n", e.getKey(), runs.get(0).reads(),
                100 * median(runs.stream().mapToDouble(Outcome::waitedShare).toArray()),
                100 * median(runs.stream().mapToDouble(Outcome::primaryShare).toArray()),
                median(runs.stream().mapToDouble(Outcome::pairsPerSec).toArray()),
                runs.stream().mapToLong(Outcome::stale).sum());
        }
        System.out.println("== wait on the replica or the primary (median of " + REPS + ")");
        System.out.println("| path | sessions | read p50 us | read p99 us | pairs/s | on replicas |");
        for (final Map.Entry<String, List<Outcome>> e : pathRuns.entrySet())
        {
            final List<Outcome> runs = e.getValue();
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.1f %% |%n", e.getKey(), runs.get(0).reads(),
                median(runs.stream().mapToDouble(o -> o.readPercentileUs(0.5)).toArray()),
                median(runs.stream().mapToDouble(o -> o.readPercentileUs(0.99)).toArray()),
                median(runs.stream().mapToDouble(Outcome::pairsPerSec).toArray()),
                100 * median(runs.stream().mapToDouble(o -> (double)o.onReplica() / o.reads()).toArray()));
        }
        System.out.println("== causal_reads modes (median of " + REPS + "; ratio to none)");
        System.out.println("| causal_reads | write-then-read pairs/s | ratio | read-only reads/s | ratio | stale |");
        final double nonePairs =
            median(modePairs.get("Mode-none").stream().mapToDouble(Outcome::pairsPerSec).toArray());
        final double noneRead = median(modeRead.get("Mode-none").stream().mapToDouble(Double::doubleValue).toArray());
        for (final String mode : modePairs.keySet())
        {
            final double pairs = median(modePairs.get(mode).stream().mapToDouble(Outcome::pairsPerSec).toArray());
            final double read = median(modeRead.get(mode).stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("| %s | %.0f | %.2f | %.0f | %.2f | %d |%n", mode.substring("Mode-".length()), pairs,
                pairs / nonePairs, read, read / noneRead, modePairs.get(mode).stream().mapToLong(Outcome::stale).sum());
            assertTrue(read > 0 && pairs > 0, mode);
        }
    }

    /** 16 sessions reading one row each, 2,000 times: reads per second. */
    private static double readOnlyPerSec(final String service) throws Exception
    {
        final int reads = 2_000;
        final ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        final long startNs = System.nanoTime();
        try
        {
            final List<Future<Long>> done = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++)
            {
                done.add(pool.submit(() ->
                {
                    long rows = 0;
                    try (Connection c = connect(service);
                        PreparedStatement read = c.prepareStatement("SELECT n FROM causal_probe WHERE session = ? AND "
                                + "n = 1"))
                    {
                        for (int i = 0; i < reads; i++)
                        {
                            read.setInt(1, 10_000);
                            try (ResultSet rs = read.executeQuery())
                            {
                                rows += rs.next() ? 1 : 0;
                            }
                        }
                    }
                    return rows;
                }));
            }
            for (final Future<Long> f : done)
            {
                assertEquals(reads, f.get(300, TimeUnit.SECONDS), "each read found its row");
            }
        }
        finally
        {
            pool.shutdownNow();
        }
        return SESSIONS * (double)reads * 1e9 / (System.nanoTime() - startNs);
    }

    private static double median(final double[] values)
    {
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
