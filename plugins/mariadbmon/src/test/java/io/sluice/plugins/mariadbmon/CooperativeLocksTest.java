package io.sluice.plugins.mariadbmon;

import io.sluice.api.MonitorCommand;
import io.sluice.plugins.mariadbmon.CooperativeLocks.Mode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.sluice.plugins.mariadbmon.CooperativeLocks.GET_MASTER_LOCK_SQL;
import static io.sluice.plugins.mariadbmon.CooperativeLocks.GET_SERVER_LOCK_SQL;
import static io.sluice.plugins.mariadbmon.CooperativeLocks.MASTER_LOCK;
import static io.sluice.plugins.mariadbmon.CooperativeLocks.SERVER_LOCK;
import static io.sluice.plugins.mariadbmon.CooperativeLocks.SET_WAIT_TIMEOUT_SQL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CooperativeLocks' decisions, over {@link FakeLockServer}s (the real servers: CooperativeLocksIT). */
class CooperativeLocksTest
{
    private static final int BACKOFF_TICKS = 6;

    private final List<FakeLockServer> servers = List.of(new FakeLockServer("db1", 100), new FakeLockServer("db2", 200),
        new FakeLockServer("db3", 300));
    private long nowNs = 5_000_000_000L;

    /** One monitor instance: its own connection to every server. */
    private final class Monitor
    {
        final List<FakeLockServer.Connection> connections = new ArrayList<>();
        final CooperativeLocks locks;

        Monitor(final String mode, final String name, final Duration idleTimeout)
        {
            for (final FakeLockServer s : servers)
            {
                connections.add(s.connect());
            }
            locks = new CooperativeLocks(Mode.of(mode), name, List.copyOf(connections), idleTimeout,
                () -> BACKOFF_TICKS, () -> nowNs);
        }

        void refresh(final String primaryName, final String... down)
        {
            locks.refresh(probes(down), primaryName);
        }

        long getLocks()
        {
            return connections.stream().mapToLong(c -> c.count(GET_SERVER_LOCK_SQL)).sum();
        }

        long statements()
        {
            return connections.stream().mapToLong(c -> c.statements.size()).sum();
        }

        /** Whether this monitor's connection holds the server lock on every server. */
        boolean holdsAll()
        {
            for (int i = 0; i < servers.size(); i++)
            {
                if (servers.get(i).holder(SERVER_LOCK) != connections.get(i).id)
                {
                    return false;
                }
            }
            return true;
        }

        void closeAll()
        {
            connections.forEach(FakeLockServer.Connection::close);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> server(final String name)
        {
            return (Map<String, Object>)((Map<String, Object>)locks.diagnostics().get("servers")).get(name);
        }
    }

    private Monitor monitor(final String mode, final String name)
    {
        return new Monitor(mode, name, Duration.ZERO);
    }

    /** Probes: every server reachable but those named. */
    private Map<String, ServerProbe> probes(final String... down)
    {
        final Set<String> unreachable = Set.of(down);
        final Map<String, ServerProbe> probes = new HashMap<>();
        for (final FakeLockServer s : servers)
        {
            probes.put(s.name,
                unreachable.contains(s.name) ? ServerProbe.down(s.name, false, "refused", 0) : up(s.name));
        }
        return probes;
    }

    static ServerProbe up(final String name)
    {
        return new ServerProbe(name, true, false, "", 1, false, "", "", true, true, "11.4.5-MariaDB", List.of(), 0);
    }

