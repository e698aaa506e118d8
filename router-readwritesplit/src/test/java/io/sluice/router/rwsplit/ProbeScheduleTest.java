package io.sluice.router.rwsplit;

import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the replica position probe asks a server for its position. */
class ProbeScheduleTest
{
    private static final long MS = 1_000_000L;
    private static final ServerState REPLICA = ServerState.configured("db2", "slave");

    @Test
    void shouldProbeOnlyUsableReplicas()
    {
        assertTrue(ProbeSchedule.isCandidate(REPLICA));
        assertFalse(ProbeSchedule.isCandidate(ServerState.configured("db1", "master")), "the primary");
        assertFalse(ProbeSchedule.isCandidate(ServerState.configured("db3", "running")), "not replicating");
        assertFalse(ProbeSchedule.isCandidate(null), "unknown to the snapshot");
        assertFalse(ProbeSchedule.isCandidate(REPLICA.withStatus(ServerStatus.bits(ServerStatus.SLAVE))), "down");
        assertFalse(ProbeSchedule.isCandidate(REPLICA.withStatus(ServerStatus.bits(ServerStatus.SLAVE,
            ServerStatus.RUNNING, ServerStatus.MAINT))), "in maintenance");
    }

    @Test
    void shouldProbeEachIntervalUnlessTheReplicaIsKnownCurrent()
    {
        final ProbeSchedule s = new ProbeSchedule(2, 50);
        final long t0 = 1_000 * MS;
        assertTrue(s.shouldProbe(1, REPLICA, false, t0), "the first round probes at once");
        assertFalse(s.shouldProbe(1, REPLICA, true, t0), "known to have applied the frontier: nothing to learn");
        s.answered(1, t0);
        assertFalse(s.shouldProbe(1, REPLICA, false, t0 + 49 * MS));
        assertTrue(s.shouldProbe(1, REPLICA, false, t0 + 50 * MS), "an interval later");
        assertTrue(s.shouldProbe(0, REPLICA, false, t0 + MS), "each server has its own turn");
        assertEquals(20 * MS, s.sleepNs(t0, t0 + 30 * MS), "a round that took 30 ms sleeps the rest");
        assertEquals(0, s.sleepNs(t0, t0 + 80 * MS), "a round longer than the interval: the next at once");
    }

    @Test
    void shouldBackOffAfterFailuresAndResetOnAnAnswer()
    {
        assertEquals(0, ProbeSchedule.backoffMs(0));
        assertEquals(250, ProbeSchedule.backoffMs(1));
        assertEquals(500, ProbeSchedule.backoffMs(2));
        assertEquals(4_000, ProbeSchedule.backoffMs(5));
        assertEquals(5_000, ProbeSchedule.backoffMs(6));
        assertEquals(5_000, ProbeSchedule.backoffMs(1_000_000), "no overflow");
        final ProbeSchedule s = new ProbeSchedule(1, 10);
        final long t0 = 5 * MS;
        s.failed(0, t0);
        assertEquals(1, s.failures(0));
        assertFalse(s.shouldProbe(0, REPLICA, false, t0 + 249 * MS), "not every interval while it fails");
        assertTrue(s.shouldProbe(0, REPLICA, false, t0 + 250 * MS));
        s.failed(0, t0 + 250 * MS);
        assertFalse(s.shouldProbe(0, REPLICA, false, t0 + 749 * MS), "500 ms after the second failure");
        assertTrue(s.shouldProbe(0, REPLICA, false, t0 + 750 * MS));
        s.answered(0, t0 + 750 * MS);
        assertEquals(0, s.failures(0));
        assertTrue(s.shouldProbe(0, REPLICA, false, t0 + 760 * MS), "answered: every interval again");
    }
}
