package io.sluice.plugins.mariadbmon;

import io.sluice.api.ServerState;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two monitors over one cluster, as two Sluice instances in front of it would run them (each with
 * its own connections and its own published states), with cooperative_monitoring_locks and
 * auto_failover: exactly one is the primary monitor, only it acts, and when the primary server is
 * killed exactly one failover happens. On a cluster of its own.
 */
class CooperativeMonitorsIT
{
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private TestCluster cluster;

    @BeforeEach
    void startCluster() throws Exception
    {
        cluster = TestCluster.start(Path.of("target", "mariadb-cluster-coop").toAbsolutePath());
    }

    @AfterEach
    void stopCluster()
    {
        if (cluster != null)
        {
            cluster.close();
        }
    }

    @Test
    void shouldLetExactlyOneOfTwoMonitorsFailOver() throws Exception
    {
        final int failcount = 3;
        final String[] params = {"cooperative_monitoring_locks=majority_of_all", "auto_failover=true",
                "failcount=" + failcount};
        try (LogCapture log = new LogCapture();
             MonitorHarness a = MonitorHarness.start("MonA", MonitorHarness.targets(cluster),
                     MonitorHarness.params(params));
             MonitorHarness b = MonitorHarness.start("MonB", MonitorHarness.targets(cluster),
                     MonitorHarness.params(params)))
        {
            final List<MonitorHarness> both = List.of(a, b);
            Await.until(() -> primaryMonitors(both).size() == 1 && a.status("db1").equals("Master, Running")
                && b.status("db1").equals("Master, Running"), PATIENCE, () -> a.diagnostics() + "\n" + b.diagnostics());
            final MonitorHarness primaryMon = primaryMonitors(both).get(0);
            final MonitorHarness secondaryMon = primaryMon == a ? b : a;
            final String secondaryName = secondaryMon == a ? "MonA" : "MonB";
            System.out.println("primary monitor: " + (primaryMon == a ? "MonA" : "MonB"));
            for (final MonitorHarness m : both)
            {
                assertEquals("Slave, Running", m.status("db2"));
                assertEquals("Slave, Running", m.status("db3"));
            }
            // the secondary refuses operations
            final IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> secondaryMon.call("switchover", "db2"));
            assertTrue(refused.getMessage().startsWith("monitor " + secondaryName + " is a secondary monitor "
                + "(cooperative_monitoring_locks=majority_of_all: it holds 0 of the 2 locks needed): switchover is "
                + "refused"),
                refused.getMessage());
            // the primary monitor has been primary long enough to act
            Await.until(() -> lockDiagnostics(primaryMon).get("primary_ticks") instanceof Number n
                    && n.longValue() >= failcount,
                PATIENCE, () -> primaryMon.diagnostics().toString());

            cluster.killServer("db1");
            final long killedNs = System.nanoTime();
            final long ticksWhenKilled = primaryMon.ticks();
            Await.until(() -> newPrimary(primaryMon) != null, PATIENCE,
                    () -> primaryMon.cluster().snapshot().toString());
            final long ticksToFailover = primaryMon.ticks() - ticksWhenKilled;
            assertTrue(ticksToFailover <= failcount + 1, "the primary monitor failed over after "
                    + ticksToFailover + " ticks");
            Await.until(() -> newPrimary(a) != null && newPrimary(a).equals(newPrimary(b)), PATIENCE,
                () -> a.cluster().snapshot() + "\n" + b.cluster().snapshot());
            System.out.println("the primary monitor failed over after " + ticksToFailover
                    + " ticks; both monitors publish "
                + newPrimary(a) + " as the primary " + (System.nanoTime() - killedNs) / 1_000_000
                + " ms after db1 was killed");
            final String promoted = newPrimary(a);
            final String other = promoted.equals("db2") ? "db3" : "db2";
            for (final MonitorHarness m : both)
            {
                m.awaitStatus(other, "Slave, Running", PATIENCE);
                assertEquals(promoted, m.state(other).replicatesFrom());
            }
            // a few more ticks: still one failover, one writable server
            final long ticks = ((Number) a.diagnostics().get("ticks")).longValue();
            Await.until(() -> ((Number) a.diagnostics().get("ticks")).longValue() >= ticks + 2 * failcount,
                    PATIENCE, () -> "");
            assertEquals(1, log.lines("failing over").size(), log.lines("failing over").toString());
            assertEquals(1, log.lines("failover done").size(), log.lines("failover done").toString());
            assertEquals(1, log.lines("monitor " + (primaryMon == a ? "MonA" : "MonB") + ": failover done").size());
            @SuppressWarnings("unchecked")
            final Map<String, Object> done = (Map<String, Object>) primaryMon.diagnostics().get("last_operation");
            assertEquals("failover", done.get("operation"));
            @SuppressWarnings("unchecked")
            final Map<String, Object> secondaryLast =
                (Map<String, Object>) secondaryMon.diagnostics().get("last_operation");
            assertEquals("switchover", secondaryLast.get("operation"),
                    "the secondary's last operation is the refused one: "
                + secondaryLast);
            assertEquals(refused.getMessage(), secondaryLast.get("error"));
            assertEquals(List.of(List.of("0")), cluster.query(cluster.server(promoted), "SELECT @@read_only"));
            assertEquals(List.of(List.of("1")), cluster.query(cluster.server(other), "SELECT @@read_only"));
            assertNotEquals(secondaryMon.diagnostics().get("primary_monitor"),
                    primaryMon.diagnostics().get("primary_monitor"));
        }
    }

    private static List<MonitorHarness> primaryMonitors(final List<MonitorHarness> monitors)
    {
        final List<MonitorHarness> out = new ArrayList<>();
        for (final MonitorHarness m : monitors)
        {
            if (Boolean.TRUE.equals(m.diagnostics().get("primary_monitor")))
            {
                out.add(m);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lockDiagnostics(final MonitorHarness m)
    {
        return (Map<String, Object>) m.diagnostics().get("locks");
    }

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
}