    private FakeLockServer server(final String name)
    {
        return servers.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldCountMajorities()
    {
        assertEquals(2, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_ALL, 3, 0));
        assertEquals(2, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_ALL, 2, 2));
        assertEquals(3, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_ALL, 4, 1));
        assertEquals(3, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_ALL, 5, 5));
        assertEquals(2, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_RUNNING, 3, 2));
        assertEquals(1, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_RUNNING, 4, 1));
        assertEquals(1, CooperativeLocks.locksNeeded(Mode.MAJORITY_OF_RUNNING, 3, 0));
        assertEquals(0, CooperativeLocks.locksNeeded(Mode.NONE, 3, 3));

        assertTrue(CooperativeLocks.isMajority(2, 3), "2 of 3");
        assertTrue(CooperativeLocks.isMajority(1, 1), "1 of 1");
        assertTrue(CooperativeLocks.isMajority(3, 4), "3 of 4");
        assertTrue(CooperativeLocks.isMajority(3, 5), "3 of 5");
        assertFalse(CooperativeLocks.isMajority(1, 2), "1 of 2 is half, not a majority");
        assertFalse(CooperativeLocks.isMajority(2, 4), "2 of 4 is half, not a majority");
        assertFalse(CooperativeLocks.isMajority(1, 3), "1 of 3");
        assertFalse(CooperativeLocks.isMajority(2, 5), "2 of 5");
        assertFalse(CooperativeLocks.isMajority(0, 0), "nothing is no majority");
    }

    @Test
    void shouldRefuseAnUnknownModeAndASubSecondIdleTimeout()
    {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new CooperativeLocks("majority", "M", List.of()));
        assertTrue(e.getMessage().contains("'majority'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> new CooperativeLocks("majority_of_all", "M", List.of(), Duration.ofMillis(500)));
        assertThrows(IllegalArgumentException.class,
            () -> new CooperativeLocks("majority_of_all", "M", List.of(), Duration.ofSeconds(-1)));
    }

    @Test
    void shouldAlwaysBePrimaryWithoutAnySqlInModeNone()
    {
        final Monitor a = monitor("none", "A");
        assertTrue(a.locks.isPrimaryMonitor(), "before the first refresh too");
        for (int i = 0; i < 3; i++)
        {
            a.refresh("db1", "db3");
        }
        assertTrue(a.locks.isPrimaryMonitor());
        assertEquals(3, a.locks.primaryTicks());
        assertEquals(0, a.locks.release());
        assertTrue(a.locks.isPrimaryMonitor(), "release() changes nothing in mode none");
        assertNull(a.locks.markedPrimary());
        assertEquals(Map.of("cooperative_monitoring_locks", "none", "primary", true), a.locks.diagnostics());
        assertEquals(0, a.statements());
        for (final FakeLockServer.Connection c : a.connections)
        {
            assertEquals(0, c.connects, "never connected");
        }
    }

    @Test
    void shouldMakeTheFirstToRefreshThePrimaryMonitor()
    {
        assertExactlyOnePrimary(true);
    }

    @Test
    void shouldMakeTheFirstToRefreshThePrimaryMonitorInTheOtherOrder()
    {
        assertExactlyOnePrimary(false);
    }

    private void assertExactlyOnePrimary(final boolean aFirst)
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        assertFalse(a.locks.isPrimaryMonitor(), "secondary until the first refresh");
        final Monitor first = aFirst ? a : b;
        final Monitor second = aFirst ? b : a;
        for (int round = 0; round < 3; round++)
        {
            first.refresh("db1");
            second.refresh("db1");
            assertTrue(first.locks.isPrimaryMonitor(), "round " + round);
            assertFalse(second.locks.isPrimaryMonitor(), "round " + round);
        }
        assertTrue(first.holdsAll());
        assertEquals(first.connections.get(0).id, server("db1").holder(MASTER_LOCK));
        assertEquals(3, first.getLocks(), "each lock taken once");
        assertEquals(0, second.getLocks(), "no attempt while a majority is held elsewhere");
        assertEquals("db1", first.locks.markedPrimary());
        assertEquals("db1", second.locks.markedPrimary());
        assertEquals(3L, first.locks.primaryTicks());
        assertEquals(0L, second.locks.primaryTicks());

        final Map<String, Object> d = second.locks.diagnostics();
        assertEquals("majority_of_all", d.get("cooperative_monitoring_locks"));
        assertEquals(false, d.get("primary"));
        assertEquals(0, d.get("locks_held"));
        assertEquals(2, d.get("locks_needed"));
        assertEquals(3, d.get("servers_running"));
        assertEquals("db1", d.get("marked_primary"));
        assertEquals(Map.of("connection_id", second.connections.get(0).id, "lock", "taken",
            "lock_owner", first.connections.get(0).id, "master_lock", "taken",
            "master_lock_owner", first.connections.get(0).id), second.server("db1"));
        assertEquals(Map.of("connection_id", first.connections.get(2).id, "lock", "held",
            "lock_owner", first.connections.get(2).id, "master_lock", "free"), first.server("db3"));
    }

    @Test
    void shouldTakeOverWithinOneRefreshWhenThePrimaryMonitorsConnectionsClose()
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.refresh("db1");
        b.refresh("db1");
        assertTrue(a.locks.isPrimaryMonitor());
        a.closeAll();

        b.refresh("db1");
        assertTrue(b.locks.isPrimaryMonitor());
        assertTrue(b.holdsAll());
        assertEquals(b.connections.get(0).id, server("db1").holder(MASTER_LOCK));
        assertEquals(1L, b.locks.primaryTicks());
    }

    @Test
    void shouldNoticeLocksLostWithAReplacedConnectionAndTakeThemAgainAsPrimary()
    {
        final Monitor a = monitor("majority_of_all", "A");
        a.refresh("db1");
        final FakeLockServer.Connection db1 = a.connections.get(0);
        final long oldId = db1.id;
        db1.kill();
        assertEquals(oldId, db1.connectionId(), "the client has not noticed yet");
        assertEquals(0, server("db1").holder(SERVER_LOCK));

        a.refresh("db1");
        assertTrue(a.locks.isPrimaryMonitor());
        assertEquals(2, db1.connects, "the broken status read was retried on a new connection");
        assertNotEquals(oldId, db1.id);
        assertEquals(db1.id, server("db1").holder(SERVER_LOCK));
        assertEquals(db1.id, server("db1").holder(MASTER_LOCK));
        assertEquals(db1.id, a.server("db1").get("lock_owner"));
        assertEquals(db1.id, a.server("db1").get("connection_id"));
        assertEquals(2L, a.locks.primaryTicks());
    }

    @Test
    void shouldStepDownWhenAnotherMonitorTookTheLocksOfItsBrokenConnections()
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.refresh("db1");
        b.refresh("db1");
        a.connections.get(0).kill();
        a.connections.get(1).kill();

        b.refresh("db1");
        assertTrue(b.locks.isPrimaryMonitor(), "db1 and db2 were free: 2 of 3");
        assertEquals(b.connections.get(0).id, server("db1").holder(SERVER_LOCK));
        assertEquals(b.connections.get(0).id, server("db1").holder(MASTER_LOCK), "db1's master lock is B's");

        a.refresh("db1");
        assertFalse(a.locks.isPrimaryMonitor());
        assertEquals(0, server("db3").holder(SERVER_LOCK), "A released db3, held without a majority");
        assertEquals(0, a.locks.diagnostics().get("locks_held"));
        assertEquals("taken", a.server("db1").get("lock"));
        assertEquals(b.connections.get(0).id, a.server("db1").get("lock_owner"));
        assertEquals("db1", a.locks.markedPrimary());

        b.refresh("db1");
        assertTrue(b.holdsAll(), "the primary takes the freed lock at once");
        assertEquals(3, b.locks.diagnostics().get("locks_held"));
    }

    @Test
    void shouldBackOffAfterAnAttemptThatEndedWithoutAMajority()
    {
        final Monitor a = monitor("majority_of_all", "A");
        final FakeLockServer.Connection x2 = server("db2").connect();
        final FakeLockServer.Connection x3 = server("db3").connect();
        // Someone takes db2 and db3 between A's status read and its GET_LOCKs.
        server("db1").beforeGetLock = () ->
        {
            server("db1").beforeGetLock = () ->
            {
            };
            try
            {
                x2.query(GET_SERVER_LOCK_SQL);
                x3.query(GET_SERVER_LOCK_SQL);
            }
            catch (final java.io.IOException e)
            {
                throw new java.io.UncheckedIOException(e);
            }
        };
        a.refresh("db1");
        assertFalse(a.locks.isPrimaryMonitor());
        assertEquals(3, a.getLocks(), "it tried all three");
        assertEquals(0, server("db1").holder(SERVER_LOCK), "and released the one it got");
        x2.close();
        x3.close();

        for (int tick = 2; tick < 1 + BACKOFF_TICKS; tick++)
        {
            a.refresh("db1");
            assertFalse(a.locks.isPrimaryMonitor(), "tick " + tick);
        }
        assertEquals(3, a.getLocks(), "no attempt while backing off");
        a.refresh("db1");
        assertTrue(a.locks.isPrimaryMonitor(), "tick " + (1 + BACKOFF_TICKS));
        assertTrue(a.holdsAll());
    }

    @Test
    void shouldTakeNoLockForAMinuteAfterRelease()
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.refresh("db1");
        b.refresh("db1");
        assertEquals(4, a.locks.release(), "three server locks and the master lock");
        assertFalse(a.locks.isPrimaryMonitor());
        for (final FakeLockServer s : servers)
        {
            assertEquals(0, s.holder(SERVER_LOCK));
            assertEquals(0, s.holder(MASTER_LOCK));
        }
        assertEquals(60_000L, a.locks.diagnostics().get("hold_off_ms"));

        a.refresh("db1");
        assertFalse(a.locks.isPrimaryMonitor(), "A refreshed first, yet takes nothing");
        assertEquals(3, a.getLocks());
        b.refresh("db1");
        assertTrue(b.locks.isPrimaryMonitor());
        assertTrue(b.holdsAll());

        assertEquals(4, b.locks.release());
        nowNs += Duration.ofSeconds(59).toNanos();
        a.refresh("db1");
        assertFalse(a.locks.isPrimaryMonitor(), "still within A's minute");
        nowNs += Duration.ofSeconds(1).toNanos();
        a.refresh("db1");
        assertTrue(a.locks.isPrimaryMonitor(), "a minute after its release");
        assertTrue(a.holdsAll());
        assertNull(a.locks.diagnostics().get("hold_off_ms"));
        b.refresh("db1");
        assertFalse(b.locks.isPrimaryMonitor());
    }

    @Test
    void shouldReleaseThroughTheOperatorCommand()
    {
        final Monitor a = monitor("majority_of_all", "A");
        a.refresh("db1");
        final MonitorCommand command = a.locks.releaseLocksCommand();
        assertThrows(IllegalArgumentException.class, () -> command.action().apply(List.of("db1")));
        assertTrue(a.locks.isPrimaryMonitor(), "a refused command changes nothing");
        assertEquals(Map.of("released", 4, "hold_off_s", 60L), command.action().apply(List.of()));
        assertFalse(a.locks.isPrimaryMonitor());
        assertEquals(0, server("db1").holder(SERVER_LOCK));
        assertEquals(Map.of("released", 0, "hold_off_s", 60L), command.action().apply(List.of()));

        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> monitor("none", "N").locks.releaseLocksCommand().action().apply(List.of()));
        assertTrue(e.getMessage().contains("not in use"), e.getMessage());
    }

    @Test
    void shouldMoveTheMasterLockWithThePrimaryServer()
    {
        final Monitor a = monitor("majority_of_all", "A");
        final Monitor b = monitor("majority_of_all", "B");
        a.refresh("db1");
        b.refresh("db1");
        assertEquals("db1", b.locks.markedPrimary());

        a.refresh("db2");
        assertEquals(0, server("db1").holder(MASTER_LOCK));
        assertEquals(a.connections.get(1).id, server("db2").holder(MASTER_LOCK));
        b.refresh("db2");
        assertEquals("db2", b.locks.markedPrimary());
        assertEquals("db2", a.locks.markedPrimary());

        a.refresh(null);
        b.refresh(null);
        for (final FakeLockServer s : servers)
        {
            assertEquals(0, s.holder(MASTER_LOCK));
        }
        assertNull(b.locks.markedPrimary(), "no primary server marked");

        // A master lock held by someone else marks nothing: the two locks' holders differ.
        final FakeLockServer.Connection x = server("db3").connect();
        assertEquals("1", assertDoesNotThrowQuery(x, GET_MASTER_LOCK_SQL));
        a.refresh("db3");
        assertEquals(x.id, server("db3").holder(MASTER_LOCK));
        assertEquals(0, a.connections.get(2).count(GET_MASTER_LOCK_SQL), "not tried: its status showed it taken");
        assertNull(a.locks.markedPrimary());
        assertEquals("taken", a.server("db3").get("master_lock"));
    }

    private static String assertDoesNotThrowQuery(final FakeLockServer.Connection c, final String sql)
    {
        try
        {
            return c.query(sql).get(0).get(0);
        }
        catch (final java.io.IOException e)
        {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldCountOnlyRunningServersInMajorityOfRunning()
    {
        server("db2").down = true;
        server("db3").down = true;
        final Monitor all = monitor("majority_of_all", "All");
        all.refresh("db1", "db2", "db3");
        assertFalse(all.locks.isPrimaryMonitor(), "1 of 3 servers can never be a majority of all");
        assertEquals(0, all.getLocks(), "no attempt without a reachable majority");
        assertEquals(0, all.connections.get(1).connects, "an unreachable server is not queried");
        assertEquals(2, all.locks.diagnostics().get("locks_needed"));
        assertEquals(1, all.locks.diagnostics().get("servers_running"));
        assertEquals("unknown", all.server("db2").get("lock"));

        final Monitor running = monitor("majority_of_running", "Running");
        running.refresh("db1", "db2", "db3");
        assertTrue(running.locks.isPrimaryMonitor(), "1 of 1 running");
        assertEquals(1, running.locks.diagnostics().get("locks_held"));
        assertEquals(1, running.locks.diagnostics().get("locks_needed"));
        assertEquals(running.connections.get(0).id, server("db1").holder(SERVER_LOCK));
    }

    @Test
    void shouldResolveASplitOfMajorityOfRunningOnceEveryServerIsSeenAgain()
    {
        // A reaches db1 only, B db2 and db3 only: both have a majority of what they see (the
        // split-brain MaxScale documents for majority_of_running).
        final Monitor a = monitor("majority_of_running", "A");
        final Monitor b = monitor("majority_of_running", "B");
        a.refresh("db1", "db2", "db3");
        b.refresh("db2", "db1");
        assertTrue(a.locks.isPrimaryMonitor());
        assertTrue(b.locks.isPrimaryMonitor());

        a.refresh("db1");
        assertFalse(a.locks.isPrimaryMonitor(), "1 of 3 running");
        assertEquals(0, server("db1").holder(SERVER_LOCK), "released for B to take");
        assertEquals(0, server("db1").holder(MASTER_LOCK));
        b.refresh("db2");
        assertTrue(b.locks.isPrimaryMonitor());
        assertTrue(b.holdsAll());
        assertEquals(b.connections.get(1).id, server("db2").holder(MASTER_LOCK));
    }

    @Test
    void shouldKeepCountingWhenAServerWithALockGoesDown()
    {
        final Monitor a = monitor("majority_of_all", "A");
        a.refresh("db1");
        server("db3").down = true;
        a.connections.get(2).kill();

        a.refresh("db1", "db3");
        assertTrue(a.locks.isPrimaryMonitor(), "2 of 3 still");
        assertEquals(2, a.locks.diagnostics().get("locks_held"));
        assertEquals("unknown", a.server("db3").get("lock"));
        assertEquals(-1L, a.server("db3").get("connection_id"));
    }

    @Test
    void shouldSetTheIdleTimeoutOnceOnEachConnectionThatTakesALock()
    {
        final Monitor a = new Monitor("majority_of_all", "A", Duration.ofSeconds(7));
        a.refresh("db1");
        a.refresh("db1");
        for (final FakeLockServer.Connection c : a.connections)
        {
            assertEquals(7, c.waitTimeoutS);
            assertEquals(1, c.count(SET_WAIT_TIMEOUT_SQL), c.statements.toString());
        }
        final FakeLockServer.Connection db2 = a.connections.get(1);
        assertEquals(SET_WAIT_TIMEOUT_SQL + 7, db2.statements.get(1), "before the GET_LOCK");
        db2.kill();
        a.refresh("db1");
        assertEquals(7, db2.waitTimeoutS, "set again on the new connection");
        assertEquals(2, db2.count(SET_WAIT_TIMEOUT_SQL));

        a.closeAll();
        final Monitor b = monitor("majority_of_all", "B");
        b.refresh("db1");
        assertTrue(b.locks.isPrimaryMonitor());
        for (final FakeLockServer.Connection c : b.connections)
        {
            assertEquals(0, c.count(SET_WAIT_TIMEOUT_SQL), "no idle timeout asked for");
            assertEquals(0, c.waitTimeoutS);
        }
    }

    @Test
    void shouldSuggestAnIdleTimeoutLongerThanAnyOperation()
    {
        final MonitorSettings s = new MonitorSettings("u", "p", 2_000, 3_000, 3_000, 5, false, false, 90_000, 60_000,
            true, 10_000, "u", "p", null, false, false, Set.of(), "majority_of_all");
        // 2 intervals + the longer operation + 3 servers x (connect + 2 reads)
        assertEquals(Duration.ofSeconds(4 + 90 + 27), CooperativeLocks.suggestedIdleTimeout(s, 3));
    }
}
