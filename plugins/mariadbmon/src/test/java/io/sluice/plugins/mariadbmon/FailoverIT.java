package io.sluice.plugins.mariadbmon;

import io.sluice.api.ServerState;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failover and rejoin, which kill the primary: each test runs on a cluster of its own (a second
 * TestCluster in its own folder, started fresh for the test and closed after it), never on the
 * shared one.
 */
class FailoverIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long INTERVAL_MS = 1000;

    private TestCluster cluster;

    @BeforeEach
    void startCluster() throws Exception
    {
        cluster = TestCluster.start(Path.of("target", "mariadb-cluster-failover").toAbsolutePath());
    }

    @AfterEach
    void stopCluster()
    {
        if (cluster != null)
        {
            cluster.close();
        }
    }

    /**
     * Semi-synchronous replication (AFTER_SYNC: a commit is acknowledged once a replica has it in
     * its relay log), a writer committing as fast as it can, the primary killed with SIGKILL: the
     * monitor fails over within failcount ticks plus a bounded margin, and every acknowledged
     * commit is on the new primary (checked by id and by GTID).
     */
    @Test
    void shouldFailOverAutomaticallyWithoutLosingAcknowledgedCommits() throws Exception
    {
        enableSemiSync();
        cluster.execute(cluster.primary(), "CREATE TABLE test.acked (id INT PRIMARY KEY, gtid VARCHAR(100))");
        cluster.awaitReplicaSync(PATIENCE);
        final int failcount = 3;
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("AutoMon", MonitorHarness.targets(cluster),
                 MonitorHarness.params("auto_failover=true", "auto_rejoin=true", "failcount=" + failcount)))
        {
            assertEquals("Master, Running", mon.status("db1"));
            final AtomicLong lastAcked = new AtomicLong();
            final AtomicReference<String> lastAckedGtid = new AtomicReference<>("");
            final Thread writer = new Thread(() -> write(lastAcked, lastAckedGtid), "writer");
            writer.start();
            Await.until(() -> lastAcked.get() >= 200, PATIENCE, () -> "only " + lastAcked.get() + " commits");

            cluster.killServer("db1");
            final long killedNs = System.nanoTime();
            final long ticksWhenKilled = mon.ticks();
            Await.until(() -> newPrimary(mon) != null, PATIENCE, () -> mon.cluster().snapshot().toString());
            final long failoverMs = (System.nanoTime() - killedNs) / 1_000_000;
            final long ticksToFailover = mon.ticks() - ticksWhenKilled;
            writer.join(30_000);
            final String promoted = newPrimary(mon);
            final String other = promoted.equals("db2") ? "db3" : "db2";
            System.out.println("failover: " + promoted + " is the primary " + failoverMs + " ms (" + ticksToFailover
                + " completed ticks) after db1 was killed (failcount " + failcount + ", monitor_interval " + INTERVAL_MS
                + " ms); " + lastAcked.get() + " commits acknowledged, last " + lastAckedGtid.get());
            // The first tick that starts after the kill counts 1 (the next tick, or the one after if one was
            // under way); the failcount-th fails over within that tick.
            assertTrue(ticksToFailover <= failcount + 1, "failover after " + ticksToFailover + " ticks");
            // Wall time: failcount intervals plus one for the tick under way, plus the operation, with
            // room for a slow, shared machine.
            assertTrue(failoverMs <= (failcount + 1) * INTERVAL_MS + 20_000, "failover took " + failoverMs + " ms");
            log.await("monitor AutoMon: the primary db1 has been down for " + failcount
                    + " ticks (failcount " + failcount
                + "): failing over", PATIENCE);

            // nothing acknowledged is lost
            final long acked = lastAcked.get();
            assertEquals(List.of(List.of(Long.toString(acked))),
                query(promoted, "SELECT COUNT(*) FROM test.acked WHERE id <= " + acked));
            final GtidList promotedPos = GtidList.parse(query(promoted, "SELECT @@gtid_current_pos").get(0).get(0));
            assertTrue(promotedPos.covers(GtidList.parse(lastAckedGtid.get())), promoted + " is at " + promotedPos
                + ", the last acknowledged commit was " + lastAckedGtid.get());
            assertEquals(List.of(List.of("0")), query(promoted, "SELECT @@read_only"));

            // the other replica follows the new primary
            mon.awaitStatus(other, "Slave, Running", PATIENCE);
            assertEquals(promoted, mon.state(other).replicatesFrom());
            write(promoted, "INSERT INTO test.acked VALUES (1000000, 'after failover')");
            awaitSameBinlog(promoted, other);
            Await.until(() -> "after failover".equals(get(other,
                    "SELECT gtid FROM test.acked WHERE id=1000000")), PATIENCE,
                () -> other + " did not get the write made on " + promoted);

            // the old primary comes back and is rejoined unless the crash left it a transaction nobody else has
            cluster.startServer("db1");
            final GtidList db1Pos = GtidList.parse(query("db1", "SELECT @@gtid_current_pos").get(0).get(0));
            final GtidList primaryPos = GtidList.parse(query(promoted, "SELECT @@gtid_binlog_pos").get(0).get(0));
            if (db1Pos.eventsAhead(primaryPos, db1Pos.domains()) == 0 && !db1Pos.divergesFrom(primaryPos))
            {
                System.out.println("db1 came back at " + db1Pos + ": auto_rejoin makes it a replica of " + promoted);
                mon.awaitStatus("db1", "Slave, Running", PATIENCE);
                assertEquals(promoted, mon.state("db1").replicatesFrom());
                assertTrue(mon.state("db1").readOnly());
                awaitSameBinlog(promoted, "db1");
                assertEquals("after failover", get("db1", "SELECT gtid FROM test.acked WHERE id=1000000"));
            }
            else
            {
                System.out.println("db1 came back at " + db1Pos + ", ahead of " + promoted + "'s " + primaryPos
                    + ": auto_rejoin must refuse it");
                log.await("monitor AutoMon: automatic rejoin of db1 failed: db1 cannot replicate from " + promoted
                    + ": its GTID position", PATIENCE);
                assertEquals("Running", mon.status("db1"));
            }
            assertEquals("Master, Running", mon.status(promoted));
        }
    }

    /**
     * db2 stops receiving (IO thread stopped) while db1 takes more writes, then db1 dies: a manual
     * failover promotes db3, which received more, although db2 is listed first; db2 is pointed at
     * db3 and catches up; db1 comes back standalone and a manual rejoin makes it a replica of db3.
     */
    @Test
    void shouldFailOverToTheMostUpToDateReplicaAndRejoinTheOldPrimary() throws Exception
    {
        cluster.execute(cluster.primary(), "CREATE TABLE test.fo (id INT PRIMARY KEY)",
            "INSERT INTO test.fo VALUES (1), (2), (3), (4), (5)");
        cluster.awaitReplicaSync(PATIENCE);
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("ManualMon", MonitorHarness.targets(cluster),
                     MonitorHarness.params()))
        {
            cluster.execute(cluster.server("db2"), "STOP SLAVE IO_THREAD");
            for (int id = 6; id <= 10; id++)
            {
                write("db1", "INSERT INTO test.fo VALUES (" + id + ")");
            }
            awaitSameBinlog("db1", "db3");
            cluster.killServer("db1");
            mon.awaitStatus("db1", "Down", PATIENCE);

            final Map<?, ?> result = (Map<?, ?>) mon.call("failover");
            System.out.println("manual failover took " + result.get("duration_ms") + " ms: " + result);
            assertEquals("db3", result.get("new_primary"));
            assertEquals("db1", result.get("old_primary"));
            assertEquals(List.of("db2"), result.get("redirected"));
            assertEquals(Map.of("db2", "Yes"), result.get("replication"));
            mon.awaitStatus("db3", "Master, Running", PATIENCE);
            mon.awaitStatus("db2", "Slave, Running", PATIENCE);
            assertEquals("db3", mon.state("db2").replicatesFrom());
            Await.until(() -> "10".equals(get("db2", "SELECT COUNT(*) FROM test.fo")), PATIENCE,
                () -> "db2 did not catch up from db3");
            write("db3", "INSERT INTO test.fo VALUES (11)");
            awaitSameBinlog("db3", "db2");

            cluster.startServer("db1");
            mon.awaitStatus("db1", "Running", PATIENCE);
            assertEquals("db3", mon.diagnostics().get("primary"), "the primary stays db3 while db1 is standalone");
            assertTrue(!mon.state("db1").readOnly());
            final Map<?, ?> rejoined = (Map<?, ?>) mon.call("rejoin", "db1");
            assertEquals("standalone", rejoined.get("was"));
            assertEquals(Map.of("db1", "Yes"), rejoined.get("replication"));
            mon.awaitStatus("db1", "Slave, Running", PATIENCE);
            assertEquals("db3", mon.state("db1").replicatesFrom());
            assertTrue(mon.state("db1").readOnly());
            awaitSameBinlog("db3", "db1");
            assertEquals("11", get("db1", "SELECT COUNT(*) FROM test.fo"));
            log.await("server db1 changed state: Running -> Slave, Running", PATIENCE);
        }
    }

    /**
     * The monitor cannot log in to db1 any more but db1 runs and its replicas keep receiving its
     * writes: with verify_master_failure (the default) there is no failover.
     */
    @Test
    void shouldNotFailOverWhileTheReplicasStillReceiveFromThePrimary() throws Exception
    {
        cluster.execute(cluster.primary(), "CREATE TABLE test.alive (id INT PRIMARY KEY)");
        cluster.awaitReplicaSync(PATIENCE);
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("VerifyMon", MonitorHarness.targets(cluster),
                 MonitorHarness.params("auto_failover=true", "failcount=2")))
        {
            // only on db1 (not replicated): the monitor's password changes and its connection goes
            cluster.execute(cluster.primary(), "SET SESSION sql_log_bin=0",
                "SET PASSWORD FOR '" + ClusterAccounts.MONITOR_USER + "'@'%' = PASSWORD('changed')");
            killMonitorConnections("db1");
            mon.awaitStatus("db1", "Down, Auth Error", PATIENCE);
            final long ticksBefore = ((Number) mon.diagnostics().get("ticks")).longValue();
            int id = 0;
            while (((Number) mon.diagnostics().get("ticks")).longValue() < ticksBefore + 6)
            {
                write("db1", "INSERT INTO test.alive VALUES (" + ++id + ")");
                Thread.sleep(300);
            }
            log.await("monitor VerifyMon: the primary db1 is unreachable but db2 received events from it within "
                + "master_failure_timeout: no failover", PATIENCE);
            assertEquals("db1", mon.diagnostics().get("primary"));
            assertEquals("Slave, Running", mon.status("db2"));
            assertEquals("Slave, Running", mon.status("db3"));
            assertEquals(List.of(List.of("1")), query("db2", "SELECT @@read_only"));
            assertTrue(log.lines("failing over").isEmpty(), log.lines("failing over").toString());

            cluster.execute(cluster.primary(), "SET SESSION sql_log_bin=0",
                "SET PASSWORD FOR '" + ClusterAccounts.MONITOR_USER + "'@'%' = PASSWORD('"
                        + ClusterAccounts.MONITOR_PASSWORD + "')");
            mon.awaitStatus("db1", "Master, Running", PATIENCE);
        }
    }

    // ---- helpers ----

    private void enableSemiSync() throws Exception
    {
        cluster.execute(cluster.primary(), "SET GLOBAL rpl_semi_sync_master_enabled=ON",
            "SET GLOBAL rpl_semi_sync_master_wait_point='AFTER_SYNC'", "SET GLOBAL "
                    + "rpl_semi_sync_master_timeout=600000");
        for (final String replica : List.of("db2", "db3"))
        {
            cluster.execute(cluster.server(replica), "SET GLOBAL rpl_semi_sync_slave_enabled=ON",
                    "STOP SLAVE IO_THREAD",
                "START SLAVE IO_THREAD");
        }
        Await.until(() -> "2".equals(get("db1", "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
            + "WHERE VARIABLE_NAME='Rpl_semi_sync_master_clients'")), PATIENCE, () -> "semi-sync replicas did not "
            + "connect");
    }

    /** Commits as app on db1 until it fails; each acknowledged id and its GTID are recorded. */
    private void write(final AtomicLong lastAcked, final AtomicReference<String> lastGtid)
    {
        try (Connection c = cluster.connect(cluster.primary(), ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement())
        {
            for (long id = 1; ; id++)
            {
                s.execute("INSERT INTO test.acked VALUES (" + id + ", 'w')");
                try (ResultSet rs = s.executeQuery("SELECT @@last_gtid"))
                {
                    rs.next();
                    lastGtid.set(rs.getString(1));
                }
                lastAcked.set(id);
            }
        }
        catch (final SQLException e)
        {
            // the primary died
        }
    }

    /** The running server other than db1 that the monitor publishes as the primary, or null. */
    private static String newPrimary(final MonitorHarness mon)
    {
        for (final ServerState s : mon.cluster().snapshot().all())
        {
            if (!s.name().equals("db1") && s.isMaster())
            {
                return s.name();
            }
        }
        return null;
    }

    private void killMonitorConnections(final String server) throws Exception
    {
        for (final List<String> row : query(server, "SELECT ID FROM information_schema.PROCESSLIST WHERE USER='"
            + ClusterAccounts.MONITOR_USER + "'"))
        {
            cluster.execute(cluster.server(server), "KILL " + row.get(0));
        }
    }

    private void awaitSameBinlog(final String primary, final String replica)
    {
        Await.until(() -> get(primary,
                "SELECT @@gtid_binlog_pos").equals(get(replica, "SELECT @@gtid_binlog_pos")), PATIENCE,
            () -> replica + " is at " + get(replica, "SELECT @@gtid_binlog_pos") + ", " + primary + " at "
                + get(primary, "SELECT @@gtid_binlog_pos"));
        assertNotEquals("", get(primary, "SELECT @@gtid_binlog_pos"));
    }

    private void write(final String server, final String sql) throws SQLException
    {
        try (Connection c = cluster.connect(cluster.server(server), ClusterAccounts.APP_USER,
                ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement())
        {
            s.execute(sql);
        }
    }

    private List<List<String>> query(final String server, final String sql) throws SQLException
    {
        return cluster.query(cluster.server(server), sql);
    }

    private String get(final String server, final String sql)
    {
        try
        {
            final List<List<String>> rows = query(server, sql);
            return rows.isEmpty() ? null : rows.get(0).get(0);
        }
        catch (final SQLException e)
        {
            return "(" + e.getMessage() + ")";
        }
    }
}
