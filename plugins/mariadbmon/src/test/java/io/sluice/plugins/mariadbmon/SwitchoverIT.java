package io.sluice.plugins.mariadbmon;

import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switchover on the shared cluster: roles move, writes on the new primary reach every other
 * server (checked by GTID), and each test ends with db1 the primary again, as the cluster started.
 */
@ExtendWith(MariaDbClusterExtension.class)
class SwitchoverIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> ALL = List.of("db1", "db2", "db3");

    private TestCluster cluster;

    /** The original topology, whatever a failed test left: db1 primary, db2 and db3 its replicas. */
    @AfterEach
    void restore() throws Exception
    {
        if (cluster == null)
        {
            return;
        }
        try (MonitorHarness mon = MonitorHarness.start("RestoreMon", MonitorHarness.targets(cluster),
                MonitorHarness.params()))
        {
            if (!"db1".equals(mon.diagnostics().get("primary")))
            {
                mon.call("switchover", "db1");
            }
        }
        restored(cluster);
    }

    @Test
    void shouldSwapRolesAndCarryWritesToEveryServer(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(),
                "CREATE OR REPLACE TABLE test.mon_switch (id INT PRIMARY KEY, written_on INT)");
        cluster.awaitReplicaSync(PATIENCE);
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("SwitchMon", MonitorHarness.targets(cluster),
                 MonitorHarness.params("servers_no_promotion=db2")))
        {
            // 1. autoselected: db2 may not be promoted automatically, so db3
            final Map<?, ?> first = (Map<?, ?>) mon.call("switchover");
            assertEquals("db3", first.get("new_primary"));
            assertEquals("db1", first.get("old_primary"));
            assertEquals(List.of("db2", "db1"), first.get("redirected"));
            assertEquals(Map.of("db2", "Yes", "db1", "Yes"), first.get("replication"));
            assertRoles(mon, "db3");
            log.await("server db1 changed state: Master, Running -> Slave, Running", PATIENCE);
            log.await("server db3 changed state: Slave, Running -> Master, Running", PATIENCE);
            writeAndCheckEverywhere(mon, "db3", 1);
            System.out.println("switchover db1 -> db3 took " + first.get("duration_ms") + " ms");

            // 2. named: servers_no_promotion does not apply to an operator's choice
            final Map<?, ?> second = (Map<?, ?>) mon.call("switchover", "db2", "db3");
            assertEquals("db2", second.get("new_primary"));
            assertRoles(mon, "db2");
            writeAndCheckEverywhere(mon, "db2", 2);
            System.out.println("switchover db3 -> db2 took " + second.get("duration_ms") + " ms");

            // 3. back to the start
            final Map<?, ?> third = (Map<?, ?>) mon.call("switchover", "db1", "db2");
            assertEquals("db1", third.get("new_primary"));
            assertRoles(mon, "db1");
            writeAndCheckEverywhere(mon, "db1", 3);
            System.out.println("switchover db2 -> db1 took " + third.get("duration_ms") + " ms");
            Await.until(() -> third.equals(mon.diagnostics().get("last_operation")), PATIENCE,
                () -> mon.diagnostics().toString());
        }
        cluster.awaitReplicaSync(PATIENCE);
        assertEquals(List.of(List.of("3")),
                cluster.query(cluster.server("db2"), "SELECT COUNT(*) FROM test.mon_switch"));
    }

    /**
     * A new primary that cannot catch up within switchover_timeout (its SQL thread waits for a
     * table lock): the switchover is cancelled and the old primary is writable again.
     */
    @Test
    void shouldCancelASwitchoverWhoseNewPrimaryCannotCatchUp(final TestCluster testCluster) throws Exception
    {
        cluster = testCluster;
        cluster.execute(cluster.primary(), "CREATE OR REPLACE TABLE test.mon_stuck (id INT PRIMARY KEY)");
        cluster.awaitReplicaSync(PATIENCE);
        try (MonitorHarness mon = MonitorHarness.start("StuckMon", MonitorHarness.targets(cluster),
                 MonitorHarness.params("switchover_timeout=3s"));
             Connection db2 = cluster.connect(cluster.server("db2"), ClusterAccounts.ROOT_USER,
                     ClusterAccounts.ROOT_PASSWORD);
             Statement onDb2 = db2.createStatement())
        {
            onDb2.execute("LOCK TABLES test.mon_stuck WRITE");
            try
            {
                cluster.execute(cluster.primary(), "INSERT INTO test.mon_stuck VALUES (1)");
                final String target = cluster.query(cluster.primary(), "SELECT @@gtid_binlog_pos").get(0).get(0);
                final IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> mon.call("switchover", "db2"));
                assertEquals("switchover cancelled: db2 did not reach db1's position " + target
                    + " within switchover_timeout (3000 ms); db1 is writable again", e.getMessage());
                assertEquals(List.of(List.of("0")), cluster.query(cluster.primary(), "SELECT @@read_only"));
                assertRoles(mon, "db1");
            }
            finally
            {
                onDb2.execute("UNLOCK TABLES");
            }
        }
    }

    /**
     * A transaction on db1 once it is the primary again: the replicas' gtid_slave_pos moves past
     * the events they wrote while primaries themselves, which MASTER_GTID_WAIT (awaitReplicaSync)
     * would otherwise wait for in vain.
     */
    static void restored(final TestCluster cluster) throws Exception
    {
        cluster.execute(cluster.primary(), "DROP TABLE IF EXISTS test.mon_restored");
        cluster.awaitReplicaSync(PATIENCE);
    }

    private static void assertRoles(final MonitorHarness mon, final String primary)
    {
        for (final String s : ALL)
        {
            mon.awaitStatus(s, s.equals(primary) ? "Master, Running" : "Slave, Running", PATIENCE);
            assertEquals(s.equals(primary) ? "" : primary, mon.state(s).replicatesFrom(), s);
            assertEquals(!s.equals(primary), mon.state(s).readOnly(), s + " read_only");
        }
        // the runner takes the monitor's diagnostics right after the command's result
        Await.until(() -> primary.equals(mon.diagnostics().get("primary")), PATIENCE,
                () -> mon.diagnostics().toString());
    }

    /** A write as app on the primary reaches the others; afterwards all three have the same binlog GTIDs. */
    private void writeAndCheckEverywhere(final MonitorHarness mon, final String primary, final int id) throws Exception
    {
        final ServerInfo p = cluster.server(primary);
        try (Connection c = cluster.connect(p, ClusterAccounts.APP_USER, ClusterAccounts.APP_PASSWORD);
             Statement s = c.createStatement())
        {
            s.execute("INSERT INTO test.mon_switch VALUES (" + id + ", @@server_id)");
        }
        final String gtid = cluster.query(p, "SELECT @@gtid_binlog_pos").get(0).get(0);
        assertTrue(gtid.contains("-" + primary.substring(2) + "-"),
                "the write's GTID carries the new primary's server_id: " + gtid);
        for (final String s : ALL)
        {
            Await.until(() -> gtidOf(s).equals(gtid), PATIENCE, () -> s + " is at " + gtidOf(s)
                    + ", the primary at " + gtid);
            assertEquals(List.of(List.of(primary.substring(2))),
                    query(s, "SELECT written_on FROM test.mon_switch WHERE id=" + id));
        }
        for (final String s : ALL)
        {
            Await.until(() -> gtid.equals(mon.state(s).gtidPos()), PATIENCE,
                () -> "the monitor publishes " + s + " at " + mon.state(s).gtidPos() + ", not " + gtid);
        }
    }

    private String gtidOf(final String server)
    {
        return query(server, "SELECT @@gtid_binlog_pos").get(0).get(0);
    }

    private List<List<String>> query(final String server, final String sql)
    {
        try
        {
            return cluster.query(cluster.server(server), sql);
        }
        catch (final java.sql.SQLException e)
        {
            throw new IllegalStateException(e);
        }
    }
}
