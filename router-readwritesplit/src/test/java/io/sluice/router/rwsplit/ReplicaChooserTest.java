package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Endpoint;
import io.sluice.api.Query;
import io.sluice.api.RoutingHint;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.ServiceContext;
import io.sluice.api.Target;
import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.Params;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The choice of a read's server: criteria scores, the lag limit, roles, least-recently-used ties. */
class ReplicaChooserTest
{
    private static final List<Target> TARGETS = List.of(target("db1"), target("db2"), target("db3"));
    private static final int MASTER = ServerStatus.bits(ServerStatus.MASTER, ServerStatus.RUNNING);
    private static final int SLAVE = ServerStatus.bits(ServerStatus.SLAVE, ServerStatus.RUNNING);

    private ClusterSnapshot cluster = snapshot(0, 1, 5);

    private static Target target(final String name)
    {
        return new Target(name, InetSocketAddress.createUnresolved("127.0.0.1", 3306));
    }

    private static ClusterSnapshot snapshot(final long primaryLag, final long lag2, final long lag3)
    {
        final Map<String, ServerState> states = new LinkedHashMap<>();
        states.put("db1", new ServerState("db1", MASTER, primaryLag, "", 1, false, ""));
        states.put("db2", new ServerState("db2", SLAVE, lag2, "", 2, true, "db1"));
        states.put("db3", new ServerState("db3", SLAVE, lag3, "", 3, true, "db1"));
        return new ClusterSnapshot(1, states);
    }

    private ReadWriteSplit router(final Map<String, String> settings)
    {
        final Params.Builder builder = new Params.Builder("test.cnf", "RW", 1);
        for (final ParamSpec spec : ReadWriteSplitModule.PARAMETERS.params())
        {
            if (settings.containsKey(spec.name()))
            {
                builder.set(spec, settings.get(spec.name()), spec.type().parse(settings.get(spec.name())), 2);
            }
            else
            {
                builder.unset(spec);
            }
        }
        final Params params = builder.build(ReadWriteSplitModule.PARAMETERS.params());
        return new ReadWriteSplit(new ServiceContext()
        {
            @Override
            public String name()
            {
                return "RW";
            }

            @Override
            public Params params()
            {
                return params;
            }

            @Override
            public Params globalParams()
            {
                return params;
            }

            @Override
            public List<Target> targets()
            {
                return TARGETS;
            }

            @Override
            public ClusterSnapshot cluster()
            {
                return cluster;
            }
        });
    }

    /** A backend over an endpoint that is never written to here. */
    private RwBackend backend(final ReadWriteSplit router, final int index)
    {
        final Target target = TARGETS.get(index);
        final Endpoint endpoint = new Endpoint()
        {
            @Override
            public Target target()
            {
                return target;
            }

            @Override
            public void write(final ByteBuffer data, final Query query)
            {
                throw new UnsupportedOperationException();
            }

            @Override
            public void shutdownOutputWhenFlushed()
            {
            }

            @Override
            public boolean isReady()
            {
                return true;
            }

            @Override
            public void close()
            {
            }

            @Override
            public boolean isClosed()
            {
                return false;
            }
        };
        final RwBackend b = new RwBackend(endpoint, index, router.stats(index), 0);
        b.role(cluster.state(target));
        return b;
    }

    @Test
    void shouldTakeTheReplicaWithFewestOperationsAndTakeTurnsOnTies()
    {
        final ReadWriteSplit router = router(Map.of());
        final ReplicaChooser chooser = new ReplicaChooser(router.config(), router);
        final RwBackend[] backends = {backend(router, 0), backend(router, 1), backend(router, 2)};
        backends[1].lastWriteSeq = 5;
        backends[2].lastWriteSeq = 4;
        assertSame(backends[2], chooser.bestOpen(backends, 0), "a tie: the least recently used");
        backends[2].lastWriteSeq = 6;
        assertSame(backends[1], chooser.bestOpen(backends, 0));
        router.stats(1).querySent();
        assertSame(backends[2], chooser.bestOpen(backends, 0), "db2 has an operation in flight");
        assertEquals(2, chooser.replicasOpen(backends));
    }

    @Test
    void shouldKeepReadsOffReplicasBeyondTheLagLimit()
    {
        final ReadWriteSplit router = router(Map.of("max_replication_lag", "3s"));
        final ReplicaChooser chooser = new ReplicaChooser(router.config(), router);
        final RwBackend[] backends = {backend(router, 0), backend(router, 1), backend(router, 2)};
        assertSame(backends[1], chooser.bestOpen(backends, router.config().maxReplicationLagSec()),
            "db3 is 5 s behind");
        assertSame(backends[1], chooser.bestOpen(backends, RoutingHint.NO_LAG_LIMIT), "a hint without a limit");
        cluster = snapshot(0, ServerState.LAG_UNKNOWN, 5);
        backends[1].role(cluster.state(TARGETS.get(1)));
        assertNull(chooser.bestOpen(backends, 3), "an unknown lag is over any limit");
        assertSame(backends[1], chooser.bestOpen(backends, 0), "no limit: any replica");
        assertEquals(-1, chooser.bestUnopened(cluster, new RwBackend[3], new long[] {-1, -1, -1}, 3));
        assertEquals(2, chooser.bestUnopened(cluster, new RwBackend[3], new long[] {-1, -1, -1}, 10));
    }

    @Test
    void shouldScoreByLagWithLeastBehindMaster()
    {
        final ReadWriteSplit router = router(Map.of("slave_selection_criteria", "least_behind_master"));
        final ReplicaChooser chooser = new ReplicaChooser(router.config(), router);
        final RwBackend[] backends = {backend(router, 0), backend(router, 1), backend(router, 2)};
        backends[1].lastWriteSeq = 9; // used more recently, yet less behind
        assertSame(backends[1], chooser.bestOpen(backends, 0));
        assertEquals(1, chooser.bestUnopened(cluster, new RwBackend[3], new long[] {-1, -1, -1}, 0));
    }

    @Test
    void shouldOfferThePrimaryForReadsOnlyWithMasterAcceptReads()
    {
        final ReadWriteSplit strict = router(Map.of());
        final RwBackend[] onlyPrimary = {backend(strict, 0), null, null};
        assertNull(new ReplicaChooser(strict.config(), strict).bestOpen(onlyPrimary, 0));
        final ReadWriteSplit accepting = router(Map.of("master_accept_reads", "true"));
        final RwBackend[] primary = {backend(accepting, 0), null, null};
        assertSame(primary[0], new ReplicaChooser(accepting.config(), accepting).bestOpen(primary, 0));
    }

    @Test
    void shouldSkipAServerWhoseConnectionFailedUntilTheMonitorPublishesNews()
    {
        final ReadWriteSplit router = router(Map.of());
        final ReplicaChooser chooser = new ReplicaChooser(router.config(), router);
        final long generation = cluster.generation();
        assertEquals(2, chooser.bestUnopened(cluster, new RwBackend[3], new long[] {-1, generation, -1}, 0));
        assertEquals(-1, chooser.bestUnopened(cluster, new RwBackend[3], new long[] {-1, generation, generation}, 0));
    }
}
