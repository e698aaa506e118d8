package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.RoutingHint;
import io.sluice.api.ServerState;
import io.sluice.api.Target;

import java.util.List;

/**
 * Chooses the server of a read (MaxScale's {@code rwsplit_select_backends.cc}): among replicas that
 * take new work (running, not in maintenance or draining) within the replication lag limit, the one
 * with the lowest {@link SelectionCriteria} score; ties go to the one this session wrote to least
 * recently, so a session's reads take turns. The primary is a candidate too with
 * {@code master_accept_reads}. Stateless but for the configuration; allocates nothing.
 */
final class ReplicaChooser
{
    private final RwSplitConfig config;
    private final ReadWriteSplit router;
    private final List<Target> targets;

    ReplicaChooser(final RwSplitConfig config, final ReadWriteSplit router)
    {
        this.config = config;
        this.router = router;
        this.targets = router.targets();
    }

    /** The best open backend for a read, or null. */
    // hot path: no allocation
    RwBackend bestOpen(final RwBackend[] backends, final long maxLagSec)
    {
        RwBackend best = null;
        double bestScore = 0;
        for (final RwBackend b : backends)
        {
            if (b == null || !b.takesNew || !(b.slave || config.masterAcceptReads() && b.master)
                || !lagAllowed(b.master ? 0 : b.replicationLagSec, maxLagSec))
            {
                continue;
            }
            final double score = config.criteria().score(b.stats, b.replicationLagSec);
            if (best == null || score < bestScore || score == bestScore && b.lastWriteSeq < best.lastWriteSeq)
            {
                best = b;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The index of the best server with no open backend that may serve reads, or -1. Servers whose
     * connection failed are skipped until the monitor publishes news of them.
     */
    // hot path: no allocation
    int bestUnopened(final ClusterSnapshot cluster, final RwBackend[] backends, final long[] failedAtGeneration,
        final long maxLagSec)
    {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < backends.length; i++)
        {
            if (backends[i] != null || failedAtGeneration[i] == cluster.generation())
            {
                continue;
            }
            final ServerState state = cluster.state(targets.get(i));
            if (state == null || !state.takesNewSessions()
                || !(state.isSlave() || config.masterAcceptReads() && state.isMaster())
                || !lagAllowed(state.isMaster() ? 0 : state.replicationLagSec(), maxLagSec))
            {
                continue;
            }
            final double score = config.criteria().score(router.stats(i), state.replicationLagSec());
            if (best < 0 || score < bestScore)
            {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether opening the unopened server beats the best open one (on a tie it does: it was never used). */
    boolean prefersUnopened(final ClusterSnapshot cluster, final int unopened, final RwBackend open)
    {
        final ServerState state = cluster.state(targets.get(unopened));
        final long lag = state == null ? ServerState.LAG_UNKNOWN : state.replicationLagSec();
        return config.criteria().score(router.stats(unopened), lag)
            <= config.criteria().score(open.stats, open.replicationLagSec);
    }

    /** How many open backends are replicas (max_slave_connections counts them). */
    int replicasOpen(final RwBackend[] backends)
    {
        int n = 0;
        for (final RwBackend b : backends)
        {
            if (b != null && !b.master)
            {
                n++;
            }
        }
        return n;
    }

    /** Within the limit (the hint's, else max_replication_lag; 0 or none: no limit); an unknown lag is not. */
    private static boolean lagAllowed(final long lagSec, final long maxLagSec)
    {
        if (maxLagSec <= 0 || maxLagSec == RoutingHint.NO_LAG_LIMIT)
        {
            return true;
        }
        return lagSec != ServerState.LAG_UNKNOWN && lagSec <= maxLagSec;
    }
}
