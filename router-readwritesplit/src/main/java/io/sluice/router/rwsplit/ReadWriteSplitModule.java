package io.sluice.router.rwsplit;

import io.sluice.api.ModuleInfo;
import io.sluice.api.ModuleProvider;
import io.sluice.api.ModuleVersions;
import io.sluice.api.RouterApi;
import io.sluice.api.config.ParamSpec;
import io.sluice.api.config.ParamType;
import io.sluice.api.config.SectionSpec;

/**
 * The module object of {@code router=readwritesplit}. Parameter names and defaults are MaxScale's
 * ({@code Documentation/Routers/ReadWriteSplit.md}). MaxScale's parameters not implemented yet
 * ({@code reuse_prepared_statements}, {@code sync_transaction}) are refused by the
 * configuration check
 * as such.
 */
public final class ReadWriteSplitModule implements ModuleProvider
{
    public static final String NAME = "readwritesplit";

    static final SectionSpec PARAMETERS = SectionSpec.of(
        ParamSpec.withDefault("slave_selection_criteria",
            ParamType.enumeration("least_current_operations", "adaptive_routing", "least_behind_master",
                "least_router_connections", "least_global_connections"),
            "least_current_operations", "how a read's replica is chosen"),
        ParamSpec.withDefault("max_slave_connections", ParamType.integer(0, 255), "255",
            "most replicas a session uses (0: every read goes to the primary)"),
        ParamSpec.withDefault("slave_connections", ParamType.integer(0, 255), "255",
            "replicas a session opens when it starts (at most max_slave_connections)"),
        ParamSpec.withDefault("max_replication_lag", ParamType.DURATION, "0s",
            "a replica further behind its primary than this gets no reads (0s: no limit)"),
        ParamSpec.optional("max_slave_replication_lag", ParamType.DURATION,
            "the deprecated name of max_replication_lag"),
        ParamSpec.withDefault("use_sql_variables_in", ParamType.enumeration("all", "master"), "all",
            "where statements that read user variables go, and whether SET @v goes to every server"),
        ParamSpec.withDefault("master_accept_reads", ParamType.BOOL, "false", "the primary also serves reads"),
        ParamSpec.withDefault("master_reconnection", ParamType.BOOL, "true",
            "a session may connect to a primary it did not start with (after a failover or switchover)"),
        ParamSpec.withDefault("master_failure_mode",
            ParamType.enumeration("fail_instantly", "fail_on_write", "error_on_write"), "fail_on_write",
            "what a session does when its primary is lost: close at once, close at the next write, or answer"
                + " writes with an error"),
        ParamSpec.withDefault("strict_multi_stmt", ParamType.BOOL, "false",
            "after a multi-statement, the session's statements all go to the primary"),
        ParamSpec.withDefault("strict_sp_calls", ParamType.BOOL, "false",
            "after a CALL, the session's statements all go to the primary"),
        ParamSpec.withDefault("strict_tmp_tables", ParamType.BOOL, "true",
            "a session with temporary tables never changes primary (its tables would be lost)"),
        ParamSpec.withDefault("retry_failed_reads", ParamType.BOOL, "true",
            "a read whose server fails before answering is sent to another server"),
        ParamSpec.withDefault("delayed_retry", ParamType.BOOL, "false",
            "wait for a usable server instead of failing a statement at once"),
        ParamSpec.withDefault("delayed_retry_timeout", ParamType.DURATION, "10s",
            "how long delayed_retry waits"),
        ParamSpec.withDefault("lazy_connect", ParamType.BOOL, "false",
            "open server connections when a statement first needs them"),
        ParamSpec.withDefault("max_sescmd_history", ParamType.integer(0, Integer.MAX_VALUE), "50",
            "session commands kept for servers opened later (0: no limit)"),
        ParamSpec.withDefault("prune_sescmd_history", ParamType.BOOL, "true",
            "past max_sescmd_history, forget the oldest (else stop keeping a history)"),
        ParamSpec.withDefault("disable_sescmd_history", ParamType.BOOL, "false",
            "keep no history: a session opens no server after its first session command"),
        ParamSpec.withDefault("causal_reads",
            ParamType.enumeration("service", "none", "false", "off", "local", "true", "on", "global", "fast",
                "fast_global", "universal", "fast_universal"), "service",
            "reads never stale: a read sees every write any client of the service was acknowledged"
                + " (none: off; MaxScale's modes are accepted and get the service-wide guarantee)"),
        ParamSpec.withDefault("causal_reads_timeout", ParamType.DURATION, "10s",
            "how long a replica may take to catch up with a causal read before the primary answers it"),
        ParamSpec.withDefault("transaction_replay", ParamType.BOOL, "false",
            "a transaction its primary's failure or a switchover interrupted is replayed on the new primary,"
                + " its results verified (turns on delayed_retry, master_reconnection, fail_on_write)"),
        ParamSpec.withDefault("transaction_replay_max_size", ParamType.SIZE, "1Mi",
            "a transaction whose statements take more bytes than this is not replayed"),
        ParamSpec.withDefault("transaction_replay_attempts", ParamType.integer(1, Integer.MAX_VALUE), "5",
            "most replays of one transaction (when transaction_replay_timeout is 0s)"),
        ParamSpec.withDefault("transaction_replay_timeout", ParamType.DURATION, "30s",
            "how long the replays of one transaction may take, waiting for a primary included (0s: count"
                + " attempts instead)"),
        ParamSpec.withDefault("transaction_replay_retry_on_deadlock", ParamType.BOOL, "false",
            "a transaction the server rolled back (a deadlock: SQLSTATE 40xxx) is replayed instead of failing"),
        ParamSpec.withDefault("transaction_replay_retry_on_mismatch", ParamType.BOOL, "false",
            "a replay whose results differ is tried again (within the attempts or the timeout)"),
        ParamSpec.withDefault("transaction_replay_safe_commit", ParamType.BOOL, "true",
            "a transaction whose COMMIT was sent and whose server was then lost is not replayed (it may have"
                + " committed)"),
        ParamSpec.withDefault("transaction_replay_checksum",
            ParamType.enumeration("full", "result_only", "no_insert_id"), "full",
            "what of a replayed statement's answer must match: everything, result sets only, or all but"
                + " statements that read LAST_INSERT_ID()"),
        ParamSpec.withDefault("optimistic_trx", ParamType.BOOL, "false",
            "a transaction starts on a replica and moves to the primary at its first write, replayed there"
                + " (turns on transaction_replay)"));

    @Override
    public ModuleInfo module()
    {
        return ModuleInfo.router(NAME, ModuleVersions.of(ReadWriteSplitModule.class),
            "writes and transactions to the primary, reads to replicas, session state kept on every server",
            new RouterApi(ReadWriteSplit::new)).withParameters(PARAMETERS);
    }
}
