package io.sluice.dist;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code transaction_replay} under load (issue 14): 16 sessions run transactions back to back (an
 * INSERT, an UPDATE of the session's counter, a SELECT of it checked inside the transaction, a 20 ms
 * sleep, COMMIT;
 * half of them with server-side prepared statements) while the primary changes under them, through
 * a switchover and through SIGKILL with {@code auto_failover}. Every transaction the client saw commit
 * is there exactly once, the counter always equals the session's rows (no transaction half applied,
 * none applied twice), and the statements inside read what they should. A switchover costs no client
 * an error; a kill costs at most the transactions whose COMMIT was in flight (their outcome is
 * unknown: {@code transaction_replay_safe_commit}), and those are there at most once.
 *
 * <p>Runs on a cluster of its own (it kills primaries), with semi-synchronous replication so that a
 * killed primary loses no acknowledged commit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransactionReplayIT
{
    private static final long PATIENCE_MS = 90_000;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(150);
    private static final int SESSIONS = 16;

    private static TestCluster cluster;
    private static SluiceProcess sluice;
    private static int port;
    private static int smallPort;
    private static int optimisticPort;
    private static int retryPort;
    private static int adminPort;

    @BeforeAll
    static void start() throws Exception
    {
        cluster = TestCluster.start(Path.of("target", "mariadb-cluster-trx-replay").toAbsolutePath());
        cluster.execute(cluster.primary(),
            "CREATE TABLE test.trx_rows (session INT, seq INT, server INT, KEY (session, seq))",
            "CREATE TABLE test.trx_counts (session INT PRIMARY KEY, n INT)",
            "INSERT INTO test.trx_counts SELECT seq, 0 FROM test.seq_0_to_" + (SESSIONS - 1),
            "CREATE TABLE test.trx_kv (id INT PRIMARY KEY, v INT)", "INSERT INTO test.trx_kv VALUES (1, 1), (2, 1)");
        enableSemiSync();
        cluster.awaitReplicaSync(Duration.ofSeconds(60));
        adminPort = SluiceProcess.freePort();
        final StringBuilder config = new StringBuilder("[sluice]\nthreads=2\nadmin_port=" + adminPort + "\n\n");
        for (final ServerInfo s : cluster.servers())
        {
            config.append('[').append(s.name()).append("]\ntype=server\naddress=127.0.0.1\nport=").append(s.port())
                .append("\n\n");
        }
        config.append("[TheMonitor]\ntype=monitor\nmodule=mariadbmon\nservers=db1,db2,db3\nuser=")
            .append(ClusterAccounts.MONITOR_USER).append("\npassword=").append(ClusterAccounts.MONITOR_PASSWORD)
            .append("\nmonitor_interval=1s\nauto_failover=true\nauto_rejoin=true\nfailcount=2\nreplication_user=")
            .append(ClusterAccounts.REPL_USER).append("\nreplication_password=").append(ClusterAccounts.REPL_PASSWORD)
            .append("\n\n");
        port = readWriteSplit(config, "Replay", "transaction_replay=true");
        smallPort = readWriteSplit(config, "Small", "transaction_replay=true", "transaction_replay_max_size=1Ki",
            "transaction_replay_retry_on_deadlock=true");
        optimisticPort = readWriteSplit(config, "Optimistic", "optimistic_trx=true");
        retryPort = readWriteSplit(config, "Retry", "transaction_replay=true",
            "transaction_replay_retry_on_mismatch=true", "transaction_replay_timeout=0s",
            "transaction_replay_attempts=3");
        sluice = SluiceProcess.start(Path.of("target", "transaction-replay-it"), config.toString());
        sluice.awaitLog("server db1 changed state: Running -> Master, Running", PATIENCE_MS);
        sluice.awaitLog("server db2 changed state: Running -> Slave, Running", PATIENCE_MS);
        sluice.awaitLog("server db3 changed state: Running -> Slave, Running", PATIENCE_MS);
    }

    /** Appends a readwritesplit service NAME-Service over the three servers, and its listener; returns its port. */
    private static int readWriteSplit(final StringBuilder config, final String name, final String... parameters)
        throws Exception
    {
        final int listenerPort = SluiceProcess.freePort();
        config.append('[').append(name).append("-Service]\ntype=service\nrouter=readwritesplit\nservers=db1,db2,db3\n")
            .append("user=").append(ClusterAccounts.SLUICE_USER).append("\npassword=")
            .append(ClusterAccounts.SLUICE_PASSWORD).append('\n');
        for (final String parameter : parameters)
        {
            config.append(parameter).append('\n');
        }
        config.append("\n[").append(name).append("-Listener]\ntype=listener\nservice=").append(name)
            .append("-Service\nprotocol=MariaDBProtocol\naddress=127.0.0.1\nport=").append(listenerPort)
            .append("\n\n");
        return listenerPort;
    }

    @AfterAll
    static void stop() throws Exception
    {
        try
        {
            if (sluice != null)
            {
                sluice.close();
            }
        }
        finally
        {
            if (cluster != null)
            {
                cluster.close();
            }
        }
    }

    /** Semi-sync on every server, both ways (any of them may become the primary): AFTER_SYNC, 10 s. */
    private static void enableSemiSync() throws Exception
    {
        for (final ServerInfo s : cluster.servers())
        {
            cluster.execute(s, "SET GLOBAL rpl_semi_sync_master_enabled=ON",
                "SET GLOBAL rpl_semi_sync_master_wait_point='AFTER_SYNC'",
                "SET GLOBAL rpl_semi_sync_master_timeout=10000", "SET GLOBAL rpl_semi_sync_slave_enabled=ON");
        }
        for (final ServerInfo replica : cluster.replicas())
        {
            cluster.execute(replica, "STOP SLAVE IO_THREAD", "START SLAVE IO_THREAD");
        }
        assertTrue(Poll.waitFor(() -> "2".equals(cluster.query(cluster.primary(), "SELECT VARIABLE_VALUE FROM "
            + "information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='Rpl_semi_sync_master_clients'").get(0).get(0)),
            30_000), "both replicas acknowledge semi-synchronously");
    }

    /** Sessions that run transactions until stopped, each remembering what it was told. */
    private static final class Load implements AutoCloseable
    {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong commits = new AtomicLong();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> wrongReads = new ConcurrentLinkedQueue<>();
        /** Per session: the seq of every transaction the client saw commit, and those whose outcome is unknown. */
        final List<List<Integer>> acknowledged = new ArrayList<>();
        final List<List<Integer>> unknown = new ArrayList<>();
        final ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        final List<Future<?>> sessions = new ArrayList<>();

        Load(final int firstSeq) throws Exception
        {
            for (int i = 0; i < SESSIONS; i++)
            {
                final int session = i;
                acknowledged.add(java.util.Collections.synchronizedList(new ArrayList<>()));
                unknown.add(java.util.Collections.synchronizedList(new ArrayList<>()));
                sessions.add(pool.submit(() -> run(session, firstSeq)));
            }
        }

        private Connection connect(final int session) throws SQLException
        {
            // half the sessions run their statements as server-side prepared statements (COM_STMT_EXECUTE)
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test?useServerPrepStmts="
                + (session % 2 == 0), ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
        }

        private void run(final int session, final int firstSeq)
        {
            int seq = firstSeq;
            int expected = -1; // the session's counter, as the client knows it (-1: read it)
            while (running.get())
            {
                try (Connection c = connect(session);
                     Statement s = c.createStatement();
                     PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO trx_rows (session, seq, server) VALUES (?, ?, @@server_id)");
                     PreparedStatement update = c.prepareStatement("UPDATE trx_counts SET n = n + 1 WHERE session = ?");
                     PreparedStatement read = c.prepareStatement("SELECT n FROM trx_counts WHERE session = ?"))
                {
                    if (expected < 0)
                    {
                        expected = counter(read, session);
                    }
                    for (; running.get(); seq++)
                    {
                        s.execute("BEGIN");
                        insert.setInt(1, session);
                        insert.setInt(2, seq);
                        assertEquals(1, insert.executeUpdate());
                        update.setInt(1, session);
                        assertEquals(1, update.executeUpdate());
                        final int n = counter(read, session);
                        if (n != expected + 1)
                        {
                            wrongReads.add("session " + session + " seq " + seq + ": read " + n + ", expected "
                                + (expected + 1));
                        }
                        // time inside the transaction, so that a failure mostly interrupts open transactions
                        // rather than COMMITs (which wait for a replica: semi-sync)
                        s.execute("DO SLEEP(0.02)");
                        try
                        {
                            s.execute("COMMIT");
                        }
                        catch (final SQLException e)
                        {
                            unknown.get(session).add(seq); // it may or may not have committed
                            throw e;
                        }
                        acknowledged.get(session).add(seq);
                        commits.incrementAndGet();
                        expected = n;
                    }
                }
                catch (final SQLException | RuntimeException | Error e)
                {
                    errors.add("session " + session + " seq " + seq + ": " + e);
                    seq++;
                    expected = -1; // read it again from a new connection
                    pause();
                }
            }
        }

        private static int counter(final PreparedStatement read, final int session) throws SQLException
        {
            read.setInt(1, session);
            try (ResultSet rs = read.executeQuery())
            {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }

        private static void pause()
        {
            try
            {
                Thread.sleep(200);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }

        /** Commits from now until the given time has passed. */
        long commitsDuring(final long ms) throws InterruptedException
        {
            final long before = commits.get();
            Thread.sleep(ms);
            return commits.get() - before;
        }

        @Override
        public void close() throws Exception
        {
            running.set(false);
            for (final Future<?> f : sessions)
            {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
        }
    }

    @Test
    @Order(1)
    void shouldReplayTransactionsThroughASwitchoverWithNoClientError() throws Exception
    {
        final long replaysBefore = SluiceProcess.routerDiagnostic(adminPort, "Replay-Service", "replayed_transactions");
        final Load load = new Load(0);
        try
        {
            assertTrue(load.commitsDuring(2_000) > 0, () -> "transactions commit; errors: " + load.errors);
            final HttpResponse<String> done = SluiceProcess.admin(adminPort, "POST",
                    "/v1/maxscale/modules/mariadbmon/switchover?TheMonitor&db2", ADMIN_TIMEOUT);
            assertEquals(200, done.statusCode(), done.body());
            sluice.awaitLog("server db2 changed state: Slave, Running -> Master, Running", PATIENCE_MS);
            assertTrue(load.commitsDuring(3_000) > 0, () -> "transactions commit on db2; errors: " + load.errors);
        }
        finally
        {
            load.close();
        }
        final long replays = SluiceProcess.routerDiagnostic(adminPort, "Replay-Service",
                "replayed_transactions") - replaysBefore;
        System.out.println("switchover: " + load.commits.get() + " transactions committed by " + SESSIONS
            + " sessions, " + replays + " replayed, errors " + load.errors);
        assertEquals(List.of(), List.copyOf(load.errors), "no client saw an error");
        assertEquals(List.of(), List.copyOf(load.wrongReads), "every read inside a transaction was right");
        assertTrue(replays > 0, "the switchover interrupted transactions, which were replayed");
        verify(load, "db2");
    }

    @Test
    @Order(2)
    void shouldReplayTransactionsOnTheNewPrimaryWhenThePrimaryIsKilled() throws Exception
    {
        final String killed = primary();
        final long replaysBefore = SluiceProcess.routerDiagnostic(adminPort, "Replay-Service", "replayed_transactions");
        final Load load = new Load(1_000_000);
        final String promoted;
        try
        {
            assertTrue(load.commitsDuring(2_000) > 0, () -> "transactions commit; errors: " + load.errors);
            cluster.killServer(killed);
            sluice.awaitLog("server " + killed + " changed state: Master, Running -> Down", PATIENCE_MS);
            promoted = awaitNewPrimary(killed);
            assertTrue(load.commitsDuring(3_000) > 0, () -> "transactions commit on the new primary; errors: "
                + load.errors);
        }
        finally
        {
            load.close();
        }
        final long replays = SluiceProcess.routerDiagnostic(adminPort, "Replay-Service",
                "replayed_transactions") - replaysBefore;
        final int unknown = load.unknown.stream().mapToInt(List::size).sum();
        System.out.println("kill -9 of " + killed + ", failover to " + promoted + ": " + load.commits.get()
            + " transactions committed by " + SESSIONS + " sessions, " + replays + " replayed, " + unknown
            + " COMMITs in flight (outcome unknown), errors " + load.errors);
        assertEquals(List.of(), List.copyOf(load.wrongReads), "every read inside a transaction was right");
        assertTrue(replays > 0, "the kill interrupted transactions, which were replayed");
        // Only a COMMIT in flight when the primary died may fail (safe_commit: it may have committed).
        assertEquals(unknown, load.errors.size(), "every error is a COMMIT whose outcome is unknown: " + load.errors);
        for (final String error : load.errors)
        {
            assertTrue(error.contains("may have succeeded (transaction_replay_safe_commit)"), error);
        }
        assertTrue(unknown <= SESSIONS, "at most one COMMIT per session was in flight: " + load.errors);
        verify(load, promoted);
        cluster.startServer(killed);
    }

    /**
     * The transaction's server connection is killed while the client waits for a statement of it:
     * the transaction is replayed on the same primary and the client gets the statement's answer; but
     * when what the transaction read has changed meanwhile, the replay's answer differs, and the client
     * gets an error rather than a transaction built on data it never saw.
     */
    @Test
    @Order(3)
    void shouldReplayAfterAKilledConnectionAndRefuseAReplayWhoseAnswersDiffer() throws Exception
    {
        final ServerInfo primary = cluster.server(primary());
        final long mismatchesBefore = SluiceProcess.routerDiagnostic(adminPort, "Replay-Service",
                "trx_replay_mismatches");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            assertEquals(1, s.executeUpdate("UPDATE trx_kv SET v = v + 10 WHERE id = 2"));
            assertEquals("1", one(s, "SELECT v FROM trx_kv WHERE id = 1"));
            assertEquals("0", killDuringSleep(s, primary), "the replayed transaction answered the SLEEP (in full)");
            assertEquals("11", one(s, "SELECT v FROM trx_kv WHERE id = 2"), "the replay redid the UPDATE, once");
            s.execute("COMMIT");
        }
        assertEquals("11", cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0));

        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            assertEquals(1, s.executeUpdate("UPDATE trx_kv SET v = v + 100 WHERE id = 2"));
            assertEquals("1", one(s, "SELECT v FROM trx_kv WHERE id = 1"));
            cluster.execute(primary, "UPDATE test.trx_kv SET v = 2 WHERE id = 1"); // what it read changes
            final SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> killDuringSleep(s, primary));
            assertTrue(e.getMessage().contains("Transaction checksum mismatch"), e.getMessage());
        }
        assertEquals("11", cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0),
            "the refused transaction left nothing");
        assertEquals(mismatchesBefore + 1,
                SluiceProcess.routerDiagnostic(adminPort, "Replay-Service", "trx_replay_mismatches"));
    }

    /**
     * transaction_replay_max_size: a transaction bigger than it is not replayed (the client gets an
     * error that says so); transaction_replay_retry_on_deadlock: the deadlock's victim is replayed
     * and both transactions commit.
     */
    @Test
    @Order(4)
    void shouldRefuseABigTransactionAndReplayADeadlockVictim() throws Exception
    {
        final ServerInfo primary = cluster.server(primary());
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + smallPort + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            assertEquals(1, s.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 2 AND '" + "x".repeat(1100)
                + "' <> ''"));
            final SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> killDuringSleep(s, primary));
            assertTrue(e.getMessage().contains("transaction_replay_max_size"), e.getMessage());
        }
        assertTrue(SluiceProcess.routerDiagnostic(adminPort, "Small-Service", "trx_max_size_exceeded") >= 1);

        final String before1 = cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 1").get(0).get(0);
        final String before2 = cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0);
        final long replaysBefore = SluiceProcess.routerDiagnostic(adminPort, "Small-Service", "replayed_transactions");
        try (Connection a = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + smallPort + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Connection b = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + smallPort + "/test",
                 ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement sa = a.createStatement(); Statement sb = b.createStatement())
        {
            sa.execute("BEGIN");
            sb.execute("BEGIN");
            assertEquals(1, sa.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 1"));
            assertEquals(1, sb.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 2"));
            // each finishes its transaction on its own thread: the victim's replay waits for the other's locks
            final java.util.concurrent.ExecutorService aThread = Executors.newSingleThreadExecutor();
            final java.util.concurrent.CompletableFuture<Integer> aDone =
                java.util.concurrent.CompletableFuture.supplyAsync(() ->
                {
                    try
                    {
                        final int updated = sa.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 2"); // waits
                        sa.execute("COMMIT");
                        return updated;
                    }
                    catch (final SQLException e)
                    {
                        throw new IllegalStateException(e);
                    }
                }, aThread);
            aThread.shutdown();
            assertTrue(Poll.waitFor(() -> "1".equals(cluster.query(primary, "SELECT COUNT(*) FROM "
                + "information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'").get(0).get(0)), 20_000),
                () -> "a waits for b's lock: " + innodbTransactions(primary));
            // b closes the cycle: one of the two is the deadlock's victim, and is replayed
            assertEquals(1, sb.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 1"));
            sb.execute("COMMIT");
            assertEquals(1, aDone.get(60, TimeUnit.SECONDS));
        }
        assertEquals(Integer.parseInt(before1) + 2,
            Integer.parseInt(cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 1").get(0).get(0)));
        assertEquals(Integer.parseInt(before2) + 2,
            Integer.parseInt(cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0)));
        assertEquals(replaysBefore + 1,
                SluiceProcess.routerDiagnostic(adminPort, "Small-Service", "replayed_transactions"),
            "the victim was replayed once");
    }

    /**
     * optimistic_trx: a transaction starts on a replica; one that only reads ends there; one that
     * writes moves to the primary at its first write, what it read replayed there and checked (text
     * and prepared statements); if what it read on the replica is not what the primary has, the client
     * gets an error rather than a write based on it.
     */
    @Test
    @Order(5)
    void shouldStartTransactionsOnAReplicaAndMoveThemToThePrimaryAtTheirFirstWrite() throws Exception
    {
        final ServerInfo primary = cluster.server(primary());
        final String primaryId = cluster.query(primary, "SELECT @@server_id").get(0).get(0);
        syncReplicas(primary);
        final long movedBefore = SluiceProcess.routerDiagnostic(adminPort, "Optimistic-Service",
                "optimistic_transactions_moved");
        final long replaysBefore = SluiceProcess.routerDiagnostic(adminPort, "Optimistic-Service",
                "replayed_transactions");
        for (final boolean prepared : new boolean[] {false, true})
        {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + optimisticPort
                + "/test?useServerPrepStmts=" + prepared, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
                 Statement s = c.createStatement();
                 PreparedStatement read = c.prepareStatement("SELECT v FROM trx_kv WHERE id = ?");
                 PreparedStatement write = c.prepareStatement("UPDATE trx_kv SET v = v + 1 WHERE id = ?"))
            {
                s.execute("BEGIN");
                assertTrue(!primaryId.equals(one(s, "SELECT @@server_id")), "a transaction starts on a replica");
                s.execute("COMMIT");

                final int before = Integer.parseInt(cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2")
                    .get(0).get(0));
                s.execute("BEGIN");
                read.setInt(1, 2);
                try (ResultSet rs = read.executeQuery())
                {
                    assertTrue(rs.next());
                    assertEquals(before, rs.getInt(1), "the replica is current");
                }
                write.setInt(1, 2);
                assertEquals(1, write.executeUpdate(), "the first write moved the transaction to the primary");
                assertEquals(primaryId, one(s, "SELECT @@server_id"), "the transaction goes on on the primary");
                s.execute("COMMIT");
                assertEquals(before + 1, Integer.parseInt(cluster.query(primary,
                    "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0)), "written once (prepared " + prepared
                    + ")");
            }
        }
        assertEquals(movedBefore + 2,
                SluiceProcess.routerDiagnostic(adminPort, "Optimistic-Service", "optimistic_transactions_moved"));
        assertEquals(replaysBefore + 2,
                SluiceProcess.routerDiagnostic(adminPort, "Optimistic-Service", "replayed_transactions"));

        syncReplicas(primary);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + optimisticPort + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            final String read = one(s, "SELECT v FROM trx_kv WHERE id = 1");
            cluster.execute(primary, "UPDATE test.trx_kv SET v = v + 1000 WHERE id = 1"); // after the read
            final SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> s.executeUpdate("UPDATE trx_kv SET v = v + 1 WHERE id = 2"));
            assertTrue(e.getMessage().contains("Transaction checksum mismatch"), e.getMessage() + " (read " + read
                + ")");
        }
    }

    /**
     * transaction_replay_retry_on_mismatch with transaction_replay_timeout=0s and _attempts=3: a
     * transaction whose read changed is replayed again after each mismatch, three times in all, and
     * then the client gets an error that says the attempts are used up; nothing of it is left.
     */
    @Test
    @Order(6)
    void shouldRetryAMismatchedReplayUpToTheAttemptsThenFail() throws Exception
    {
        final ServerInfo primary = cluster.server(primary());
        final long mismatchesBefore = SluiceProcess.routerDiagnostic(adminPort, "Retry-Service",
                "trx_replay_mismatches");
        final String before = cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + retryPort + "/test",
            ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD); Statement s = c.createStatement())
        {
            s.execute("BEGIN");
            assertEquals(1, s.executeUpdate("UPDATE trx_kv SET v = v + 7 WHERE id = 2"));
            one(s, "SELECT v FROM trx_kv WHERE id = 1");
            cluster.execute(primary, "UPDATE test.trx_kv SET v = v + 1 WHERE id = 1"); // what it read changes
            final SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> killDuringSleep(s, primary));
            assertTrue(e.getMessage().contains("transaction_replay_attempts (3) are used up"), e.getMessage());
        }
        assertEquals(mismatchesBefore + 3,
                SluiceProcess.routerDiagnostic(adminPort, "Retry-Service", "trx_replay_mismatches"),
            "replayed three times, each time checked");
        assertEquals(before, cluster.query(primary, "SELECT v FROM test.trx_kv WHERE id = 2").get(0).get(0),
            "the failed transaction left nothing");
    }

    private static String innodbTransactions(final ServerInfo primary)
    {
        try
        {
            return cluster.query(primary, "SELECT trx_id, trx_state, trx_started, trx_mysql_thread_id, trx_query"
                + " FROM information_schema.INNODB_TRX").toString();
        }
        catch (final SQLException e)
        {
            return e.toString();
        }
    }

    /** Runs SELECT SLEEP(2) and kills its server connection (as root, on the server) while it sleeps. */
    private static String killDuringSleep(final Statement s, final ServerInfo primary) throws Exception
    {
        final java.util.concurrent.ExecutorService sleeper = Executors.newSingleThreadExecutor();
        final java.util.concurrent.CompletableFuture<String> sleep = java.util.concurrent.CompletableFuture
            .supplyAsync(() ->
            {
                try
                {
                    return one(s, "SELECT SLEEP(2)");
                }
                catch (final SQLException e)
                {
                    throw new java.util.concurrent.CompletionException(e);
                }
            }, sleeper);
        sleeper.shutdown();
        final String[] id = new String[1];
        assertTrue(Poll.waitFor(() ->
        {
            final List<List<String>> rows = cluster.query(primary, "SELECT ID FROM information_schema.PROCESSLIST"
                + " WHERE INFO = 'SELECT SLEEP(2)'");
            id[0] = rows.isEmpty() ? null : rows.get(0).get(0);
            return id[0] != null;
        }, 10_000), "the SLEEP runs on the primary");
        cluster.execute(primary, "KILL CONNECTION " + id[0]);
        try
        {
            return sleep.get(30, TimeUnit.SECONDS);
        }
        catch (final java.util.concurrent.ExecutionException e)
        {
            if (e.getCause() instanceof SQLException)
            {
                throw (SQLException)e.getCause();
            }
            throw e;
        }
    }

    private static String one(final Statement s, final String sql) throws SQLException
    {
        try (ResultSet rs = s.executeQuery(sql))
        {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    /**
     * On the primary: every acknowledged transaction is there exactly once, one whose COMMIT failed at
     * most once, and each session's counter equals its rows.
     */
    private static void verify(final Load load, final String primary) throws Exception
    {
        final ServerInfo server = cluster.server(primary);
        for (int session = 0; session < SESSIONS; session++)
        {
            final Map<Integer, Integer> rows = new TreeMap<>();
            for (final List<String> r : cluster.query(server,
                "SELECT seq, COUNT(*) FROM test.trx_rows WHERE session = " + session + " GROUP BY seq"))
            {
                rows.put(Integer.parseInt(r.get(0)), Integer.parseInt(r.get(1)));
            }
            for (final int seq : List.copyOf(load.acknowledged.get(session)))
            {
                assertEquals(1, rows.getOrDefault(seq, 0), "session " + session + " seq " + seq
                    + ": acknowledged, so there exactly once");
            }
            for (final int seq : List.copyOf(load.unknown.get(session)))
            {
                assertTrue(rows.getOrDefault(seq, 0) <= 1, "session " + session + " seq " + seq + " at most once");
            }
            for (final Map.Entry<Integer, Integer> e : rows.entrySet())
            {
                assertEquals(1, e.getValue(), "session " + session + " seq " + e.getKey() + " is there once");
            }
            final int total = Integer.parseInt(cluster.query(server,
                "SELECT COUNT(*) FROM test.trx_rows WHERE session = " + session).get(0).get(0));
            final int counter = Integer.parseInt(cluster.query(server,
                "SELECT n FROM test.trx_counts WHERE session = " + session).get(0).get(0));
            assertEquals(total, counter, "session " + session + ": the counter moved with every row, once");
        }
    }

    /** Waits until the servers the monitor shows as replicas have applied what the primary has logged. */
    private static void syncReplicas(final ServerInfo primary) throws Exception
    {
        final String position = cluster.query(primary, "SELECT @@gtid_binlog_pos").get(0).get(0);
        for (final String name : List.of("db1", "db2", "db3"))
        {
            if (SluiceProcess.admin(adminPort, "GET", "/v1/servers/" + name,
                    ADMIN_TIMEOUT).body().contains("\"state\":\"Slave, Running\""))
            {
                assertEquals("0", cluster.query(cluster.server(name), "SELECT MASTER_GTID_WAIT('" + position
                    + "', 60)").get(0).get(0), name + " applies " + position);
            }
        }
    }

    private static String primary() throws Exception
    {
        for (final String name : List.of("db1", "db2", "db3"))
        {
            final HttpResponse<String> r = SluiceProcess.admin(adminPort, "GET", "/v1/servers/" + name, ADMIN_TIMEOUT);
            if (r.body().contains("\"state\":\"Master, Running\""))
            {
                return name;
            }
        }
        throw new AssertionError("no primary in the admin API");
    }

    private static String awaitNewPrimary(final String old) throws Exception
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        final Pattern promoted = Pattern.compile("server (db\\d) changed state: [^\\n]*-> Master, Running");
        while (System.nanoTime() - deadlineNs < 0)
        {
            final String log = sluice.log();
            final Matcher m = promoted.matcher(log.substring(log.lastIndexOf(old + " changed state: Master, Running"
                + " -> Down")));
            if (m.find())
            {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        fail("no primary after " + old + " went down:\n" + sluice.log());
        return null;
    }
}
