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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads that are never stale, by default (issue 14): through readwritesplit with its default
 * {@code causal_reads}, a read right after a write's OK sees the write, in the same session and in
 * another one, and most reads are still served by the replicas (a replica not known to have applied
 * the service's write frontier waits for it in the same round trip). With {@code causal_reads=none}
 * the same load is the baseline the cost is measured against.
 */
@ExtendWith(MariaDbClusterExtension.class)
class CausalReadsIT
{
    private static final int SESSIONS = 16;
    /** Write-then-read pairs per session: 300 in CI, {@code -Dcausal.pairs=10000} for issue 14's soak. */
    private static final int PAIRS = Integer.getInteger("causal.pairs", 300);

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int causalPort;
    private static int nonePort;
    private static int shortPort;
    private static Set<Long> replicaIds;

    @BeforeAll
    static void startSluice(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(), "CREATE OR REPLACE TABLE test.causal (session INT, n INT,"
            + " PRIMARY KEY (session, n))");
        cluster.awaitReplicaSync(Duration.ofSeconds(30));
        replicaIds = new HashSet<>();
        for (final ServerInfo r : cluster.replicas())
        {
            replicaIds.add(Long.parseLong(cluster.query(r, "SELECT @@server_id").get(0).get(0)));
        }
        causalPort = SluiceProcess.freePort();
        nonePort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\nrole=").append(s.role() == ServerInfo.Role.PRIMARY ? "master" : "slave").append("\n\n");
        }
        shortPort = SluiceProcess.freePort();
        for (final String[] service : new String[][] {{"Causal", "", String.valueOf(causalPort)},
            {"None", "causal_reads=none\n", String.valueOf(nonePort)},
            {"Short", "causal_reads_timeout=300ms\n", String.valueOf(shortPort)}})
        {
            config.append('[').append(service[0]).append("]\ntype=service\nrouter=readwritesplit\n")
                .append("servers=db1,db2,db3\nuser=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
                .append(ClusterAccounts.SLUICE_PASSWORD).append('\n').append(service[1]).append('\n');
            config.append('[').append(service[0]).append("-Listener]\ntype=listener\nservice=").append(service[0])
                .append("\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=").append(service[2]).append("\n\n");
        }
        sluice = SluiceProcess.start(Path.of("target", "causal-reads-it"), config.toString());
    }

    @AfterAll
    static void stopSluice() throws Exception
    {
        if (sluice != null)
        {
            sluice.close();
        }
    }

    private static Connection connect(final int port) throws SQLException
    {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
    }

    /** What a load saw: stale reads, reads served by a replica, all reads, and how long it took. */
    private record Outcome(long stale, long onReplica, long reads, long elapsedMs)
    {
    }

    /**
     * {@link #SESSIONS} writers, each inserting rows one by one and reading right after each OK how many
     * of its rows there are, in the same session or (crossed) in a reader session of its own.
     */
    private static Outcome load(final int port, final int sessionBase, final boolean crossed) throws Exception
    {
        final AtomicLong stale = new AtomicLong();
        final AtomicLong onReplica = new AtomicLong();
        final AtomicLong reads = new AtomicLong();
        final ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        final long startNs = System.nanoTime();
        try
        {
            final List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++)
            {
                final int session = sessionBase + s;
                done.add(pool.submit(() ->
                {
                    try (Connection writer = connect(port); Connection reader = crossed ? connect(port) : writer;
                        PreparedStatement insert = writer.prepareStatement("INSERT INTO causal VALUES (?, ?)");
                        PreparedStatement count = reader.prepareStatement(
                            "SELECT COUNT(*), @@server_id FROM causal WHERE session = ?"))
                    {
                        for (int n = 1; n <= PAIRS; n++)
                        {
                            insert.setInt(1, session);
                            insert.setInt(2, n);
                            assertEquals(1, insert.executeUpdate());
                            count.setInt(1, session);
                            try (ResultSet rs = count.executeQuery())
                            {
                                assertTrue(rs.next());
                                reads.incrementAndGet();
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
        return new Outcome(stale.get(), onReplica.get(), reads.get(), (System.nanoTime() - startNs) / 1_000_000);
    }

    @Test
    void shouldReadAroundAReplicaThatStoppedApplying() throws Exception
    {
        final ServerInfo db3 = cluster.server("db3");
        final long db3Id = Long.parseLong(cluster.query(db3, "SELECT @@server_id").get(0).get(0));
        cluster.execute(db3, "STOP SLAVE SQL_THREAD");
        final Outcome lagging;
        try
        {
            lagging = load(shortPort, 4000, true);
        }
        finally
        {
            cluster.execute(db3, "START SLAVE SQL_THREAD");
        }
        System.out.printf("causal reads, db3 not applying: %d reads, %d stale, %.1f%% on replicas, %d ms%n",
            lagging.reads(), lagging.stale(), 100.0 * lagging.onReplica() / lagging.reads(), lagging.elapsedMs());
        assertEquals(0, lagging.stale(), "no read saw data older than the write before it");
        assertEquals(SESSIONS * (long)PAIRS, lagging.reads(), "and no client got an error");
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
        assertTrue(Poll.waitFor(() ->
        {
            try (Connection c = connect(shortPort); java.sql.Statement s = c.createStatement())
            {
                for (int i = 0; i < 6; i++)
                {
                    try (ResultSet rs = s.executeQuery("SELECT @@server_id"))
                    {
                        rs.next();
                        if (rs.getLong(1) == db3Id)
                        {
                            return true;
                        }
                    }
                }
                return false;
            }
        }, 30_000), "db3 serves reads again once it has caught up");
    }

    @Test
    void shouldNeverReadStaleDataAfterAWriteAndStillReadFromTheReplicas() throws Exception
    {
        final Outcome same = load(causalPort, 1000, false);
        final Outcome crossed = load(causalPort, 2000, true);
        final Outcome none = load(nonePort, 3000, false);
        System.out.printf("causal reads, same session: %d reads, %d stale, %.1f%% on replicas, %d ms%n", same.reads(),
            same.stale(), 100.0 * same.onReplica() / same.reads(), same.elapsedMs());
        System.out.printf("causal reads, other session: %d reads, %d stale, %.1f%% on replicas, %d ms%n",
            crossed.reads(), crossed.stale(), 100.0 * crossed.onReplica() / crossed.reads(), crossed.elapsedMs());
        System.out.printf("causal_reads=none: %d reads, %d stale, %.1f%% on replicas, %d ms%n", none.reads(),
            none.stale(), 100.0 * none.onReplica() / none.reads(), none.elapsedMs());
        assertEquals(0, same.stale(), "a read right after the session's own write sees it");
        assertEquals(0, crossed.stale(), "a read right after another session's acknowledged write sees it");
        assertEquals(SESSIONS * (long)PAIRS, same.reads());
        assertTrue(same.onReplica() >= 0.9 * same.reads(), "replicas still serve the reads: " + same);
        assertTrue(crossed.onReplica() >= 0.9 * crossed.reads(), "replicas still serve the reads: " + crossed);
    }
}
