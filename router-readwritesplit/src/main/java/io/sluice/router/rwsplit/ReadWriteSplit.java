package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Router;
import io.sluice.api.RouterSession;
import io.sluice.api.ServiceContext;
import io.sluice.api.SessionContext;
import io.sluice.api.Target;
import io.sluice.protocol.mysql.classify.StatementClassifier;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The readwritesplit router instance, one per service (MaxScale's RWSplit): its configuration, the
 * statistics of its servers shared by the sessions of every worker, and its counters for the admin
 * API. Sessions classify statements with their worker's {@link StatementClassifier} (one per thread,
 * with its cache).
 */
final class ReadWriteSplit implements Router
{
    /** One classifier per worker thread: its cache serves every readwritesplit session of the worker. */
    private static final ThreadLocal<StatementClassifier> CLASSIFIERS =
        ThreadLocal.withInitial(StatementClassifier::new);

    private final ServiceContext service;
    private final RwSplitConfig config;
    private final List<Target> targets;
    private final ServerStats[] stats;
    private final LongAdder routeMaster = new LongAdder();
    private final LongAdder routeSlave = new LongAdder();
    private final LongAdder routeAll = new LongAdder();
    private final LongAdder rwTransactions = new LongAdder();
    private final LongAdder roTransactions = new LongAdder();
    private final LongAdder retriedReads = new LongAdder();
    private final LongAdder retriedWrites = new LongAdder();
    private final LongAdder historyMismatches = new LongAdder();
    private final LongAdder failedStatements = new LongAdder();
    private final LongAdder causalWaits = new LongAdder();
    private final LongAdder causalWaitTimeouts = new LongAdder();
    private final LongAdder causalReadsOnPrimary = new LongAdder();
    private final LongAdder trxReplays = new LongAdder();
    private final LongAdder trxReplayFailures = new LongAdder();
    private final LongAdder trxReplayMismatches = new LongAdder();
    private final LongAdder trxTooBig = new LongAdder();
    private final LongAdder optimisticStarted = new LongAdder();
    private final LongAdder optimisticMoved = new LongAdder();
    private final CausalPositions causal;
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong sessionsClosed = new AtomicLong();
    private final LongAdder historyLengthSum = new LongAdder();
    private final AtomicLong historyLengthMax = new AtomicLong();

    ReadWriteSplit(final ServiceContext service)
    {
        this.service = service;
        this.config = RwSplitConfig.from(service.params());
        this.targets = service.targets();
        if (targets.isEmpty())
        {
            throw new IllegalArgumentException("service " + service.name() + " has no servers");
        }
        if (targets.size() > SessionCommandOutcomes.SLOTS)
        {
            throw new IllegalArgumentException("service " + service.name() + ": readwritesplit takes at most "
                + SessionCommandOutcomes.SLOTS + " servers");
        }
        this.causal = new CausalPositions(targets.size());
        this.stats = new ServerStats[targets.size()];
        for (int i = 0; i < stats.length; i++)
        {
            stats[i] = new ServerStats(targets.get(i).name());
        }
    }

    /** The calling worker's classifier. */
    static StatementClassifier classifier()
    {
        return CLASSIFIERS.get();
    }

    @Override
    public RouterSession newSession(final SessionContext session) throws IOException
    {
        final RwSplitSession s = new RwSplitSession(this, session);
        sessions.incrementAndGet();
        return s;
    }

    RwSplitConfig config()
    {
        return config;
    }

    List<Target> targets()
    {
        return targets;
    }

    ServerStats stats(final int index)
    {
        return stats[index];
    }

    /** One volatile read: take it once per routing decision. */
    ClusterSnapshot cluster()
    {
        return service.cluster();
    }

    // hot path: no allocation
    void routed(final Route route, final boolean toMaster)
    {
        if (route == Route.ALL)
        {
            routeAll.increment();
        }
        else if (toMaster)
        {
            routeMaster.increment();
        }
        else
        {
            routeSlave.increment();
        }
    }

    void transactionStarted(final boolean readOnly)
    {
        (readOnly ? roTransactions : rwTransactions).increment();
    }

    void retriedRead()
    {
        retriedReads.increment();
    }

    void retriedWrite()
    {
        retriedWrites.increment();
    }

    void historyMismatch()
    {
        historyMismatches.increment();
    }

    CausalPositions causal()
    {
        return causal;
    }

    void causalWait()
    {
        causalWaits.increment();
    }

    void causalWaitTimedOut()
    {
        causalWaitTimeouts.increment();
    }

    void causalReadOnPrimary()
    {
        causalReadsOnPrimary.increment();
    }

    void trxReplayed()
    {
        trxReplays.increment();
    }

    void trxReplayFailed()
    {
        trxReplayFailures.increment();
    }

    void trxReplayMismatch()
    {
        trxReplayMismatches.increment();
    }

    void trxTooBig()
    {
        trxTooBig.increment();
    }

    void optimisticTrxStarted()
    {
        optimisticStarted.increment();
    }

    void optimisticTrxMoved()
    {
        optimisticMoved.increment();
    }

    void failedStatement()
    {
        failedStatements.increment();
    }

    void sessionClosed(final int historyLength)
    {
        sessionsClosed.incrementAndGet();
        historyLengthSum.add(historyLength);
        historyLengthMax.accumulateAndGet(historyLength, Math::max);
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> m = new LinkedHashMap<>();
        m.put("route_master", routeMaster.sum());
        m.put("route_slave", routeSlave.sum());
        m.put("route_all", routeAll.sum());
        m.put("rw_transactions", rwTransactions.sum());
        m.put("ro_transactions", roTransactions.sum());
        m.put("replayed_reads", retriedReads.sum());
        m.put("writes_retried_after_switchover", retriedWrites.sum());
        m.put("history_mismatches", historyMismatches.sum());
        m.put("failed_statements", failedStatements.sum());
        m.put("sessions", sessions.get());
        m.put("sessions_closed", sessionsClosed.get());
        final long closed = sessionsClosed.get();
        m.put("avg_sescmd_history_length", closed == 0 ? 0.0
                : Math.round(10.0 * historyLengthSum.sum() / closed) / 10.0);
        m.put("max_sescmd_history_length", historyLengthMax.get());
        final Map<String, Object> servers = new LinkedHashMap<>();
        for (final ServerStats s : stats)
        {
            servers.put(s.name, s.diagnostics());
        }
        m.put("server_query_statistics", servers);
        m.put("slave_selection_criteria", config.criteria().name().toLowerCase(Locale.ROOT));
        m.put("causal_reads", config.causalReads());
        m.put("causal_frontier", causal.describe());
        m.put("causal_waits", causalWaits.sum());
        m.put("causal_wait_timeouts", causalWaitTimeouts.sum());
        m.put("causal_reads_on_primary", causalReadsOnPrimary.sum());
        m.put("master_failure_mode", config.masterFailureMode().name().toLowerCase(Locale.ROOT));
        m.put("transaction_replay", config.trxReplay().enabled());
        m.put("replayed_transactions", trxReplays.sum());
        m.put("trx_replay_failures", trxReplayFailures.sum());
        m.put("trx_replay_mismatches", trxReplayMismatches.sum());
        m.put("trx_max_size_exceeded", trxTooBig.sum());
        m.put("optimistic_trx", config.optimisticTrx());
        m.put("optimistic_transactions", optimisticStarted.sum());
        m.put("optimistic_transactions_moved", optimisticMoved.sum());
        return m;
    }
}
