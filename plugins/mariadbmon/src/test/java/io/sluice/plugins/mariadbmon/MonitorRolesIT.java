package io.sluice.plugins.mariadbmon;

import io.sluice.api.ServerState;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles, state changes and replication lag as mariadbmon sees them on the real cluster (primary
 * db1, replicas db2 and db3). Leaves the cluster as it found it.
 */
@ExtendWith(MariaDbClusterExtension.class)
class MonitorRolesIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void shouldDetectRolesAtStartup(final TestCluster cluster) throws Exception
    {
        cluster.awaitReplicaSync(PATIENCE);
        try (MonitorHarness mon = MonitorHarness.start("RolesMon", MonitorHarness.targets(cluster),
                MonitorHarness.params()))
        {
            // the first tick is published before start returns
            assertEquals("Master, Running", mon.status("db1"));
            assertEquals("Slave, Running", mon.status("db2"));
            assertEquals("Slave, Running", mon.status("db3"));
            final String gtid = cluster.query(cluster.primary(), "SELECT @@gtid_current_pos").get(0).get(0);
            for (final String name : List.of("db1", "db2", "db3"))
            {
                final ServerState s = mon.state(name);
                assertEquals(Long.parseLong(name.substring(2)), s.serverId(), name);
                assertEquals(!name.equals("db1"), s.readOnly(), name);
                assertEquals(0, s.replicationLagSec(), name);
                assertEquals(name.equals("db1") ? "" : "db1", s.replicatesFrom(), name);
                assertEquals(gtid, s.gtidPos(), name
                        + ": the cluster is in sync, every server is at the primary's position");
            }
            assertEquals("db1", mon.diagnostics().get("primary"));
            @SuppressWarnings("unchecked")
            final List<Map<String, Object>> connections = (List<Map<String, Object>>) mon.serverDiagnostics("db2")
                .get("slave_connections");
            assertEquals("Yes", connections.get(0).get("io_running"));
            assertEquals("db1", connections.get(0).get("master_server"));
        }
    }

    @Test
    void shouldMarkAStoppedReplicaDownWithinTwoIntervalsAndBringItBackAsReplica(final TestCluster cluster)
        throws Exception
    {
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("StopMon", MonitorHarness.targets(cluster),
                     MonitorHarness.params()))
        {
            assertEquals("Slave, Running", mon.status("db3"));
            try
            {
                final long stopNs = System.nanoTime();
                cluster.stopServer("db3");
                final long goneNs = System.nanoTime();
                final long ticksWhenGone = mon.ticks();
                mon.awaitStatus("db3", "Down", PATIENCE);
                final long ticksWhenDown = mon.ticks();
                System.out.println("db3 marked Down " + (System.nanoTime() - stopNs) / 1_000_000
                        + " ms after its stop began, "
                    + (System.nanoTime() - goneNs) / 1_000_000 + " ms after the process was gone, "
                    + (ticksWhenDown - ticksWhenGone) + " completed ticks later (monitor_interval 1000 ms)");
                // The first tick that starts after the server is gone marks it: the next one, or the one
                // after if one was under way. Counted in ticks, so a slow machine does not fail it.
                assertTrue(ticksWhenDown - ticksWhenGone <= 2, "marked down within two intervals: "
                    + (ticksWhenDown - ticksWhenGone) + " ticks");
                log.await("server db3 changed state: Slave, Running -> Down", PATIENCE);
                log.await("monitor StopMon: cannot reach db3 (127.0.0.1:"
                        + cluster.server("db3").port() + ")", PATIENCE);
                assertEquals("Master, Running", mon.status("db1"));
                assertEquals("Slave, Running", mon.status("db2"));
                assertEquals(ServerState.LAG_UNKNOWN, mon.state("db3").replicationLagSec());
                assertEquals(3L, mon.state("db3").serverId(), "the last server_id seen is kept");
                // The runner takes the diagnostics after the tick that published the state: wait for them.
                Await.until(() -> ((Number)mon.serverDiagnostics("db3").get("consecutive_down_ticks")).intValue() >= 1,
                    PATIENCE, () -> "consecutive_down_ticks of db3: " + mon.serverDiagnostics("db3"));
            }
            finally
            {
                cluster.startServer("db3");
            }
            mon.awaitStatus("db3", "Slave, Running", PATIENCE);
            // straight to Slave, or Running first if a tick came before its replication threads were up
            log.await("server db3 changed state: Down -> ", PATIENCE);
            assertTrue(log.text().contains("server db3 changed state: Down -> Slave, Running")
                || log.text().contains("server db3 changed state: Running -> Slave, Running"), log.text());
            log.await("monitor StopMon: db3 (127.0.0.1:" + cluster.server("db3").port()
                    + ") is reachable again", PATIENCE);
            assertEquals("db1", mon.state("db3").replicatesFrom());
        }
    }

    @Test
    void shouldReconnectAtOnceWhenTheServerClosesTheMonitorsConnection(final TestCluster cluster) throws Exception
    {
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("ReconnectMon", MonitorHarness.targets(cluster),
                     MonitorHarness.params()))
        {
            final String monitorConnections = "SELECT ID FROM information_schema.PROCESSLIST WHERE USER='"
                + ClusterAccounts.MONITOR_USER + "' ORDER BY ID";
            final List<List<String>> killed = cluster.query(cluster.server("db2"), monitorConnections);
            assertFalse(killed.isEmpty());
            final int mark = log.mark();
            for (final List<String> row : killed)
            {
                cluster.execute(cluster.server("db2"), "KILL " + row.get(0));
            }
            final long ticks = mon.ticks();
            Await.until(() -> mon.ticks() >= ticks + 3, PATIENCE, () -> "ticks " + mon.ticks());
            assertEquals("Slave, Running", mon.status("db2"));
            assertTrue(log.linesSince(mark, "server db2 changed state").isEmpty(), "no flap: "
                    + log.linesSince(mark, "db2"));
            assertTrue(log.linesSince(mark, "cannot reach db2").isEmpty(), log.linesSince(mark, "db2").toString());
            final List<List<String>> now = cluster.query(cluster.server("db2"), monitorConnections);
            assertEquals(1, now.size(), now.toString());
            assertFalse(killed.contains(now.get(0)), "a new connection: " + now + ", killed " + killed);
        }
    }

    /**
     * The SQL thread of db2 is stopped while the primary takes writes (db2 is then only Running,
     * lag unknown); it is started again while a lock on the table holds it at the first of those
     * events, so its lag is the age of that event; once the lock goes it catches up to lag 0.
     */
    @Test
    void shouldReportReplicationLagAndItsEnd(final TestCluster cluster) throws Exception
    {
        cluster.execute(cluster.primary(),
                "CREATE OR REPLACE TABLE test.mon_lag (id INT PRIMARY KEY, at TIMESTAMP(3))");
        cluster.awaitReplicaSync(PATIENCE);
        try (MonitorHarness mon = MonitorHarness.start("LagMon", MonitorHarness.targets(cluster),
                MonitorHarness.params());
             Connection db2 = cluster.connect(cluster.server("db2"), ClusterAccounts.ROOT_USER,
                     ClusterAccounts.ROOT_PASSWORD);
             Statement onDb2 = db2.createStatement())
        {
            assertEquals(0, mon.state("db2").replicationLagSec());
            onDb2.execute("STOP SLAVE SQL_THREAD");
            try
            {
                mon.awaitStatus("db2", "Running", PATIENCE);
                assertEquals(ServerState.LAG_UNKNOWN, mon.state("db2").replicationLagSec(),
                        "SQL thread stopped: no lag figure");
                final long firstWriteNs = System.nanoTime();
                for (int i = 1; i <= 8; i++)
                {
                    cluster.execute(cluster.primary(), "INSERT INTO test.mon_lag VALUES (" + i + ", NOW(3))");
                    Thread.sleep(500);
                }
                // The first pending event is 4+ s old; the SQL thread starts and waits for the table lock.
                onDb2.execute("LOCK TABLES test.mon_lag WRITE");
                onDb2.execute("START SLAVE SQL_THREAD");
                mon.awaitStatus("db2", "Slave, Running", PATIENCE);
                Await.until(() -> mon.state("db2").replicationLagSec() >= 4, PATIENCE,
                    () -> "lag of db2 is " + mon.state("db2").replicationLagSec());
                final long lag = mon.state("db2").replicationLagSec();
                final long ageS = (System.nanoTime() - firstWriteNs) / 1_000_000_000L;
                System.out.println("db2 lag reported: " + lag + " s (first pending event " + ageS + " s old)");
                assertTrue(lag <= ageS + 2, "lag " + lag + " s, the pending event is " + ageS + " s old");
                assertEquals(0, mon.state("db3").replicationLagSec(), "db3 applies as usual");
                onDb2.execute("UNLOCK TABLES");
                Await.until(() -> mon.state("db2").replicationLagSec() == 0, PATIENCE,
                    () -> "lag of db2 is still " + mon.state("db2").replicationLagSec());
                assertEquals("Slave, Running", mon.status("db2"));
                assertEquals(List.of(List.of("8")),
                        cluster.query(cluster.server("db2"), "SELECT COUNT(*) FROM test.mon_lag"));
            }
            finally
            {
                onDb2.execute("UNLOCK TABLES");
                onDb2.execute("START SLAVE");
            }
            cluster.awaitReplicaSync(PATIENCE);
            assertFalse(mon.state("db2").gtidPos().isEmpty());
        }
    }
}
