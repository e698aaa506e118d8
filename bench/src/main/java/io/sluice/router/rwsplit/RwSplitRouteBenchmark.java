package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Endpoint;
import io.sluice.api.Query;
import io.sluice.api.ServerState;
import io.sluice.api.ServiceContext;
import io.sluice.api.Target;
import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.Params;
import io.sluice.bench.SluiceBenchmark;
import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * readwritesplit's routing decision for a cached statement, as {@link RwSplitSession} makes it for a
 * read outside a transaction with every server open: the worker's {@link StatementClassifier} (its
 * cache hit), {@link RouteRules#query}, and the replica {@link ReplicaChooser#bestOpen} picks among a
 * primary and two replicas (the default {@code least_current_operations}, ties to the replica used
 * least recently), which is then marked used as {@code send} marks it, so the choice alternates. The
 * router instance is built from readwritesplit's own parameter defaults, as the e2e service runs it.
 *
 * <ul>
 *   <li>{@code routePointSelect}: {@code SELECT c FROM sbtest1 WHERE id=N}, N new on every call
 *       (written into the buffer, part of the cost, as in {@code ClassifierBenchmark}). Target 0 B/op.</li>
 *   <li>{@code routeReadOnlyMix}: the five reads of oltp_read_only in turn (point, range, sum, order,
 *       distinct), each a cache hit.</li>
 *   <li>{@code decideOnlyBaseline}: RouteRules and the replica choice on a classification at hand:
 *       what the router adds to the classifier.</li>
 *   <li>{@code classifyOnlyBaseline}: the cached classification of the point select alone: the
 *       floor of every routed statement.</li>
 * </ul>
 */
@State(Scope.Thread)
public class RwSplitRouteBenchmark extends SluiceBenchmark
{
    static final String[] READS = {
        "SELECT c FROM sbtest1 WHERE id=5023",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006",
        "SELECT SUM(k) FROM sbtest1 WHERE id BETWEEN 4907 AND 5006",
        "SELECT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006 ORDER BY c",
        "SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN 4907 AND 5006 ORDER BY c",
    };
    private static final byte[] POINT_SELECT_PREFIX =
        "SELECT c FROM sbtest1 WHERE id=".getBytes(StandardCharsets.UTF_8);

    private final StatementClassifier classifier = new StatementClassifier();
    private final ByteBuffer pointSelect = ByteBuffer.allocateDirect(64);
    private final ByteBuffer[] reads = new ByteBuffer[READS.length];
    private final int[] readLengths = new int[READS.length];
    private RwSplitConfig config;
    private ReplicaChooser chooser;
    private RwBackend[] backends;
    private Classification pointSelectClassification;
    private long writeSeq;
    private int id;
    private int next;

    @Setup
    public void setUp()
    {
        final List<Target> targets = List.of(target("db1"), target("db2"), target("db3"));
        final Map<String, ServerState> states = new LinkedHashMap<>();
        states.put("db1", ServerState.configured("db1", "master"));
        states.put("db2", ServerState.configured("db2", "slave"));
        states.put("db3", ServerState.configured("db3", "slave"));
        final ClusterSnapshot cluster = new ClusterSnapshot(1, states);
        final ReadWriteSplit router = new ReadWriteSplit(new Service(targets, cluster));
        config = router.config();
        chooser = new ReplicaChooser(config, router);
        backends = new RwBackend[targets.size()];
        for (int i = 0; i < backends.length; i++)
        {
            backends[i] = new RwBackend(new NoopEndpoint(targets.get(i)), i, router.stats(i), 0);
            backends[i].role(cluster.state(targets.get(i)));
        }
        pointSelect.put(0, POINT_SELECT_PREFIX);
        for (int i = 0; i < READS.length; i++)
        {
            final byte[] bytes = READS[i].getBytes(StandardCharsets.UTF_8);
            reads[i] = ByteBuffer.allocateDirect(bytes.length);
            reads[i].put(0, bytes);
            readLengths[i] = bytes.length;
        }
        pointSelectClassification = classifier.classify(pointSelect, 0, nextPointSelect());
        if (decide(pointSelectClassification) == null || decide(pointSelectClassification).master)
        {
            throw new IllegalStateException("a point select must go to a replica: " + config);
        }
    }

    private static Target target(final String name)
    {
        return new Target(name, InetSocketAddress.createUnresolved("127.0.0.1", 3306));
    }

    /** Writes the next id after the prefix; returns the statement's length. */
    private int nextPointSelect()
    {
        int n = id = (id + 7919) & 0xFFFFF;
        int at = POINT_SELECT_PREFIX.length + 7;
        final int end = at;
        do
        {
            pointSelect.put(--at, (byte)('0' + n % 10));
            n /= 10;
        }
        while (n != 0);
        final int digits = end - at;
        for (int k = 0; k < digits; k++)
        {
            pointSelect.put(POINT_SELECT_PREFIX.length + k, pointSelect.get(at + k));
        }
        return POINT_SELECT_PREFIX.length + digits;
    }

    /** RwSplitSession.route's decision for a COM_QUERY outside a transaction, no hint, every server open. */
    private RwBackend decide(final Classification c)
    {
        final Route route = RouteRules.query(c, config.sqlVariablesInMaster(), false, false, false, false);
        final RwBackend b;
        if (route == Route.SLAVE)
        {
            final RwBackend open = chooser.bestOpen(backends, config.maxReplicationLagSec());
            b = open != null ? open : backends[0];
        }
        else
        {
            b = backends[0];
        }
        b.lastWriteSeq = ++writeSeq;
        return b;
    }

    @Benchmark
    public RwBackend routePointSelect()
    {
        return decide(classifier.classify(pointSelect, 0, nextPointSelect()));
    }

    @Benchmark
    public RwBackend routeReadOnlyMix()
    {
        final int i = next;
        next = i + 1 == READS.length ? 0 : i + 1;
        return decide(classifier.classify(reads[i], 0, readLengths[i]));
    }

    @Benchmark
    public RwBackend decideOnlyBaseline()
    {
        return decide(pointSelectClassification);
    }

    @Benchmark
    public Classification classifyOnlyBaseline()
    {
        return classifier.classify(pointSelect, 0, nextPointSelect());
    }

    /** The service as the core gives it: readwritesplit's parameters all at their defaults, static roles. */
    private static final class Service implements ServiceContext
    {
        private final List<Target> targets;
        private final ClusterSnapshot cluster;
        private final Params params;

        Service(final List<Target> targets, final ClusterSnapshot cluster)
        {
            this.targets = targets;
            this.cluster = cluster;
            final Params.Builder builder = new Params.Builder("bench", "RWS-Service", 0);
            for (final ParamSpec spec : ReadWriteSplitModule.PARAMETERS.params())
            {
                builder.unset(spec);
            }
            this.params = builder.build(ReadWriteSplitModule.PARAMETERS.params());
        }

        @Override
        public String name()
        {
            return "RWS-Service";
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
            return targets;
        }

        @Override
        public ClusterSnapshot cluster()
        {
            return cluster;
        }
    }

    /** A server connection that sends nothing: the decision never writes. */
    private static final class NoopEndpoint implements Endpoint
    {
        private final Target target;

        NoopEndpoint(final Target target)
        {
            this.target = target;
        }

        @Override
        public Target target()
        {
            return target;
        }

        @Override
        public void write(final ByteBuffer data, final Query query)
        {
            data.position(data.limit());
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
    }
}
