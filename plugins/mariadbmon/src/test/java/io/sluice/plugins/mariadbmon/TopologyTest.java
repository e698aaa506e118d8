package io.sluice.plugins.mariadbmon;

import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Roles from probes, without servers: MaxScale's master selection, stickiness, replicas, relays, lag. */
class TopologyTest
{
    private static final List<Target> SERVERS = List.of(target("db1", 3301), target("db2", 3302), target("db3", 3303));
    private static final Map<String, Long> IDS = Map.of("db1", 1L, "db2", 2L, "db3", 3L);

    private final Map<String, Integer> downTicks = new HashMap<>();

    private static Target target(final String name, final int port)
    {
        return new Target(name, new InetSocketAddress("127.0.0.1", port));
    }

    private static ReplicaStatus link(final int masterPort, final String io, final boolean sql, final long lag)
    {
        return new ReplicaStatus("", "127.0.0.1", masterPort, io, sql, lag, "0-1-10", "Slave_Pos",
                masterPort - 3300, "", "",
            1, false, 0);
    }

    private static ServerProbe up(final String name, final boolean readOnly, final ReplicaStatus... links)
    {
        return new ServerProbe(name, true, false, "", IDS.get(name), readOnly, "0-1-10", "0-1-10", true, true, "11.4.5",
            Arrays.asList(links), 0);
    }

    private static ServerProbe down(final String name)
    {
        return ServerProbe.down(name, false, "Connection refused", 0);
    }

    private Topology resolve(final String previous, final ServerProbe... probes)
    {
        final Map<String, ServerProbe> map = new LinkedHashMap<>();
        for (final ServerProbe p : probes)
        {
            map.put(p.name(), p);
        }
        return Topology.resolve(SERVERS, map, IDS, previous, downTicks, 3, false);
    }

    private static String text(final Topology t, final String server)
    {
        return ServerStatus.describe(t.role(server).status());
    }

    private static ServerProbe[] normal()
    {
        return new ServerProbe[] {up("db1", false), up("db2", true, link(3301, "Yes", true, 0)),
            up("db3", true, link(3301, "Yes", true, 4))};
    }

    @Test
    void shouldFindThePrimaryAndItsReplicas()
    {
        final Topology t = resolve(null, normal());
        assertEquals("db1", t.primary());
        assertEquals("Master, Running", text(t, "db1"));
        assertEquals("Slave, Running", text(t, "db2"));
        assertEquals("Slave, Running", text(t, "db3"));
        assertEquals(0, t.role("db1").lagSec());
        assertEquals(0, t.role("db2").lagSec());
        assertEquals(4, t.role("db3").lagSec());
        assertEquals("db1", t.role("db3").replicatesFrom());
        assertEquals("", t.role("db1").replicatesFrom());
        assertEquals(List.of("db2", "db3"), t.replicasOf("db1"));
    }

    @Test
    void shouldMarkAStoppedReplicaDownAndOneWithoutSqlThreadRunningOnly()
    {
        final Topology t = resolve("db1", up("db1", false), up("db2", true, link(3301, "Yes", false, -1)), down("db3"));
        assertEquals("Master, Running", text(t, "db1"));
        assertEquals("Running", text(t, "db2"));
        assertEquals(ServerState.LAG_UNKNOWN, t.role("db2").lagSec());
        assertEquals("Down", text(t, "db3"));
        final Topology io = resolve("db1", up("db1", false),
                up("db2", true, link(3301, "Connecting", true, -1)), down("db3"));
        assertEquals("Running", text(io, "db2"), "IO thread not connected to a running primary: not a replica");
    }

    @Test
    void shouldKeepADownPrimaryWhileReplicasPointAtItAndKeepStaleReplicas()
    {
        downTicks.put("db1", 10);
        final Topology t = resolve("db1", down("db1"), up("db2", true, link(3301, "Connecting", true, -1)),
            up("db3", true, link(3301, "Connecting", true, -1)));
        assertEquals("db1", t.primary());
        assertEquals("Down", text(t, "db1"));
        assertEquals("Slave, Running", text(t, "db2"), "detect_stale_slave: the SQL thread still runs");
    }

