package io.sluice.plugins.mariadbmon;

import io.sluice.api.Target;
import io.sluice.testcluster.ClusterAccounts;
import io.sluice.testcluster.MariaDbClusterExtension;
import io.sluice.testcluster.ServerInfo;
import io.sluice.testcluster.TestCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.sluice.plugins.mariadbmon.CooperativeLocks.MASTER_LOCK;
import static io.sluice.plugins.mariadbmon.CooperativeLocks.SERVER_LOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two monitors, each with its own connections (two Sluice instances), over the real test cluster's
 * three servers. Who holds which lock is checked as root on the servers themselves.
 */
@ExtendWith(MariaDbClusterExtension.class)
class CooperativeLocksIT
{
    // Generous: two shared cores.
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final Duration AWAIT = Duration.ofSeconds(60);
    private static final Duration SYNC = Duration.ofSeconds(120);

    private final List<ServerConnection> opened = new ArrayList<>();
    private TestCluster cluster;

    /** One monitor instance: its connections and its locks. */
    private record Monitor(List<ServerConnection> connections, CooperativeLocks locks)
    {
        long connectionId(final String server)
        {
            return connections.stream().filter(c -> c.name().equals(server)).findFirst().orElseThrow().connectionId();
        }

        void closeAll()
        {
            connections.forEach(ServerConnection::close);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> server(final String name)
        {
            return (Map<String, Object>)((Map<String, Object>)locks.diagnostics().get("servers")).get(name);
        }
    }

    @BeforeEach
    void noLocksHeld(final TestCluster cluster) throws Exception
    {
        this.cluster = cluster;
        awaitNoLocks();
    }

    @AfterEach
    void closeConnections() throws Exception
    {
        opened.forEach(ServerConnection::close);
        awaitNoLocks();
    }

    @Test
    void shouldMakeExactlyOneMonitorPrimaryWhenAFirstRefreshes() throws Exception
    {
        assertExactlyOnePrimary(true);
    }

    @Test
    void shouldMakeExactlyOneMonitorPrimaryWhenBFirstRefreshes() throws Exception
    {
        assertExactlyOnePrimary(false);
    }

    private void assertExactlyOnePrimary(final boolean aFirst) throws Exception
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        final Monitor first = aFirst ? a : b;
        final Monitor second = aFirst ? b : a;
        for (int round = 1; round <= 2; round++)
        {
            first.locks.refresh(probes(), "db1");
            second.locks.refresh(probes(), "db1");
            assertTrue(first.locks.isPrimaryMonitor(), "round " + round);
            assertFalse(second.locks.isPrimaryMonitor(), "round " + round);
        }
        assertHoldsEveryLock(first);
        assertEquals(String.valueOf(first.connectionId("db1")), holder("db1", MASTER_LOCK));
        assertEquals("db1", second.locks.markedPrimary(), "the secondary sees which server the primary marked");
        assertEquals("db1", first.locks.markedPrimary());

        final Map<String, Object> d = second.locks.diagnostics();
        assertEquals(false, d.get("primary"));
        assertEquals(0, d.get("locks_held"));
        assertEquals(2, d.get("locks_needed"));
        assertEquals("taken", second.server("db2").get("lock"));
        assertEquals(first.connectionId("db2"), second.server("db2").get("lock_owner"));
        assertEquals(3, first.locks.diagnostics().get("locks_held"));
        assertEquals(2L, first.locks.primaryTicks());
    }

    @Test
    void shouldHandOverWithinOneRefreshWhenThePrimaryMonitorsConnectionsClose() throws Exception
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.locks.refresh(probes(), "db1");
        b.locks.refresh(probes(), "db1");
        assertTrue(a.locks.isPrimaryMonitor());
        assertFalse(b.locks.isPrimaryMonitor());

