package io.sluice.core.monitor;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.core.plugins.LogCapture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sluice.api.ServerStatus.DRAINING;
import static io.sluice.api.ServerStatus.MAINT;
import static io.sluice.api.ServerStatus.MASTER;
import static io.sluice.api.ServerStatus.RUNNING;
import static io.sluice.api.ServerStatus.SLAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterStateTest
{
    private static ServerState state(final String name, final int bits, final long lagSec)
    {
        return new ServerState(name, bits, lagSec, "0-1-10", 1, false, "");
    }

    private static ClusterState threeServers()
    {
        return new ClusterState(List.of(ServerState.configured("db1", "master"), ServerState.configured("db2", "slave"),
            ServerState.configured("db3", "running")));
    }

    @Test
    void shouldStartFromTheConfiguredRoles()
    {
        final ClusterSnapshot s = threeServers().snapshot();

        assertEquals("Master, Running", s.state("db1").statusText());
        assertEquals("Slave, Running", s.state("db2").statusText());
        assertEquals("Running", s.state("db3").statusText());
        assertTrue(s.state("db1").isMaster());
        assertTrue(s.state("db2").isSlave());
        assertFalse(s.state("db3").isSlave());
        assertNull(s.state("db9"));
        assertEquals(1, s.generation());
    }

    @Test
    void shouldSwapTheWholeSnapshotOnPublishAndLogEachStatusChange()
    {
        final ClusterState cluster = threeServers();
        final ClusterSnapshot before = cluster.snapshot();

        final String log;
        try (LogCapture capture = new LogCapture())
        {
            cluster.publish("mon", List.of(state("db1", ServerStatus.bits(MASTER, RUNNING), 0), state("db2", 0, -1),
                state("db3", ServerStatus.bits(SLAVE, RUNNING), 4)));
            log = capture.text();
        }

        final ClusterSnapshot after = cluster.snapshot();
        assertEquals(2, after.generation());
        assertEquals("Down", after.state("db2").statusText());
        assertEquals(4, after.state("db3").replicationLagSec());
        assertTrue(log.contains("server db2 changed state: Slave, Running -> Down"), log);
        assertTrue(log.contains("server db3 changed state: Running -> Slave, Running"), log);
        assertFalse(log.contains("server db1 changed"), log);
        // The old snapshot is untouched: a reader holding it sees the previous states only.
        assertEquals("Slave, Running", before.state("db2").statusText());

        cluster.publish("mon", List.of(state("db1", ServerStatus.bits(MASTER, RUNNING), 0), state("db2", 0, -1),
            state("db3", ServerStatus.bits(SLAVE, RUNNING), 4)));
        assertSame(after, cluster.snapshot(), "an identical publish changes nothing");
    }

    @Test
    void shouldKeepOperatorBitsAcrossPublishes()
    {
        final ClusterState cluster = threeServers();
        cluster.setOperatorStatus("db2", MAINT, true);
        assertEquals("Maintenance, Slave, Running", cluster.snapshot().state("db2").statusText());
        assertFalse(cluster.snapshot().state("db2").isUsable());

        // The monitor knows nothing of maintenance: the core keeps the bit.
        cluster.publish("mon", List.of(state("db2", ServerStatus.bits(SLAVE, RUNNING), 0)));
        assertTrue(cluster.snapshot().state("db2").has(MAINT));
        cluster.publish("mon", List.of(state("db2", ServerStatus.bits(SLAVE, RUNNING, MAINT), 0)));
        cluster.setOperatorStatus("db2", MAINT, false);
        assertEquals("Slave, Running", cluster.snapshot().state("db2").statusText());

        cluster.setOperatorStatus("db1", DRAINING, true);
        assertTrue(cluster.snapshot().state("db1").isMaster());
        assertFalse(cluster.snapshot().state("db1").takesNewSessions());
    }

    @Test
    void shouldRejectUnknownServersAndNonOperatorBits()
    {
        final ClusterState cluster = threeServers();

        assertEquals("no server named 'db9'",
            assertThrows(IllegalArgumentException.class,
                    () -> cluster.setOperatorStatus("db9", MAINT, true)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> cluster.setOperatorStatus("db1", MASTER, true));
        cluster.publish("mon", List.of(state("db9", RUNNING.bit(), 0)));
        assertNull(cluster.snapshot().state("db9"));
        assertEquals(1, cluster.snapshot().generation());
    }
}