    @Test
    void shouldReplaceADownPrimaryWithoutReplicasAfterFailcount()
    {
        downTicks.put("db1", 2);
        final ServerProbe[] afterFailover = {down("db1"), up("db2", false),
                up("db3", true, link(3302, "Yes", true, 0))};
        assertEquals("db1", resolve("db1", afterFailover).primary(), "down for fewer than failcount ticks: kept");
        downTicks.put("db1", 3);
        final Topology t = resolve("db1", afterFailover);
        assertEquals("db2", t.primary());
        assertEquals("Master, Running", text(t, "db2"));
        assertEquals("Slave, Running", text(t, "db3"));
    }

    @Test
    void shouldStickToThePrimaryAndDropItOnceItReplicatesOrIsReadOnly()
    {
        // db3 has more replicas, but db1 stays while valid.
        final ServerProbe db1 = up("db1", false);
        final ServerProbe db3 = up("db3", false);
        final ServerProbe db2 = up("db2", true, link(3303, "Yes", true, 0));
        assertEquals("db1", resolve("db1", db1, db2, db3).primary());
        assertEquals("db3", resolve(null, db1, db2, db3).primary(), "no previous choice: the most replicas");
        assertEquals("db3", resolve("db1", up("db1", true), db2, db3).primary(), "read_only=ON: no longer the primary");
        // a switchover made outside the monitor: db1 replicates from db2
        final Topology t = resolve("db1", up("db1", true, link(3302, "Yes", true, 0)), up("db2", false),
            up("db3", true, link(3302, "Yes", true, 0)));
        assertEquals("db2", t.primary());
        assertEquals("Slave, Running", text(t, "db1"));
    }

    @Test
    void shouldPreferTheFirstListedOnATieAndHonourEnforceWritableMaster()
    {
        assertEquals("db1", resolve(null, up("db1", false), up("db2", false), up("db3", false)).primary());
        final Map<String, ServerProbe> allReadOnly = new LinkedHashMap<>();
        allReadOnly.put("db1", up("db1", true));
        allReadOnly.put("db2", up("db2", true, link(3301, "Yes", true, 0)));
        allReadOnly.put("db3", up("db3", true, link(3301, "Yes", true, 0)));
        assertNull(Topology.resolve(SERVERS, allReadOnly, IDS, null, downTicks, 3, false).primary());
        assertEquals("db1", Topology.resolve(SERVERS, allReadOnly, IDS, null, downTicks, 3, true).primary());
    }

    @Test
    void shouldMarkRelayMasters()
    {
        final Topology t = resolve(null, up("db1", false), up("db2", true, link(3301, "Yes", true, 1)),
            up("db3", true, link(3302, "Yes", true, 2)));
        assertEquals("db1", t.primary());
        assertEquals("Relay Master, Slave, Running", text(t, "db2"));
        assertEquals("Slave, Running", text(t, "db3"));
        assertEquals("db2", t.role("db3").replicatesFrom());
    }

    @Test
    void shouldMatchConnectionsByResolvedAddressAndByServerId()
    {
        final ReplicaStatus byName = new ReplicaStatus("", "localhost", 3301, "Yes", true, 0, "",
                "Slave_Pos", 1, "", "", 1,
            false, 0);
        assertEquals("db1", Topology.masterOf(byName, SERVERS, IDS));
        final ReplicaStatus byId = new ReplicaStatus("", "db-one.example", 3306, "Yes", true, 0, "",
                "Slave_Pos", 2, "", "",
            1, false, 0);
        assertEquals("db2", Topology.masterOf(byId, SERVERS, IDS), "IO connected: Master_Server_Id is trusted");
        final ReplicaStatus notConnected = new ReplicaStatus("", "db-one.example", 3306, "Connecting", true, 0, "",
            "Slave_Pos", 2, "", "", 1, false, 0);
        assertNull(Topology.masterOf(notConnected, SERVERS, IDS));
    }

    @Test
    void shouldReportAuthErrorsAsDown()
    {
        final List<ServerProbe> probes = new ArrayList<>(Arrays.asList(normal()));
        probes.set(2, ServerProbe.down("db3", true, "ERROR 1045 (28000): Access denied", 0));
        final Topology t = resolve("db1", probes.toArray(new ServerProbe[0]));
        assertEquals("Down, Auth Error", text(t, "db3"));
    }
}