        a.closeAll(); // that Sluice stops or dies: the servers free its locks as they see its connections close
        awaitNoLocks();
        b.locks.refresh(probes(), "db1");
        assertTrue(b.locks.isPrimaryMonitor());
        assertHoldsEveryLock(b);
        assertEquals(String.valueOf(b.connectionId("db1")), holder("db1", MASTER_LOCK));
    }

    @Test
    void shouldNoticeLocksLostWithConnectionsTheServersDropped() throws Exception
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.locks.refresh(probes(), "db1");
        b.locks.refresh(probes(), "db1");
        final Map<String, Long> before = new HashMap<>();
        for (final String name : TestCluster.SERVER_NAMES)
        {
            before.put(name, a.connectionId(name));
            cluster.execute(cluster.server(name), "KILL CONNECTION " + a.connectionId(name));
        }
        awaitNoLocks();
        assertEquals(before.get("db1"), a.connectionId("db1"), "A has not noticed yet");

        b.locks.refresh(probes(), "db1");
        assertTrue(b.locks.isPrimaryMonitor());
        assertHoldsEveryLock(b);

        a.locks.refresh(probes(), "db1");
        assertFalse(a.locks.isPrimaryMonitor());
        for (final String name : TestCluster.SERVER_NAMES)
        {
            assertTrue(a.connectionId(name) > 0, name + ": A reconnected");
            assertNotEquals(before.get(name), a.connectionId(name), name);
            assertEquals("taken", a.server(name).get("lock"), name);
            assertEquals(b.connectionId(name), a.server(name).get("lock_owner"), name);
        }
        assertEquals(0, a.locks.diagnostics().get("locks_held"));
        assertEquals("db1", a.locks.markedPrimary());
        a.locks.refresh(probes(), "db1");
        assertFalse(a.locks.isPrimaryMonitor());
        assertHoldsEveryLock(b);
    }

    @Test
    void shouldLetTheOtherMonitorTakeOverAfterRelease() throws Exception
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.locks.refresh(probes(), "db1");
        b.locks.refresh(probes(), "db1");

        assertEquals(4, a.locks.release(), "three server locks and the master lock");
        assertFalse(a.locks.isPrimaryMonitor());
        for (final String name : TestCluster.SERVER_NAMES)
        {
            assertNull(holder(name, SERVER_LOCK), name);
            assertNull(holder(name, MASTER_LOCK), name);
            assertTrue(a.connectionId(name) > 0, "released over the open connections, which stay open");
        }

        a.locks.refresh(probes(), "db1");
        assertFalse(a.locks.isPrimaryMonitor(), "A takes no lock for a minute, though it refreshed first");
        assertNull(holder("db1", SERVER_LOCK));
        b.locks.refresh(probes(), "db1");
        assertTrue(b.locks.isPrimaryMonitor());
        assertHoldsEveryLock(b);
        a.locks.refresh(probes(), "db1");
        assertFalse(a.locks.isPrimaryMonitor());
    }

    @Test
    void shouldBePrimaryWithoutAnySqlInModeNone() throws Exception
    {
        final Monitor n = monitor("none", "N");
        for (int i = 0; i < 3; i++)
        {
            n.locks.refresh(probes(), "db1");
            assertTrue(n.locks.isPrimaryMonitor());
        }
        assertEquals(0, n.locks.release());
        assertTrue(n.locks.isPrimaryMonitor());
        for (final ServerConnection c : n.connections)
        {
            assertEquals(-1, c.connectionId(), c.name() + ": never connected");
            assertEquals("", c.lastError(), c.name());
        }
        assertNull(holder("db1", SERVER_LOCK));
        assertEquals(Map.of("cooperative_monitoring_locks", "none", "primary", true), n.locks.diagnostics());
    }

    @Test
    void shouldLoseTheLocksOfAMonitorThatVanishedAfterItsIdleTimeout() throws Exception
    {
        final Monitor a = monitor("majority_of_all", "A", Duration.ofSeconds(3));
        final Monitor b = monitor("majority_of_all", "B");
        a.locks.refresh(probes(), "db1");
        assertTrue(a.locks.isPrimaryMonitor());
        assertEquals(List.of(List.of("3")), a.connections.get(0).query("SELECT @@session.wait_timeout"));
        final Map<String, Long> ids = new HashMap<>();
        for (final String name : TestCluster.SERVER_NAMES)
        {
            ids.put(name, a.connectionId(name));
        }
        b.locks.refresh(probes(), "db1");
        assertFalse(b.locks.isPrimaryMonitor());

        // A neither refreshes nor closes its connections (its host is gone): the servers end them
        // after 3 s idle, and their locks with them.
        await(() -> refreshed(b) && holdsEveryLock(b), "B to become primary and hold every lock");
        assertTrue(b.locks.isPrimaryMonitor());
        assertHoldsEveryLock(b);
        await(() -> TestCluster.SERVER_NAMES.stream().allMatch(name -> processlist(name, ids.get(name)) == 0),
            "A's connections to be gone from the servers' process lists");
        for (final String name : TestCluster.SERVER_NAMES)
        {
            assertEquals(ids.get(name), a.connectionId(name), name + ": A never closed its connection");
        }
    }

    @Test
    void shouldCountOnlyRunningServersWithAServerStopped() throws Exception
    {
        final List<ServerInfo> replicas = cluster.replicas();
        final String stopped = replicas.get(replicas.size() - 1).name();
        final Monitor a = monitor("majority_of_running", "A");
        final Monitor b = monitor("majority_of_running", "B");
        cluster.stopServer(stopped);
        try
        {
            a.locks.refresh(probes(), "db1");
            b.locks.refresh(probes(), "db1");
            assertTrue(a.locks.isPrimaryMonitor());
            assertFalse(b.locks.isPrimaryMonitor());
            assertEquals(2, a.locks.diagnostics().get("servers_running"));
            assertEquals(2, a.locks.diagnostics().get("locks_needed"));
            assertEquals(2, a.locks.diagnostics().get("locks_held"));
            assertEquals("unknown", a.server(stopped).get("lock"));
            assertEquals(-1L, a.server(stopped).get("connection_id"), "a stopped server is not connected to");

            a.closeAll();
            awaitNoLocks();
            b.locks.refresh(probes(), "db1");
            assertTrue(b.locks.isPrimaryMonitor(), "2 of 2 running");
            assertEquals(2, b.locks.diagnostics().get("locks_held"));

            cluster.startServer(stopped);
            b.locks.refresh(probes(), "db1");
            assertTrue(b.locks.isPrimaryMonitor());
            assertEquals(3, b.locks.diagnostics().get("servers_running"));
            assertEquals(2, b.locks.diagnostics().get("locks_needed"));
            assertHoldsEveryLock(b);
        }
        finally
        {
            if (!cluster.server(stopped).running())
            {
                cluster.startServer(stopped);
            }
            cluster.awaitReplicaSync(SYNC);
        }
    }

    // ---- helpers ----

    private Monitor monitor(final String mode, final String name)
    {
        return monitor(mode, name, Duration.ZERO);
    }

    private Monitor monitor(final String mode, final String name, final Duration idleTimeout)
    {
        final List<ServerConnection> connections = new ArrayList<>();
        for (final String server : TestCluster.SERVER_NAMES)
        {
            final ServerInfo info = cluster.server(server);
            final Target target = new Target(server, new InetSocketAddress(info.host(), info.port()));
            final ServerConnection c = new ServerConnection(target, ClusterAccounts.MONITOR_USER,
                ClusterAccounts.MONITOR_PASSWORD, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            connections.add(c);
            opened.add(c);
        }
        return new Monitor(connections, new CooperativeLocks(mode, name, connections, idleTimeout));
    }

    /** What the monitor's probes would say: the running servers are reachable. */
    private Map<String, ServerProbe> probes()
    {
        final Map<String, ServerProbe> probes = new HashMap<>();
        for (final ServerInfo s : cluster.servers())
        {
            probes.put(s.name(), s.running() ? CooperativeLocksTest.up(s.name())
                : ServerProbe.down(s.name(), false, "stopped", System.nanoTime()));
        }
        return probes;
    }

    private boolean refreshed(final Monitor m)
    {
        m.locks.refresh(probes(), "db1");
        return m.locks.isPrimaryMonitor();
    }

    /** How many connections of that id the server has (0 or 1). */
    private int processlist(final String server, final long id)
    {
        try
        {
            return Integer.parseInt(cluster.query(cluster.server(server),
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = " + id).get(0).get(0));
        }
        catch (final SQLException e)
        {
            throw new AssertionError(e);
        }
    }

    /** IS_USED_LOCK(lock) on a server, as root: the holder's connection id, null if free. */
    private String holder(final String server, final String lock) throws SQLException
    {
        return cluster.query(cluster.server(server), "SELECT IS_USED_LOCK('" + lock + "')").get(0).get(0);
    }

    private boolean holdsEveryLock(final Monitor m)
    {
        try
        {
            for (final String name : TestCluster.SERVER_NAMES)
            {
                if (!String.valueOf(m.connectionId(name)).equals(holder(name, SERVER_LOCK)))
                {
                    return false;
                }
            }
            return true;
        }
        catch (final SQLException e)
        {
            throw new AssertionError(e);
        }
    }

    private void assertHoldsEveryLock(final Monitor m) throws SQLException
    {
        for (final String name : TestCluster.SERVER_NAMES)
        {
            assertEquals(String.valueOf(m.connectionId(name)), holder(name, SERVER_LOCK), name);
        }
    }

    /** Until no running server has either lock (a closed connection's locks go a moment later). */
    private void awaitNoLocks()
    {
        await(() ->
        {
            try
            {
                for (final ServerInfo s : cluster.servers())
                {
                    if (s.running() && (holder(s.name(), SERVER_LOCK) != null || holder(s.name(), MASTER_LOCK) != null))
                    {
                        return false;
                    }
                }
                return true;
            }
            catch (final SQLException e)
            {
                throw new AssertionError(e);
            }
        }, "every lock to be free");
    }

    private static void await(final BooleanSupplier condition, final String what)
    {
        final long deadlineNs = System.nanoTime() + AWAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new AssertionError("timed out after " + AWAIT.toSeconds() + " s waiting for " + what);
            }
            try
            {
                Thread.sleep(100);
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
