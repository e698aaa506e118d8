package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServerState;
import io.sluice.api.Target;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The probe's thread against a replica that refuses connections (a closed port on 127.0.0.1): it
 * counts the failure, backs off instead of retrying every interval, and stops when the service is
 * destroyed. (Probing real replicas: CausalProbeIT.)
 */
class ReplicaPositionProbeTest
{
    @Test
    void shouldCountFailuresBackOffAndStop() throws Exception
    {
        final int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress()))
        {
            closedPort = s.getLocalPort();
        }
        final List<Target> targets = List.of(new Target("db1", new InetSocketAddress("127.0.0.1", 1), "master"),
            new Target("db2", new InetSocketAddress("127.0.0.1", closedPort), "slave"));
        final Map<String, ServerState> states = new LinkedHashMap<>();
        for (final Target t : targets)
        {
            states.put(t.name(), ServerState.configured(t.name(), t.role()));
        }
        final ClusterSnapshot cluster = new ClusterSnapshot(1, states);
        final CausalPositions causal = new CausalPositions(2);
        causal.written(0, 1, 5); // a write no replica is known to have applied: db2 is worth probing
        final ReplicaPositionProbe probe = new ReplicaPositionProbe("RW", targets, () -> cluster, causal, "u", "p", 10);
        probe.start();
        try
        {
            final long deadlineNs = System.nanoTime() + 5_000_000_000L;
            while (probe.failures() == 0 && System.nanoTime() < deadlineNs)
            {
                Thread.sleep(5);
            }
            assertEquals(1, probe.failures(), "db2 refused the connection");
            Thread.sleep(600);
            assertTrue(probe.failures() <= 3, "attempts 250 ms, then 500 ms apart, not every 10 ms interval: "
                + probe.failures());
            assertEquals(0, probe.probes());
            final long[] frontier = new long[CausalPositions.DOMAINS];
            causal.snapshot(frontier);
            assertFalse(causal.isCurrent(1, frontier), "nothing learned from a failed probe");
        }
        finally
        {
            probe.stop();
        }
        assertFalse(probe.isAlive(), "stopped with the service");
        assertTrue(probe.failures() >= 1);
    }
}
