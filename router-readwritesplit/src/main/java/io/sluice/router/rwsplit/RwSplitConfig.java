package io.sluice.router.rwsplit;

import io.sluice.api.config.Params;

import java.util.Locale;
import java.util.Set;

/**
 * readwritesplit's parameters, read once when the service is created (MaxScale applies a change to
 * new sessions; so does Sluice, which creates the router instance anew).
 *
 * @param maxReplicationLagSec 0 for no limit
 */
record RwSplitConfig(SelectionCriteria criteria, int maxSlaveConnections, int slaveConnections,
    long maxReplicationLagSec, boolean sqlVariablesInMaster, boolean masterAcceptReads, boolean masterReconnection,
    MasterFailureMode masterFailureMode, boolean strictMultiStmt, boolean strictSpCalls, boolean strictTmpTables,
    boolean retryFailedReads, boolean delayedRetry, long delayedRetryTimeoutMs, boolean lazyConnect,
    int maxSescmdHistory, boolean pruneSescmdHistory, boolean disableSescmdHistory, boolean causalReads,
    long causalReadsTimeoutMs, TrxReplay trxReplay, boolean optimisticTrx)
{
    /**
     * {@code transaction_replay} and its parameters (MaxScale's names), or {@link #OFF}.
     *
     * @param timeoutMs 0: the attempts limit the replays instead of the time
     */
    record TrxReplay(boolean enabled, long maxSizeBytes, int attempts, long timeoutMs, boolean retryOnDeadlock,
        boolean retryOnMismatch, boolean safeCommit, TrxChecksum checksum)
    {
        static final TrxReplay OFF = new TrxReplay(false, 0, 0, 0, false, false, true, TrxChecksum.FULL);
    }

    /** What of a replayed statement's answer must match the original's ({@code transaction_replay_checksum}). */
    enum TrxChecksum
    {
        FULL, RESULT_ONLY, NO_INSERT_ID
    }

    /** What a session does when its primary is lost (MaxScale's {@code master_failure_mode}). */
    enum MasterFailureMode
    {
        FAIL_INSTANTLY, FAIL_ON_WRITE, ERROR_ON_WRITE
    }

    /**
     * Reads the validated parameters; a combination that cannot work is refused with the file and
     * line of the parameter, as a bad value is.
     */
    static RwSplitConfig from(final Params p)
    {
        final int max = p.integer("max_slave_connections");
        final int opened = Math.min(p.integer("slave_connections"), max);
        final String lagName = p.isSet("max_slave_replication_lag") && !p.isSet("max_replication_lag")
            ? "max_slave_replication_lag" : "max_replication_lag";
        final long lagSec = p.durationMs(lagName) / 1000;
        if (lagSec == 0 && p.durationMs(lagName) != 0)
        {
            throw new IllegalArgumentException(where(p, lagName) + lagName
                + ": the replication lag is measured in whole seconds; use 1s or more, or 0s for no limit");
        }
        final boolean optimistic = p.bool("optimistic_trx");
        final boolean replay = p.bool("transaction_replay") || optimistic; // MaxScale: optimistic_trx needs it
        final TrxReplay trxReplay = !replay ? TrxReplay.OFF : new TrxReplay(true,
            p.sizeBytes("transaction_replay_max_size"), p.integer("transaction_replay_attempts"),
            p.durationMs("transaction_replay_timeout"), p.bool("transaction_replay_retry_on_deadlock"),
            p.bool("transaction_replay_retry_on_mismatch"), p.bool("transaction_replay_safe_commit"),
            TrxChecksum.valueOf(p.enumValue("transaction_replay_checksum").toUpperCase(Locale.ROOT)));
        if (replay && p.bool("disable_sescmd_history"))
        {
            throw new IllegalArgumentException(where(p, "transaction_replay") + "transaction_replay needs the"
                + " session command history (a new primary is brought to the session's state before the replay);"
                + " remove disable_sescmd_history=true");
        }
        // MaxScale: a replay waits for a primary (delayed_retry, for at least transaction_replay_timeout),
        // reconnects to it (master_reconnection), and a session without one fails at its next write.
        final long delayedRetryTimeoutMs = replay
            ? Math.max(p.durationMs("delayed_retry_timeout"), trxReplay.timeoutMs())
            : p.durationMs("delayed_retry_timeout");
        return new RwSplitConfig(
            SelectionCriteria.valueOf(p.enumValue("slave_selection_criteria").toUpperCase(Locale.ROOT)),
            max, opened, lagSec,
            p.enumValue("use_sql_variables_in").equalsIgnoreCase("master"),
            p.bool("master_accept_reads"), replay || p.bool("master_reconnection"),
            replay ? MasterFailureMode.FAIL_ON_WRITE
                : MasterFailureMode.valueOf(p.enumValue("master_failure_mode").toUpperCase(Locale.ROOT)),
            p.bool("strict_multi_stmt"), p.bool("strict_sp_calls"), p.bool("strict_tmp_tables"),
            p.bool("retry_failed_reads"), replay || p.bool("delayed_retry"), delayedRetryTimeoutMs,
            p.bool("lazy_connect"), p.integer("max_sescmd_history"), p.bool("prune_sescmd_history"),
            p.bool("disable_sescmd_history"),
            !Set.of("none", "false", "off").contains(p.enumValue("causal_reads").toLowerCase(Locale.ROOT)),
            p.durationMs("causal_reads_timeout"), trxReplay, optimistic);
    }

    private static String where(final Params p, final String name)
    {
        final int line = p.line(name);
        return line > 0 ? p.file() + ":" + line + ": " : "";
    }
}
