package io.sluice.plugins.mariadbmon;

import io.sluice.core.config.ConfigException;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.monitor.MonitorRunner;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input: an unreachable server, a wrong password, bad parameters and bad command arguments. */
@ExtendWith(MariaDbClusterExtension.class)
class MonitorErrorsIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static int closedPort() throws Exception
    {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()))
        {
            return s.getLocalPort();
        }
    }

    @Test
    void shouldMarkAnUnreachableServerDownAndKeepMonitoringTheOthers(final TestCluster cluster) throws Exception
    {
        final List<Target> servers = new ArrayList<>(MonitorHarness.targets(cluster));
        final int port = closedPort();
        servers.add(new Target("ghost", new InetSocketAddress("127.0.0.1", port)));
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("GhostMon", servers, MonitorHarness.params()))
        {
            assertEquals("Down", mon.status("ghost"));
            assertEquals("Master, Running", mon.status("db1"));
            assertEquals("Slave, Running", mon.status("db2"));
            assertEquals("Slave, Running", mon.status("db3"));
            assertEquals("Connection refused", mon.serverDiagnostics("ghost").get("error"));
            log.await("monitor GhostMon: cannot reach ghost (127.0.0.1:" + port + "): Connection refused", PATIENCE);
            Await.until(() -> ((Number) mon.diagnostics().get("ticks")).longValue() >= 3, PATIENCE,
                    () -> mon.diagnostics().toString());
            assertEquals(1, log.lines("cannot reach ghost").size(), "logged once, not at every tick");

            final IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> mon.call("switchover", "ghost"));
            assertEquals("cannot promote ghost: it is down", e.getMessage());
        }
    }

    @Test
    void shouldReportAuthErrorsWithAClearLogLine(final TestCluster cluster) throws Exception
    {
        try (LogCapture log = new LogCapture();
             MonitorHarness mon = MonitorHarness.start("BadMon", MonitorHarness.targets(cluster),
                 MonitorHarness.params("password=wrong_pw")))
        {
            for (final String server : List.of("db1", "db2", "db3"))
            {
                assertEquals("Down, Auth Error", mon.status(server));
                assertTrue(mon.state(server).has(ServerStatus.AUTH_ERROR));
            }
            final String line = log.await("monitor BadMon: db1 (127.0.0.1:" + cluster.primary().port()
                + ") refused the monitor's login as 'sluice_mon': ERROR 1045 (28000): Access denied for user "
                + "'sluice_mon'@",
                PATIENCE);
            assertTrue(line.endsWith("(using password: YES); check user and password of [BadMon]"), line);
            assertTrue(line.contains("[ERROR]"), line);
            Await.until(() -> ((Number) mon.diagnostics().get("ticks")).longValue() >= 3, PATIENCE,
                    () -> mon.diagnostics().toString());
            assertEquals(1, log.lines("db1 (127.0.0.1:" + cluster.primary().port() + ") refused").size());
            assertEquals(null, mon.diagnostics().get("primary"));
            final IllegalStateException e = assertThrows(IllegalStateException.class, () -> mon.call("failover"));
            assertEquals("failover needs to know the failed primary, and monitor BadMon has seen none since it started",
                e.getMessage());
        }
    }

    @Test
    void shouldRefuseBadCommandArgumentsWithoutTouchingTheCluster(final TestCluster cluster) throws Exception
    {
        try (MonitorHarness mon = MonitorHarness.start("ArgsMon", MonitorHarness.targets(cluster),
                MonitorHarness.params()))
        {
            assertEquals("monitor ArgsMon has no server 'db9'; its servers are [db1, db2, db3]",
                assertThrows(IllegalArgumentException.class, () -> mon.call("switchover", "db9")).getMessage());
            assertEquals("switchover takes at most two servers, [new-primary] [current-primary]; got [db2, db1, db3]",
                assertThrows(IllegalArgumentException.class,
                        () -> mon.call("switchover", "db2", "db1", "db3")).getMessage());
            assertEquals("db3 is not the primary: the primary is db1",
                assertThrows(IllegalStateException.class, () -> mon.call("switchover", "db2", "db3")).getMessage());
            assertEquals("db1 is already the primary",
                assertThrows(IllegalStateException.class, () -> mon.call("switchover", "db1")).getMessage());
            assertEquals("the primary db1 is running: failover is for a primary that is down; use switchover",
                assertThrows(IllegalStateException.class, () -> mon.call("failover")).getMessage());
            assertEquals("failover takes no arguments (it picks the replica); got [db2]",
                assertThrows(IllegalArgumentException.class, () -> mon.call("failover", "db2")).getMessage());
            assertEquals("rejoin takes one server, the one to rejoin; got []",
                assertThrows(IllegalArgumentException.class, () -> mon.call("rejoin")).getMessage());
            assertEquals("db2 already replicates from db1",
                assertThrows(IllegalStateException.class, () -> mon.call("rejoin", "db2")).getMessage());
            assertEquals("db1 is the primary",
                assertThrows(IllegalStateException.class, () -> mon.call("rejoin", "db1")).getMessage());
            final IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> mon.call("reset-replication"));
            assertTrue(unknown.getMessage().startsWith("monitor ArgsMon (mariadbmon) has no command "
                    + "'reset-replication'"),
                unknown.getMessage());
            @SuppressWarnings("unchecked")
            final Map<String, Object> last = (Map<String, Object>) mon.diagnostics().get("last_operation");
            assertEquals(Map.of("operation", "rejoin", "error", "db1 is the primary"), last);
            // nothing changed
            assertEquals("Master, Running", mon.status("db1"));
            assertEquals("Slave, Running", mon.status("db2"));
            assertEquals(List.of(List.of("0")), cluster.query(cluster.primary(), "SELECT @@read_only"));
        }
    }

    @Test
    void shouldKeepOperatorStatesAndNeverPromoteAServerInMaintenance(final TestCluster cluster) throws Exception
    {
        try (MonitorHarness mon = MonitorHarness.start("MaintMon", MonitorHarness.targets(cluster),
                MonitorHarness.params()))
        {
            mon.cluster().setOperatorStatus("db2", ServerStatus.MAINT, true);
            mon.cluster().setOperatorStatus("db3", ServerStatus.DRAINING, true);
            final long ticks = mon.ticks();
            Await.until(() -> mon.ticks() >= ticks + 2, PATIENCE, () -> "ticks " + mon.ticks());
            assertEquals("Maintenance, Slave, Running", mon.status("db2"),
                    "the monitor's ticks keep the operator's bit");
            assertEquals("Draining, Slave, Running", mon.status("db3"));
            assertEquals("cannot promote db2: it is in maintenance",
                assertThrows(IllegalStateException.class, () -> mon.call("switchover", "db2")).getMessage());
            assertEquals("db2 is in maintenance",
                assertThrows(IllegalStateException.class, () -> mon.call("rejoin", "db2")).getMessage());
            assertEquals("Master, Running", mon.status("db1"));
            assertEquals(List.of(List.of("0")), cluster.query(cluster.primary(), "SELECT @@read_only"));
            mon.cluster().setOperatorStatus("db2", ServerStatus.MAINT, false);
            mon.cluster().setOperatorStatus("db3", ServerStatus.DRAINING, false);
            assertEquals("Slave, Running", mon.status("db2"));
        }
    }

    @Test
    void shouldRefuseToStartWithoutUserOrWithUnknownNoPromotionServers(final TestCluster cluster) throws Exception
    {
        final List<Target> servers = MonitorHarness.targets(cluster);
        final Map<String, String> noUser = new java.util.LinkedHashMap<>(MonitorHarness.params());
        noUser.remove("user");
        assertEquals("monitor NoUser: module mariadbmon 0.1.0-SNAPSHOT refused to start: monitor NoUser: user= is "
                + "required "
            + "(the monitor's account on the servers)", refusal("NoUser", servers, noUser));
        assertEquals("monitor NoProm: module mariadbmon 0.1.0-SNAPSHOT refused to start: monitor NoProm: "
                + "servers_no_promotion "
            + "names 'db7', which is not one of its servers [db1, db2, db3]",
            refusal("NoProm", servers, MonitorHarness.params("servers_no_promotion=db2,db7")));
        final ConfigException bad = assertThrows(ConfigException.class,
                () -> MonitorHarness.validate("BadLocks", servers,
            MonitorHarness.params("cooperative_monitoring_locks=everyone")));
        assertTrue(bad.getMessage().contains("cooperative_monitoring_locks"), bad.getMessage());
    }

    private static String refusal(final String name, final List<Target> servers, final Map<String, String> params)
        throws ConfigException
    {
        final var p = MonitorHarness.validate(name, servers, params);
        final MonitorRunner runner = new MonitorRunner(name, p, p, servers, ClusterState.of(servers),
            p.duration("monitor_interval"));
        return assertThrows(IllegalStateException.class,
            () -> runner.start(new MariaDbMonModule().module(), ModuleUsage.NONE, 10_000)).getMessage();
    }
}
