package io.sluice.router.rwsplit;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Endpoint;
import io.sluice.api.HistoryMismatchException;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.RouterSession;
import io.sluice.api.RoutingHint;
import io.sluice.api.ServerState;
import io.sluice.api.ServerNotReachedException;
import io.sluice.api.SessionContext;
import io.sluice.api.Target;
import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.QueryType;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import io.sluice.protocol.mysql.wire.Commands;
import org.agrona.collections.Int2ObjectHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One client's readwritesplit session (MaxScale's RWSplitSession). Each client packet is classified
 * and routed ({@link RouteRules}): session commands to every open server with one reply to the
 * client, reads outside a transaction to a replica ({@link ReplicaChooser}), everything else to the
 * primary. Replies reach the client in the order it sent its commands: a command for another server
 * than the one still answering waits in the query queue until the answers are in; commands that get
 * no response (COM_STMT_CLOSE, COM_STMT_SEND_LONG_DATA) never make anything wait. Worker thread only.
 */
final class RwSplitSession implements RouterSession
{
    private static final Logger LOG = LoggerFactory.getLogger(RwSplitSession.class);
    private static final int ER_OPTION_PREVENTS_STATEMENT = 1290;
    private static final int ER_UNKNOWN_ERROR = 1105;
    // the server ends the connection: MaxScale's "unexpected errors"
    private static final int ER_CONNECTION_KILLED = 1927;
    private static final int ER_SERVER_SHUTDOWN = 1053;
    private static final int ER_NORMAL_SHUTDOWN = 1077;
    /** MaxScale retries a statement that waits for a server (delayed_retry) once a second. */
    private static final long DELAYED_RETRY_INTERVAL_MS = 1000;
    /**
     * A primary whose connection failed is not reconnected to until the monitor publishes a change, or
     * this long after (a killed connection: the server is fine and the monitor sees nothing to publish).
     */
    private static final long PRIMARY_RETRY_AFTER_FAILURE_NS = 1_000_000_000L;
    /** How often a write refused by a demoted primary looks for the new one. */
    private static final long PRIMARY_CHANGE_POLL_MS = 100;
    /** A causal read waits on a replica the monitor shows at most this far behind. */
    private static final long MAX_LAG_TO_WAIT_SEC = 1;
    private static final ByteBuffer TRACK_GTIDS = trackGtidsPacket();

    private final ReadWriteSplit router;
    private final RwSplitConfig config;
    private final SessionContext session;
    /** The worker's classifier (with its cache): taken anew when the session moves to another worker. */
    private StatementClassifier classifier;
    private final List<Target> targets;
    /** The open backend of each target, by the target's index; null where none is open. */
    private final RwBackend[] backends;
    /** The generation of the cluster snapshot at which a server's connection failed, by index; -1 if none. */
    private final long[] failedAtGeneration;
    /** When a server's connection failed (System.nanoTime()), by index. */
    private final long[] failedAtNs;
    private final ReplicaChooser chooser;
    private final TransactionState trx = new TransactionState();
    private final SessionCommandOutcomes outcomes = new SessionCommandOutcomes();
    private final ArrayDeque<HeldQuery> queue = new ArrayDeque<>();
    private final HeldQuery retry = new HeldQuery();
    private final Runnable drainTask = this::drainQueue;
    // Prepared statements, by the client's id: the prepare's classification and where the last execution went
    private final Int2ObjectHashMap<Classification> prepared = new Int2ObjectHashMap<>();
    private final Int2ObjectHashMap<RwBackend> executions = new Int2ObjectHashMap<>();
    private Map<String, Classification> namedPrepared;
    private List<String> tempTables;

    /** {@link #currentHistoryId}: record the session command (if it is one to keep) when it is sent. */
    private static final long RECORD_NOW = -1;

    private long seenGeneration = -1;
    /** The history id of the packet being routed: 0 for none, {@link #RECORD_NOW}, or the id it was recorded as. */
    private long currentHistoryId;
    private long lastHistoryId;
    /** The statement id of the last COM_STMT_SEND_LONG_DATA (its EXECUTE goes where it went), or 0. */
    private int longDataId;
    /** The sql_mode flags the session's statements are read by ({@link SqlModes}). */
    private int sqlModeFlags;
    /** The backend the previous command went to: continuations, LOCAL INFILE data, FOUND_ROWS(), route to last. */
    private RwBackend last;
    /** The backend of the open transaction, or null. */
    private RwBackend trxTarget;
    /** The backend that owes the client its responses ({@link #clientOwed} of them). */
    private RwBackend owner;
    private int clientOwed;
    /** Bytes of the response the client waits for were sent to it (a failed read can no longer be retried). */
    private boolean replyStarted;
    private boolean retryable;
    // Causal reads: the frontier as of the read being routed, whether it waits, the wait's statement
    private final long[] readFrontier = new long[CausalPositions.DOMAINS];
    private final long[] gtid = new long[3];
    private final CausalWait causalWait = new CausalWait();
    private boolean causalWaitNeeded;
    /** The read after a wait that timed out goes to the primary. */
    private boolean forcePrimary;
    /** The statement the primary answers next writes: its OK carries a GTID on a tracking connection. */
    private boolean expectGtid;
    /**
     * A write of this session was acknowledged on a connection that does not track last_gtid (the
     * client did not negotiate session tracking): its reads go to the primary.
     */
    private boolean wroteUntracked;
    private boolean writeRetryable;
    /** The primary that refused a write as read-only: the write waits until the monitor names another. */
    private RwBackend refusedBy;
    /** Until when a refused write waits. */
    private long writeRetryDeadlineNs;
    /** The refused write waited in vain: this time the client gets the server's answer. */
    private boolean writeRetryTimedOut;
    private final Runnable awaitPrimaryChangeTask = this::awaitPrimaryChange;
    private boolean lastPacketQueued;
    private long writeSeq;
    private long sessionCommandNo;
    private boolean lockedToMaster;
    private boolean hadMaster;
    private boolean sessionCommandsSent;
    private boolean historyStopped;
    private long delayedRetryDeadlineNs;
    private boolean closed;
    // transaction_replay: the open transaction's statements and the checksums of the client's answers
    private final TransactionLog trxLog;
    private final ResultChecksum answerChecksum = new ResultChecksum();
    private final ResultChecksum replayChecksum = new ResultChecksum();
    private final Runnable replayTask = this::replayStep;
    /** A replay is under way: the client's statements wait in the queue until it is done. */
    private boolean replaying;
    private int replayAttempts;
    private long replayStartNs;
    /** Replayed statements whose answers have not been checked yet. */
    private int replayAnswersOwed;
    /** The server that refused the transaction as read-only: the replay waits until it is not the primary. */
    private int replayAvoid = -1;
    // optimistic_trx: the open transaction runs on a replica until its first write
    private boolean optimistic;
    /** The statement being routed begins an optimistic transaction (until it is routed). */
    private boolean optimisticBegin;
    private static final ByteBuffer ROLLBACK = queryPacket("ROLLBACK");

    RwSplitSession(final ReadWriteSplit router, final SessionContext session) throws IOException
    {
        this.router = router;
        this.config = router.config();
        this.session = session;
        this.classifier = ReadWriteSplit.classifier();
        this.targets = router.targets();
        this.backends = new RwBackend[targets.size()];
        this.failedAtGeneration = new long[targets.size()];
        java.util.Arrays.fill(failedAtGeneration, -1);
        this.failedAtNs = new long[targets.size()];
        this.chooser = new ReplicaChooser(config, router);
        this.trxLog = config.trxReplay().enabled() ? new TransactionLog(config.trxReplay().maxSizeBytes()) : null;
        if (!config.lazyConnect())
        {
            openAtStart();
        }
    }

    /** Opens the primary and up to {@code slave_connections} replicas (MaxScale without lazy_connect). */
    private void openAtStart() throws IOException
    {
        final ClusterSnapshot cluster = refreshRoles();
        final RwBackend master = openMaster(cluster);
        if (master == null && config.masterFailureMode() == RwSplitConfig.MasterFailureMode.FAIL_INSTANTLY)
        {
            throw new IOException("no primary is available and master_failure_mode=fail_instantly (" + cluster + ")");
        }
        for (int opened = 0; opened < config.slaveConnections(); opened++)
        {
            final int index = chooser.bestUnopened(cluster, backends, failedAtGeneration, RoutingHint.NO_LAG_LIMIT);
            if (index < 0 || open(index) == null)
            {
                break;
            }
        }
        if (master == null && openCount() == 0)
        {
            throw new IOException("no server is available (" + cluster + ")");
        }
    }

    private static ByteBuffer trackGtidsPacket()
    {
        // autocommit, set to itself, is reported in the OK if the connection tracks session state at all
        return queryPacket("SET @@session.session_track_system_variables = CONCAT("
            + "@@session.session_track_system_variables, ',last_gtid,autocommit'),"
            + " @@session.autocommit = @@session.autocommit");
    }

    /** A COM_QUERY packet of the router's own, read-only (send duplicates). */
    private static ByteBuffer queryPacket(final String text)
    {
        final byte[] sql = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        final ByteBuffer b = ByteBuffer.allocate(5 + sql.length);
        b.put(0, (byte)(sql.length + 1)).put(1, (byte)((sql.length + 1) >> 8)).put(4, (byte)Commands.COM_QUERY);
        b.put(5, sql);
        return b.asReadOnlyBuffer();
    }

    // ---- client packets ----

    // hot path: no allocation (a cached statement routed at once)
    @Override
    public void routeQuery(final ByteBuffer data, final Query query) throws IOException
    {
        if (query.isContinuation() || query.isLoadData())
        {
            // where its command went, never queued on its own (LOCAL INFILE data is streamed, never stored)
            if (lastPacketQueued)
            {
                queue.add(new HeldQuery().copy(data, query, null, 0));
            }
            else if (last != null && last.isUsable())
            {
                last.endpoint.write(data, query);
                if (trxLog != null && last == trxTarget)
                {
                    trxLog.unreplayable("it streamed LOCAL INFILE data or a packet of 16 MiB or more, which is not "
                            + "kept");
                }
            }
            else
            {
                throw new IOException("the server of a statement whose data the client still sends is gone");
            }
            return;
        }
        final int command = query.command();
        Classification c = null;
        if (command == Commands.COM_QUERY)
        {
            classifier.sqlMode(sqlModeFlags); // the classifier is the worker's: this session's mode
            c = classifier.classify(data, data.position() + 5, data.remaining() - 5);
        }
        else if (command == Commands.COM_STMT_PREPARE)
        {
            classifier.sqlMode(sqlModeFlags);
            c = classifier.classifyPrepare(data, data.position() + 5, data.remaining() - 5);
        }
        if (queue.isEmpty() && !replaying)
        {
            currentHistoryId = RECORD_NOW; // a session command is recorded when routeToAll sends it
            lastPacketQueued = !route(data, query, c);
        }
        else
        {
            lastPacketQueued = true;
        }
        if (lastPacketQueued)
        {
            // recorded now, in the client's order, while routeQuery runs (the history's rule)
            final long historyId = isRecorded(command, c) ? recordInHistory(data) : 0;
            queue.add(new HeldQuery().copy(data, query, c, historyId));
        }
    }

    /** Whether a command goes in the session command history. */
    private boolean isRecorded(final int command, final Classification c)
    {
        return switch (command)
        {
            case Commands.COM_INIT_DB, Commands.COM_STMT_PREPARE, Commands.COM_SET_OPTION -> true;
            case Commands.COM_QUERY -> RouteRules.query(c, config.sqlVariablesInMaster(), false, false, false,
                false) == Route.ALL;
            default -> false;
        };
    }

    /**
     * Records a session command in the history: during routeQuery, as the history requires (a queued
     * one when it is queued, in the client's order; one routed at once just before it is sent, after
     * any server opened for it, which must get it live). Returns its id, or 0.
     */
    private long recordInHistory(final ByteBuffer data)
    {
        sessionCommandsSent = true;
        if (config.disableSescmdHistory() || historyStopped)
        {
            return 0;
        }
        final long id = session.history().add(data);
        lastHistoryId = id;
        final int max = config.maxSescmdHistory();
        if (max > 0 && session.history().size() > max)
        {
            if (config.pruneSescmdHistory())
            {
                session.history().removeOldest();
            }
            else
            {
                // MaxScale: past the limit the history is off, and no server is opened any more
                historyStopped = true;
                session.history().clear();
                LOG.info("session {}: more than max_sescmd_history={} session commands: the history is off,"
                    + " no further server connections are opened", session.id(), max);
            }
        }
        return id;
    }

    /**
     * Routes one command packet; false if it must wait in the queue (another server still answers the
     * client, or no server can take it yet and delayed_retry waits). Nothing changes when it waits.
     */
    // hot path: no allocation
    private boolean route(final ByteBuffer data, final Query query, final Classification c) throws IOException
    {
        final ClusterSnapshot cluster = refreshRoles();
        final int command = query.command();
        final int id = (int)query.statementId();
        Route route;
        RoutingHint hint = query.hint();
        boolean beginsTrx = false;
        boolean readOnlyTrx = trx.isReadOnly();
        switch (command)
        {
            case Commands.COM_QUERY:
            {
                final int mask = c.typeMask();
                beginsTrx = !trx.isActive() && (mask & QueryType.BEGIN_TRX) != 0
                    && (mask & QueryType.DISABLE_AUTOCOMMIT) == 0;
                if (beginsTrx)
                {
                    readOnlyTrx = (mask & QueryType.READONLY) != 0;
                }
                route = RouteRules.query(c, config.sqlVariablesInMaster(), trx.isActive() || beginsTrx,
                    readOnlyTrx, lockedToMaster, readsTempTable(c));
                if ((mask & QueryType.EXEC_STMT) != 0 && route == Route.MASTER && !trx.isActive() && !lockedToMaster)
                {
                    route = executeOfNamed(c);
                }
                if (beginsTrx && !readOnlyTrx && config.optimisticTrx() && !lockedToMaster && route == Route.MASTER)
                {
                    route = Route.SLAVE; // optimistic_trx: it starts on a replica
                    optimisticBegin = true;
                }
                else if (isOptimistic() && route == Route.MASTER && !readsOnly(c))
                {
                    return moveToPrimary(data, query, c); // its first write: the transaction goes to the primary
                }
                break;
            }
            case Commands.COM_STMT_PREPARE:
            case Commands.COM_STMT_RESET:
            case Commands.COM_STMT_CLOSE:
            case Commands.COM_INIT_DB:
            case Commands.COM_SET_OPTION:
            case Commands.COM_PING:
            case Commands.COM_CHANGE_USER:
            case Commands.COM_RESET_CONNECTION:
                route = Route.ALL;
                break;
            case Commands.COM_STMT_EXECUTE:
            case Commands.COM_STMT_BULK_EXECUTE:
            case Commands.COM_STMT_SEND_LONG_DATA:
                // after long data, the rest of it and the EXECUTE go where the first went
                route = longDataId == id && id > 0 ? Route.EXECUTION : executeRoute(id);
                if (isOptimistic() && route == Route.MASTER
                    && !RouteRules.executesOnReplica(prepared.get(id), config.sqlVariablesInMaster()))
                {
                    return moveToPrimary(data, query, null);
                }
                break;
            case Commands.COM_STMT_FETCH:
                route = Route.EXECUTION;
                break;
            case Commands.COM_QUIT:
                return true; // the session ends; each server connection is sent its own COM_QUIT
            default:
                route = Route.MASTER;
                break;
        }
        if (route == Route.ALL)
        {
            return routeToAll(data, query, c, cluster);
        }
        long maxLagSec = config.maxReplicationLagSec();
        if (hint != null)
        {
            route = hinted(route, hint);
            if (hint.hasLagLimit())
            {
                maxLagSec = hint.maxReplicationLagSec();
            }
        }
        if (forcePrimary)
        {
            route = Route.MASTER; // a causal read whose replica did not catch up in time
        }
        RwBackend target = target(route, cluster, id, maxLagSec, hint);
        if (target == null)
        {
            return noTarget(route, query);
        }
        causalWaitNeeded = false;
        if (config.causalReads() && route == Route.SLAVE && !target.master && !trx.isActive()
            && query.expectsResponse())
        {
            if (clientOwed > 0)
            {
                return false; // a causal read goes alone: its wait and its retry are the session's one
            }
            target = causalTarget(cluster, target);
        }
        if (query.expectsResponse() && clientOwed > 0 && owner != target)
        {
            return false; // the client's earlier responses come from another server: wait for them
        }
        // Routed: apply what the statement does to the session.
        if (optimisticBegin)
        {
            optimisticBegin = false;
            optimistic = !target.master;
            if (optimistic)
            {
                router.optimisticTrxStarted();
            }
        }
        if (c != null && command == Commands.COM_QUERY)
        {
            statementRouted(c, target, beginsTrx);
        }
        else if (command == Commands.COM_STMT_EXECUTE || command == Commands.COM_STMT_SEND_LONG_DATA
            || command == Commands.COM_STMT_BULK_EXECUTE)
        {
            executions.put(id, target);
            longDataId = command == Commands.COM_STMT_SEND_LONG_DATA ? id : 0;
        }
        router.routed(route, target.master);
        forcePrimary = false;
        send(target, data, query, route, c);
        return true;
    }

    /**
     * Where a read may go without being stale (issue 14): the chosen replica if it is known to have
     * applied the service's write frontier as of now (the replica position probe and earlier waits tell);
     * else the chosen one with a wait pipelined before the read, if the monitor does not show it far behind
     * and no wait timed out on it lately; else another open replica known to be current, or one to wait on;
     * else the primary. With {@code causal_reads_fallback=primary}, the primary instead of any wait.
     */
    // hot path: no allocation
    private RwBackend causalTarget(final ClusterSnapshot cluster, final RwBackend chosen)
    {
        final CausalPositions causal = router.causal();
        if (!causal.snapshot(readFrontier) || wroteUntracked)
        {
            return primaryForCausalRead(cluster, chosen);
        }
        if (causal.isCurrent(chosen.index, readFrontier))
        {
            return chosen;
        }
        final boolean wait = config.causalFallback() == RwSplitConfig.CausalFallback.WAIT;
        if (wait && isWaitable(chosen))
        {
            causalWaitNeeded = true; // returns at once if it has caught up, and then it is known to have
            return chosen;
        }
        RwBackend waitable = null;
        for (final RwBackend b : backends)
        {
            if (b == null || b == chosen || !b.slave || !b.takesNew)
            {
                continue;
            }
            if (causal.isCurrent(b.index, readFrontier))
            {
                return b;
            }
            if (waitable == null && isWaitable(b))
            {
                waitable = b;
            }
        }
        if (waitable != null && wait)
        {
            causalWaitNeeded = true;
            return waitable;
        }
        return primaryForCausalRead(cluster, waitable != null ? waitable : chosen);
    }

    /** A replica a causal read may wait on: the monitor does not show it far behind, no wait on it failed lately. */
    private static boolean isWaitable(final RwBackend b)
    {
        final long lag = b.replicationLagSec;
        return lag == ServerState.LAG_UNKNOWN ? !b.stats.causalWaitFailedLately() : lag <= MAX_LAG_TO_WAIT_SEC;
    }

    private RwBackend primaryForCausalRead(final ClusterSnapshot cluster, final RwBackend chosen)
    {
        final RwBackend master = masterForRead(cluster);
        if (master == null)
        {
            causalWaitNeeded = !wroteUntracked; // no primary: wait for the replica rather than fail
            return chosen;
        }
        router.causalReadOnPrimary();
        return master;
    }

    /** Makes a new server connection report each write's GTID in its OK (session tracking of last_gtid). */
    private void trackGtids(final RwBackend b) throws IOException
    {
        b.write(TRACK_GTIDS.duplicate(), causalWait, ResponseQueue.TRACKING, 0, System.nanoTime());
    }

    /** Sends a command to one server; the client gets its response. */
    // hot path: no allocation
    private void send(final RwBackend target, final ByteBuffer data, final Query query, final Route route,
        final Classification c) throws IOException
    {
        final long nowNs = System.nanoTime();
        retryable = config.retryFailedReads() && query.expectsResponse() && !trx.isActive()
            && (route == Route.SLAVE || route == Route.LAST || route == Route.NAMED) && !target.master
            && clientOwed == 0;
        // A write the primary refuses as read-only (a switchover demoting it) is sent again to the next one.
        writeRetryable = config.masterReconnection() && target.master && query.expectsResponse() && clientOwed == 0
            && !trx.isActive() && !trx.isEnding() && (c == null || !c.has(Classification.FLAG_MULTI_STATEMENT))
            && !writeRetryTimedOut;
        writeRetryTimedOut = false;
        if (retryable || writeRetryable || causalWaitNeeded)
        {
            retry.copy(data, query, c, 0);
        }
        expectGtid = target.master && (c == null || !c.isReadOnly());
        if (causalWaitNeeded)
        {
            System.arraycopy(readFrontier, 0, target.waitingFor, 0, readFrontier.length);
            router.causalWait();
            target.write(causalWait.packet(readFrontier, router.causal(), config.causalReadsTimeoutMs()), causalWait,
                ResponseQueue.CAUSAL_WAIT, 0, nowNs);
        }
        if (query.expectsResponse())
        {
            if (clientOwed == 0)
            {
                replyStarted = false;
            }
            clientOwed++;
            owner = target;
        }
        last = target;
        target.lastWriteSeq = ++writeSeq;
        target.write(data, query, ResponseQueue.CLIENT, 0, nowNs);
        if (trxLog != null && logsTransaction(target))
        {
            logStatement(target, data, query, c);
        }
    }

    /** Whether a statement sent to this server now belongs to a transaction that may be replayed. */
    // hot path: no allocation
    private boolean logsTransaction(final RwBackend target)
    {
        if (!trx.isActive() || trx.isReadOnly() || replaying)
        {
            return false;
        }
        if (trxTarget == null && target.master)
        {
            trxTarget = target; // a transaction autocommit=0 opened with a prepared statement's execution
        }
        return target == trxTarget;
    }

    /** Records a packet just sent to the transaction's server in the transaction's log. */
    // hot path: no allocation (once the log has held as much)
    private void logStatement(final RwBackend target, final ByteBuffer data, final Query query,
        final Classification c)
    {
        final int command = query.command();
        final boolean replayed = switch (command)
        {
            case Commands.COM_QUERY, Commands.COM_INIT_DB, Commands.COM_STMT_EXECUTE, Commands.COM_STMT_BULK_EXECUTE,
                Commands.COM_STMT_SEND_LONG_DATA, Commands.COM_STMT_FETCH -> true;
            default -> false; // prepares and the like: the history brings them to a new server
        };
        // a prepared statement's commands are read by its prepare's classification
        final Classification statement = c != null ? c
            : Commands.namesStatement(command) ? prepared.get((int)query.statementId()) : null;
        final boolean commits = statement != null && (statement.typeMask() & QueryType.COMMIT) != 0;
        if (!trxLog.add(data, query, c, target.clientRequests, replayed,
            statement != null && (statement.typeMask() & QueryType.MASTER_READ) != 0, commits))
        {
            router.trxTooBig();
            LOG.info("session {}: {}: if its server fails, the session ends", session.id(),
                trxLog.unreplayableReason());
        }
    }

    /**
     * A session command: a copy to every open server (but those opened after it was recorded, which
     * replayed it from the history); the replier's response goes to the client, the others' are
     * compared with it and dropped (MaxScale's route_session_write).
     */
    private boolean routeToAll(final ByteBuffer data, final Query query, final Classification c,
        final ClusterSnapshot cluster) throws IOException
    {
        RwBackend replier = replier();
        if (replier == null)
        {
            if (query.command() == Commands.COM_STMT_CLOSE || !query.expectsResponse())
            {
                return true; // nothing is open: nothing to close
            }
            replier = openMaster(cluster);
            if (replier == null)
            {
                final int index = chooser.bestUnopened(cluster, backends, failedAtGeneration, RoutingHint.NO_LAG_LIMIT);
                replier = index < 0 ? null : open(index);
            }
            if (replier == null)
            {
                return noTarget(Route.ALL, query);
            }
        }
        final boolean responds = query.expectsResponse();
        if (responds && clientOwed > 0 && owner != replier)
        {
            return false;
        }
        final int command = query.command();
        final long historyId = currentHistoryId != RECORD_NOW ? currentHistoryId
            : isRecorded(command, c) ? recordInHistory(data) : 0;
        final long number = responds ? ++sessionCommandNo : 0;
        if (responds)
        {
            outcomes.sent(number);
            if (clientOwed == 0)
            {
                replyStarted = false;
            }
            clientOwed++;
            owner = replier;
            retryable = false;
        }
        final long nowNs = System.nanoTime();
        for (final RwBackend b : backends)
        {
            if (b == null || historyId > 0 && b.historyIdAtOpen >= historyId)
            {
                continue;
            }
            b.write(data, query, b == replier ? ResponseQueue.CLIENT : ResponseQueue.SESSION_COMMAND, number, nowNs);
        }
        if (trxLog != null && logsTransaction(replier))
        {
            logStatement(replier, data, query, c);
        }
        last = replier;
        router.routed(Route.ALL, false);
        if (command == Commands.COM_STMT_PREPARE)
        {
            prepared.put((int)query.statementId(), c);
        }
        else if (command == Commands.COM_STMT_CLOSE)
        {
            prepared.remove((int)query.statementId());
            executions.remove((int)query.statementId());
        }
        else if (command == Commands.COM_RESET_CONNECTION || command == Commands.COM_CHANGE_USER)
        {
            resetSession();
            if (config.causalReads())
            {
                for (final RwBackend b : backends)
                {
                    if (b != null)
                    {
                        trackGtids(b); // the reset forgot what the connection tracks
                    }
                }
            }
        }
        else if (c != null)
        {
            sessionStatementRouted(c);
        }
        return true;
    }

    /** The server whose answer to a session command the client gets: the transaction's, the primary, any. */
    private RwBackend replier()
    {
        if (trx.isActive() && trxTarget != null && trxTarget.isUsable())
        {
            return trxTarget;
        }
        RwBackend any = null;
        for (final RwBackend b : backends)
        {
            if (b != null && b.master)
            {
                return b;
            }
            if (any == null && b != null)
            {
                any = b;
            }
        }
        return any;
    }

    /** What a routed COM_QUERY changes in the session: the transaction, temporary tables, strict modes. */
    private void statementRouted(final Classification c, final RwBackend target, final boolean beginsTrx)
    {
        if (trx.statement(c) || beginsTrx)
        {
            router.transactionStarted(trx.isReadOnly());
        }
        if (trx.isActive() && trxTarget == null)
        {
            trxTarget = target;
        }
        final int flags = c.flags();
        if ((flags & Classification.FLAG_MULTI_STATEMENT) != 0 && config.strictMultiStmt()
            || (flags & Classification.FLAG_CALL) != 0 && config.strictSpCalls())
        {
            if (!lockedToMaster)
            {
                LOG.info("session {}: {}: all further statements go to the primary", session.id(),
                    (flags & Classification.FLAG_CALL) != 0 ? "strict_sp_calls" : "strict_multi_stmt");
            }
            lockedToMaster = true;
        }
        if ((c.typeMask() & QueryType.CREATE_TMP_TABLE) != 0)
        {
            if (tempTables == null)
            {
                tempTables = new ArrayList<>();
            }
            for (final String t : c.tempTables())
            {
                tempTables.add(tableName(t));
            }
        }
        else if ((flags & Classification.FLAG_DROP_TMP_TABLE) != 0 && tempTables != null)
        {
            for (final String t : c.tempTables())
            {
                tempTables.remove(tableName(t));
            }
        }
    }

    /** What a session command changes: autocommit, named prepared statements, the sql_mode the classifier reads by. */
    private void sessionStatementRouted(final Classification c)
    {
        if (c.has(Classification.FLAG_SQL_MODE))
        {
            sqlModeFlags = SqlModes.after(c.canonical(), sqlModeFlags);
        }
        if (trx.statement(c))
        {
            router.transactionStarted(false);
        }
        if (!trx.isActive())
        {
            trxTarget = null;
        }
        final int mask = c.typeMask();
        if ((mask & QueryType.PREPARE_NAMED_STMT) != 0 && c.preparedName() != null)
        {
            if (namedPrepared == null)
            {
                namedPrepared = new HashMap<>();
            }
            namedPrepared.put(c.preparedName().toLowerCase(Locale.ROOT), c.inner());
        }
        else if ((mask & QueryType.DEALLOC_PREPARE) != 0 && c.preparedName() != null && namedPrepared != null)
        {
            namedPrepared.remove(c.preparedName().toLowerCase(Locale.ROOT));
        }
    }

    /** The table part of a name as written, lower case (temporary tables are matched by it: safe side). */
    private static String tableName(final String written)
    {
        final int dot = written.lastIndexOf('.');
        return (dot < 0 ? written : written.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    // hot path: no allocation (when the session has no temporary tables)
    private boolean readsTempTable(final Classification c)
    {
        if (tempTables == null || tempTables.isEmpty())
        {
            return false;
        }
        final List<String> tables = c.tables();
        for (int i = 0; i < tables.size(); i++)
        {
            if (tempTables.contains(tableName(tables.get(i))))
            {
                return true;
            }
        }
        return false;
    }

    /** EXECUTE name: a replica if the named statement reads only. */
    private Route executeOfNamed(final Classification c)
    {
        if (namedPrepared == null || c.preparedName() == null)
        {
            return Route.MASTER;
        }
        final Classification inner = namedPrepared.get(c.preparedName().toLowerCase(Locale.ROOT));
        return RouteRules.executesOnReplica(inner, config.sqlVariablesInMaster()) ? Route.SLAVE : Route.MASTER;
    }

    /** A prepared statement's execution: a replica if it reads only, outside a transaction. */
    // hot path: no allocation
    private Route executeRoute(final int id)
    {
        if (trx.isActive())
        {
            return trx.isReadOnly() ? Route.SLAVE : Route.MASTER;
        }
        if (lockedToMaster)
        {
            return Route.MASTER;
        }
        final Classification c = prepared.get(id);
        return c != null && !readsTempTable(c) && RouteRules.executesOnReplica(c, config.sqlVariablesInMaster())
            ? Route.SLAVE : Route.MASTER;
    }

    /** A routing hint's route (MaxScale's hintfilter): inside a transaction only {@code route to master} counts. */
    private Route hinted(final Route route, final RoutingHint hint)
    {
        if (trx.isActive() && hint.route() != RoutingHint.Route.MASTER || route == Route.EXECUTION)
        {
            return route;
        }
        return switch (hint.route())
        {
            case MASTER -> Route.MASTER;
            case SLAVE -> Route.SLAVE;
            case SERVER -> Route.NAMED;
            case LAST -> Route.LAST;
            case NONE -> route;
        };
    }

    /** The backend a route names, opening one if need be; null if none can take it. */
    // hot path: no allocation (all servers open)
    private RwBackend target(final Route route, final ClusterSnapshot cluster, final int statementId,
        final long maxLagSec, final RoutingHint hint)
    {
        if (trx.isActive() && trxTarget != null && trxTarget.isUsable() && route != Route.EXECUTION)
        {
            return trxTarget;
        }
        switch (route)
        {
            case MASTER:
                return masterForWrite(cluster);
            case EXECUTION:
            {
                final RwBackend b = executions.get(statementId);
                return b != null && b.isUsable() ? b : masterForWrite(cluster);
            }
            case LAST:
                if (last != null && last.isUsable())
                {
                    return last;
                }
                return replicaOrMaster(cluster, maxLagSec);
            case NAMED:
            {
                final RwBackend b = named(cluster, hint);
                return b != null ? b : replicaOrMaster(cluster, maxLagSec);
            }
            default:
                return replicaOrMaster(cluster, maxLagSec);
        }
    }

    /** The server a {@code route to server NAME} hint names, open or opened now, if usable. */
    private RwBackend named(final ClusterSnapshot cluster, final RoutingHint hint)
    {
        if (hint == null)
        {
            return null;
        }
        for (int i = 0; i < targets.size(); i++)
        {
            if (targets.get(i).name().equalsIgnoreCase(hint.serverName())) // MaxScale: strcasecmp
            {
                if (backends[i] != null)
                {
                    return backends[i];
                }
                final ServerState state = cluster.state(targets.get(i));
                return state != null && state.isUsable() && mayOpen() ? open(i) : null;
            }
        }
        return null;
    }

    /** A replica for a read, by the selection criteria; the primary if no replica can take it. */
    // hot path: no allocation (all servers open)
    private RwBackend replicaOrMaster(final ClusterSnapshot cluster, final long maxLagSec)
    {
        final RwBackend open = chooser.bestOpen(backends, maxLagSec);
        final int unopened = mayOpen() && chooser.replicasOpen(backends) < config.maxSlaveConnections()
            ? chooser.bestUnopened(cluster, backends, failedAtGeneration, maxLagSec) : -1;
        if (unopened >= 0 && (open == null || chooser.prefersUnopened(cluster, unopened, open)))
        {
            final RwBackend b = open(unopened);
            if (b != null)
            {
                return b;
            }
        }
        if (open != null)
        {
            return open;
        }
        return masterForRead(cluster);
    }

    private RwBackend masterForRead(final ClusterSnapshot cluster)
    {
        for (final RwBackend b : backends)
        {
            if (b != null && b.master)
            {
                return b;
            }
        }
        return openMaster(cluster);
    }

    /** The primary's backend, opened now if there is none (master_reconnection permitting). */
    // hot path: no allocation (the primary open)
    private RwBackend masterForWrite(final ClusterSnapshot cluster)
    {
        for (final RwBackend b : backends)
        {
            if (b != null && b.master)
            {
                return b;
            }
        }
        if (hadMaster && !config.masterReconnection())
        {
            return null;
        }
        if (hadMaster && config.strictTmpTables() && tempTables != null && !tempTables.isEmpty())
        {
            return null; // the session's temporary tables were on the lost primary
        }
        return openMaster(cluster);
    }

    private RwBackend openMaster(final ClusterSnapshot cluster)
    {
        if (!mayOpen())
        {
            return null;
        }
        for (int i = 0; i < targets.size(); i++)
        {
            final ServerState state = cluster.state(targets.get(i));
            if (backends[i] == null && state != null && state.isMaster() && state.takesNewSessions()
                && (failedAtGeneration[i] != cluster.generation()
                    || System.nanoTime() - failedAtNs[i] >= PRIMARY_RETRY_AFTER_FAILURE_NS))
            {
                return open(i);
            }
        }
        return null;
    }

    /** A server may be opened unless the history is off and session commands were sent. */
    private boolean mayOpen()
    {
        return !(sessionCommandsSent && (config.disableSescmdHistory() || historyStopped));
    }

    private RwBackend open(final int index)
    {
        final Target target = targets.get(index);
        final ServerStats stats = router.stats(index);
        final Endpoint endpoint;
        try
        {
            endpoint = session.connect(target);
        }
        catch (final IOException e)
        {
            LOG.warn("session {}: cannot connect to {}: {}", session.id(), target.name(), e.getMessage());
            markFailed(index);
            return null;
        }
        final RwBackend b = new RwBackend(endpoint, index, stats, lastHistoryId);
        b.role(router.cluster().state(target));
        stats.connections.incrementAndGet();
        backends[index] = b;
        hadMaster |= b.master;
        if (config.causalReads())
        {
            try
            {
                trackGtids(b);
            }
            catch (final IOException e)
            {
                LOG.debug("session {}: asking {} to track GTIDs failed: {}", session.id(), target.name(),
                    e.getMessage());
            }
        }
        return b;
    }

    /** A server's connection failed: it is not reconnected to before the cluster changes, or a while passes. */
    private void markFailed(final int index)
    {
        failedAtGeneration[index] = router.cluster().generation();
        failedAtNs[index] = System.nanoTime();
    }

    private int openCount()
    {
        int n = 0;
        for (final RwBackend b : backends)
        {
            if (b != null)
            {
                n++;
            }
        }
        return n;
    }

    /**
     * No server can take the statement: wait for one (delayed_retry), or answer as
     * master_failure_mode says.
     */
    private boolean noTarget(final Route route, final Query query) throws IOException
    {
        if (clientOwed > 0)
        {
            return false; // answer in order: after the responses the client still waits for
        }
        final long nowNs = System.nanoTime();
        if (config.delayedRetry())
        {
            if (delayedRetryDeadlineNs == 0)
            {
                delayedRetryDeadlineNs = nowNs + config.delayedRetryTimeoutMs() * 1_000_000L;
            }
            if (nowNs - delayedRetryDeadlineNs < 0)
            {
                session.schedule(DELAYED_RETRY_INTERVAL_MS, drainTask);
                return false;
            }
        }
        delayedRetryDeadlineNs = 0;
        final boolean write = route == Route.MASTER || route == Route.EXECUTION;
        final String why = write ? "no primary is available" : "no server is available";
        router.failedStatement();
        if (!query.expectsResponse())
        {
            return true; // nothing to answer
        }
        if (write && config.masterFailureMode() == RwSplitConfig.MasterFailureMode.ERROR_ON_WRITE)
        {
            session.writeErrorToClient(ER_OPTION_PREVENTS_STATEMENT, "HY000",
                "The MariaDB server is running with the --read-only option so it cannot execute this statement ("
                    + why + " to readwritesplit service " + session.serviceName() + ")");
            return true;
        }
        session.writeErrorToClient(ER_UNKNOWN_ERROR, "HY000", "readwritesplit service " + session.serviceName()
            + ": " + why + " for this statement; closing the session");
        session.close(why);
        return true;
    }

    // ---- the queue ----

    /** Routes queued packets until one must wait again or the queue is empty (seed 000). */
    private void drainQueue()
    {
        try
        {
            while (!closed && !queue.isEmpty() && refusedBy == null && !replaying)
            {
                final HeldQuery head = queue.peek();
                final boolean routed;
                if (head.isContinuation() || head.isLoadData())
                {
                    if (last == null || !last.isUsable())
                    {
                        throw new IOException("the server of a statement whose data the client still sends is gone");
                    }
                    last.endpoint.write(head.packet(), head);
                    routed = true;
                }
                else
                {
                    currentHistoryId = head.historyId;
                    routed = route(head.packet(), head, head.classification);
                }
                if (!routed)
                {
                    return; // it waits again; a reply or the retry timer drains the queue later
                }
                queue.poll();
            }
            lastPacketQueued = false;
        }
        catch (final IOException e)
        {
            session.close("routing a queued statement failed: " + e.getMessage());
        }
    }

    // ---- server replies ----

    // hot path: no allocation
    @Override
    public void clientReply(final Endpoint from, final ByteBuffer data, final Reply reply) throws IOException
    {
        final RwBackend b = find(from);
        if (b == null || b.owed.isEmpty())
        {
            LOG.debug("session {}: dropped {} bytes from {} that answer nothing routed", session.id(),
                data.remaining(), from.target().name());
            data.position(data.limit());
            return;
        }
        final int kind = b.owed.peekKind();
        final boolean complete = reply.isComplete();
        if (kind != ResponseQueue.CLIENT)
        {
            if (kind == ResponseQueue.REPLAY)
            {
                replayChecksum.update(data);
            }
            if (complete)
            {
                final long number = b.owed.peekSessionCommand();
                b.owed.poll();
                if (kind == ResponseQueue.REPLAY)
                {
                    replayAnswered(b, (int)number, reply);
                }
                else if (kind == ResponseQueue.SESSION_COMMAND
                    && outcomes.otherAnswered(number, b.index, reply.isError()))
                {
                    mismatch(b, reply.isError());
                }
                else if (kind == ResponseQueue.CAUSAL_WAIT)
                {
                    causalWaitDone(b, reply.isError());
                }
                else if (kind == ResponseQueue.TRACKING && !reply.isError())
                {
                    // the OK reports autocommit (set to itself) only where session state is tracked
                    b.gtidTracked |= reply.trackedVariable("autocommit") != null;
                }
            }
            data.position(data.limit());
            return;
        }
        if (!complete)
        {
            replyStarted = true;
            if (logsAnswer(b, b.clientAnswers + 1))
            {
                answerChecksum.update(data);
            }
            session.writeToClient(data, from, reply);
            return;
        }
        final long number = b.owed.peekSessionCommand();
        b.owed.poll();
        clientOwed--;
        b.clientAnswers++;
        final long nowNs = System.nanoTime();
        b.stats.responseDone(nowNs - b.clientQuerySentNs);
        b.clientQuerySentNs = nowNs;
        final boolean logged = logsAnswer(b, b.clientAnswers);
        final boolean fromTrxServer = b == trxTarget;
        if (logged && reply.isError() && replaysOnError(b, reply))
        {
            data.position(data.limit()); // the client gets the replayed transaction's answer instead
            return;
        }
        if (writeRetryable && reply.isError() && reply.errorCode() == ER_OPTION_PREVENTS_STATEMENT && !replyStarted
            && clientOwed == 0 && b.master)
        {
            holdRefusedWrite(b);
            data.position(data.limit());
            return;
        }
        if (config.causalReads() && !reply.isError())
        {
            if (reply.trackedGtid(gtid))
            {
                b.gtidTracked = true;
                router.causal().written(gtid[0], gtid[1], gtid[2]); // the client is told now: reads must see it
            }
            else if (expectGtid && !b.gtidTracked)
            {
                wroteUntracked = true;
            }
        }
        if (carriesStatus(reply) && trx.serverStatus(reply.serverStatus()) && trxTarget == null)
        {
            trxTarget = b; // a transaction the statements did not show (a CALL, unparsed SQL)
            router.transactionStarted(false);
        }
        if (!trx.isActive())
        {
            trxTarget = null;
        }
        if (number != 0)
        {
            final long mismatched = outcomes.replierAnswered(number, reply.isError());
            if (mismatched != 0)
            {
                closeMismatched(mismatched, reply.isError());
            }
        }
        retryable = false;
        if (logged)
        {
            answerChecksum.update(data);
            trxLog.answered(answerChecksum.finish(reply, config.trxReplay().checksum(),
                trxLog.awaitingAnswer().readsInsertId));
            answerChecksum.reset();
        }
        if (trxLog != null && fromTrxServer && carriesStatus(reply)
            && (reply.serverStatus() & TransactionState.SERVER_STATUS_IN_TRANS) == 0)
        {
            trxLog.endTransaction(); // committed or rolled back: nothing of it is replayed any more
            optimistic = false;
        }
        session.writeToClient(data, from, reply);
        if (clientOwed == 0 && !queue.isEmpty())
        {
            session.execute(drainTask); // after this reply is handled: the backend is mid-read now
        }
    }

    // ---- transaction_replay ----

    /** An optimistic transaction is open on a replica. */
    private boolean isOptimistic()
    {
        return optimistic && trx.isActive() && trxTarget != null && !trxTarget.master && trxTarget.isUsable();
    }

    /** In an optimistic transaction: a statement that may stay on the replica (a read, COMMIT, ROLLBACK). */
    // hot path: no allocation
    private boolean readsOnly(final Classification c)
    {
        if ((c.typeMask() & (QueryType.COMMIT | QueryType.ROLLBACK)) != 0)
        {
            return true;
        }
        return RouteRules.query(c, config.sqlVariablesInMaster(), false, false, lockedToMaster, readsTempTable(c))
            != Route.MASTER;
    }

    /**
     * optimistic_trx: the transaction that began on a replica writes. Its replica rolls back what it
     * read, and the transaction is replayed on the primary (the answers the client got from the replica
     * must come again), then the write goes there (MaxScale's OTRX_ROLLBACK). Waits if the replica still
     * owes the client answers.
     */
    private boolean moveToPrimary(final ByteBuffer data, final Query query, final Classification c)
        throws IOException
    {
        if (clientOwed > 0)
        {
            return false;
        }
        final RwBackend replica = trxTarget;
        router.optimisticTrxMoved();
        replica.write(ROLLBACK.duplicate(), causalWait, ResponseQueue.IGNORE, 0, System.nanoTime());
        logStatement(replica, data, query, c); // the statement the replay ends with, unanswered
        if (c != null)
        {
            statementRouted(c, replica, false);
        }
        else if (query.command() != Commands.COM_STMT_FETCH)
        {
            longDataId = query.command() == Commands.COM_STMT_SEND_LONG_DATA ? (int)query.statementId() : 0;
        }
        replayAvoid = -1;
        if (!startReplay("the optimistic transaction on " + replica.name() + " writes"))
        {
            failReplay(replayRefusal());
        }
        return true;
    }

    /** Whether the answer with this sequence number from this server is one of the logged transaction's. */
    // hot path: no allocation
    private boolean logsAnswer(final RwBackend b, final long answerSeq)
    {
        if (trxLog == null || b != trxTarget)
        {
            return false;
        }
        final TransactionLog.Entry e = trxLog.awaitingAnswer();
        return e != null && e.answerSeq == answerSeq;
    }

    /**
     * The transaction's server answered its statement with an error that ended or refused the
     * transaction: read-only (a switchover demoted it: the statement did not run), the connection
     * killed or the server shutting down (MaxScale's "unexpected errors"), or, with
     * transaction_replay_retry_on_deadlock, a rollback (SQLSTATE 40xxx). The transaction is gone from
     * that server, so it is replayed elsewhere and the client never sees the error. False if it cannot
     * be replayed: the client gets the error.
     */
    private boolean replaysOnError(final RwBackend b, final Reply reply)
    {
        final int code = reply.errorCode();
        final boolean readOnly = code == ER_OPTION_PREVENTS_STATEMENT;
        final boolean serverGone = code == ER_CONNECTION_KILLED || code == ER_SERVER_SHUTDOWN
            || code == ER_NORMAL_SHUTDOWN;
        if (replaying || replyStarted || clientOwed != 0 || !trx.isActive() || trx.isReadOnly()
            || !serverGone && !refusedOrRolledBack(reply)
            || trxLog.unanswered() != 1)
        {
            return false;
        }
        if (replayRefusal() != null
            || serverGone && trxLog.awaitingAnswer().commits && config.trxReplay().safeCommit())
        {
            // the client gets the server's error; with safe_commit the COMMIT may have happened before it went
            router.trxReplayFailed();
            return false;
        }
        final String reason = b.name() + " answered " + code + " (" + reply.errorMessage() + ")";
        replayAvoid = readOnly ? b.index : -1;
        drop(b);
        b.endpoint.close(); // rolls back whatever of the transaction is left there
        return startReplay(reason);
    }

    /**
     * The transaction's server was lost (it failed, or a switchover or failover took it away): the
     * transaction is replayed on the primary, and the statement the client waits for, if any, is sent
     * after it. False if it cannot be: the session ends.
     */
    private boolean replayAfterLoss(final RwBackend lost, final int owedToClient, final String reason)
    {
        final String why = lost.name() + " was lost: " + reason;
        final String refusal;
        if (trxLog == null || trx.isReadOnly())
        {
            refusal = trxLog == null ? "transaction_replay is off" : "a read-only transaction is not replayed";
        }
        else
        {
            final TransactionLog.Entry interrupted = trxLog.awaitingAnswer();
            if (owedToClient > 1 || trxLog.unanswered() > 1)
            {
                trxLog.unreplayable("several of its statements were in flight");
            }
            else if (owedToClient == 1 && replyStarted)
            {
                trxLog.unreplayable("part of the interrupted statement's answer reached the client");
            }
            else if (interrupted != null && !interrupted.replayed)
            {
                trxLog.unreplayable("a command that is not replayed was interrupted");
            }
            else if (interrupted != null && interrupted.commits && config.trxReplay().safeCommit())
            {
                trxLog.unreplayable("its COMMIT was sent and may have succeeded (transaction_replay_safe_commit)");
            }
            if (startReplay(why))
            {
                return true;
            }
            refusal = replayRefusal();
            router.trxReplayFailed();
        }
        if (owedToClient == 1 && !replyStarted)
        {
            // the session ends: the client learns why in place of the answer it waits for
            try
            {
                session.writeErrorToClient(ER_UNKNOWN_ERROR, "HY000", "readwritesplit service " + session.serviceName()
                    + ": the open transaction's server " + why + "; the transaction cannot be replayed (" + refusal
                    + "); closing the session");
            }
            catch (final IOException e)
            {
                LOG.debug("session {}: the client is gone: {}", session.id(), e.getMessage());
            }
        }
        return false;
    }

    /**
     * An error that leaves the transaction to be replayed elsewhere: the server refused the statement
     * as read-only (a switchover demoted it), or, with transaction_replay_retry_on_deadlock, rolled the
     * transaction back (SQLSTATE 40xxx).
     */
    private boolean refusedOrRolledBack(final Reply reply)
    {
        return reply.errorCode() == ER_OPTION_PREVENTS_STATEMENT
            || config.trxReplay().retryOnDeadlock() && reply.sqlState().startsWith("40");
    }

    /** Why the transaction cannot be replayed (now), or null. */
    private String replayRefusal()
    {
        final String why = trxLog.unreplayableReason();
        if (why != null)
        {
            return why;
        }
        final RwSplitConfig.TrxReplay r = config.trxReplay();
        if (r.timeoutMs() > 0)
        {
            return replayAttempts > 0 && System.nanoTime() - replayStartNs >= r.timeoutMs() * 1_000_000L
                ? "transaction_replay_timeout (" + r.timeoutMs() + " ms) has passed" : null;
        }
        return replayAttempts >= r.attempts() ? "transaction_replay_attempts (" + r.attempts() + ") are used up"
            : null;
    }

    /** Starts (another) replay, on the worker's next turn; false, and nothing changes, if it cannot. */
    private boolean startReplay(final String reason)
    {
        final String refusal = replayRefusal();
        if (refusal != null)
        {
            LOG.warn("session {}: {}; the transaction cannot be replayed: {}", session.id(), reason, refusal);
            return false; // the caller fails the transaction (and counts it)
        }
        if (replayAttempts++ == 0)
        {
            replayStartNs = System.nanoTime();
        }
        LOG.info("session {}: {}; replaying the transaction ({} statements, attempt {})", session.id(), reason,
            trxLog.size(), replayAttempts);
        replaying = true;
        trxTarget = null;
        optimistic = false; // a replayed transaction goes on on the primary
        replayAnswersOwed = 0;
        session.execute(replayTask);
        return true;
    }

    /** Sends the transaction to the primary once there is one (another than a refusing one). */
    private void replayStep()
    {
        if (closed || !replaying)
        {
            return;
        }
        final ClusterSnapshot cluster = refreshRoles();
        final RwBackend primary = replayAvoid >= 0 && isPrimary(cluster, targets.get(replayAvoid)) ? null
            : masterForWrite(cluster);
        if (primary == null)
        {
            final long waitMs = config.trxReplay().timeoutMs() > 0 ? config.trxReplay().timeoutMs()
                : config.delayedRetryTimeoutMs();
            if (System.nanoTime() - replayStartNs < waitMs * 1_000_000L)
            {
                session.schedule(PRIMARY_CHANGE_POLL_MS, replayTask);
                return;
            }
            failReplay("no primary was available within " + waitMs + " ms");
            return;
        }
        replayAvoid = -1;
        trxTarget = primary;
        last = primary;
        replayChecksum.reset();
        answerChecksum.reset();
        final long nowNs = System.nanoTime();
        int answersOwed = 0;
        try
        {
            for (int i = 0; i < trxLog.size(); i++)
            {
                final TransactionLog.Entry e = trxLog.entry(i);
                if (!e.answered)
                {
                    // the statement the failure interrupted: its answer is the client's
                    primary.write(e.query.packet(), e.query, ResponseQueue.CLIENT, 0, nowNs);
                    e.answerSeq = primary.clientRequests;
                    if (clientOwed == 0)
                    {
                        replyStarted = false;
                    }
                    clientOwed++;
                    owner = primary;
                }
                else if (e.replayed)
                {
                    primary.write(e.query.packet(), e.query, ResponseQueue.REPLAY, i, nowNs);
                    if (e.query.expectsResponse())
                    {
                        answersOwed++;
                    }
                }
            }
        }
        catch (final IOException e)
        {
            failReplay("sending the transaction to " + primary.name() + " failed: " + e.getMessage());
            return;
        }
        replayAnswersOwed = answersOwed;
        if (answersOwed == 0)
        {
            replayFinished(primary);
        }
    }

    private static boolean isPrimary(final ClusterSnapshot cluster, final Target target)
    {
        final ServerState state = cluster.state(target);
        return state != null && state.isMaster();
    }

    /** A replayed statement's answer: it must be the one the client got the first time. */
    private void replayAnswered(final RwBackend b, final int index, final Reply reply)
    {
        final TransactionLog.Entry e = trxLog.entry(index);
        final long checksum = replayChecksum.finish(reply, config.trxReplay().checksum(), e.readsInsertId);
        replayChecksum.reset();
        if (!replaying || b != trxTarget)
        {
            return;
        }
        if (reply.isError() && refusedOrRolledBack(reply))
        {
            final boolean readOnly = reply.errorCode() == ER_OPTION_PREVENTS_STATEMENT;
            replayAvoid = readOnly ? b.index : -1;
            retryReplay(b, b.name() + " answered a replayed statement with " + reply.errorCode() + " ("
                + reply.errorMessage() + ")");
            return;
        }
        if (checksum != e.checksum)
        {
            router.trxReplayMismatch();
            final String why = "statement " + (index + 1) + " of the transaction got another answer on " + b.name()
                + " than the client got";
            if (config.trxReplay().retryOnMismatch())
            {
                retryReplay(b, why);
            }
            else
            {
                failReplay("Transaction checksum mismatch encountered when replaying transaction: " + why);
            }
            return;
        }
        if (--replayAnswersOwed == 0)
        {
            replayFinished(b);
        }
    }

    /** Abandons the replay on this server and starts another. */
    private void retryReplay(final RwBackend b, final String reason)
    {
        drop(b);
        b.endpoint.close();
        if (!startReplay(reason))
        {
            failReplay(replayRefusal());
        }
    }

    private void replayFinished(final RwBackend primary)
    {
        replaying = false;
        router.trxReplayed();
        LOG.info("session {}: the transaction was replayed on {} in {} ms ({} attempts)", session.id(), primary.name(),
            (System.nanoTime() - replayStartNs) / 1_000_000, replayAttempts);
        replayAttempts = 0;
        if (clientOwed == 0 && !queue.isEmpty())
        {
            session.execute(drainTask);
        }
    }

    /** The transaction cannot be replayed: the client gets an error for what it waits for, and the session ends. */
    private void failReplay(final String why)
    {
        replaying = false;
        router.trxReplayFailed();
        LOG.warn("session {}: transaction replay failed: {}", session.id(), why);
        if (trxLog.unanswered() > 0)
        {
            try
            {
                session.writeErrorToClient(ER_UNKNOWN_ERROR, "HY000", "readwritesplit service "
                    + session.serviceName() + ": the transaction was interrupted and could not be replayed: " + why);
            }
            catch (final IOException e)
            {
                LOG.debug("session {}: the client is gone: {}", session.id(), e.getMessage());
            }
        }
        session.close("transaction replay failed: " + why);
    }

    /**
     * The primary answered a write with "read-only" (a switchover demotes it before the monitor says
     * so): the client is not told; the write waits, first in the queue, until the monitor publishes
     * another primary, then goes there. After delayed_retry_timeout it goes to whichever server is
     * primary then, and the client gets that server's answer.
     */
    private void holdRefusedWrite(final RwBackend primary)
    {
        writeRetryable = false;
        refusedBy = primary;
        writeRetryDeadlineNs = System.nanoTime() + config.delayedRetryTimeoutMs() * 1_000_000L;
        router.retriedWrite();
        LOG.info("session {}: {} refused a write as read-only: it waits for the monitor to name another primary",
            session.id(), primary.name());
        queue.addFirst(retry);
        lastPacketQueued = true;
        session.schedule(PRIMARY_CHANGE_POLL_MS, awaitPrimaryChangeTask);
    }

    private void awaitPrimaryChange()
    {
        if (closed || refusedBy == null)
        {
            return;
        }
        final ClusterSnapshot cluster = refreshRoles();
        final ServerState state = cluster.state(refusedBy.endpoint.target());
        if (state != null && state.isMaster() && System.nanoTime() - writeRetryDeadlineNs < 0)
        {
            session.schedule(PRIMARY_CHANGE_POLL_MS, awaitPrimaryChangeTask);
            return;
        }
        writeRetryTimedOut = state != null && state.isMaster();
        refusedBy = null;
        drainQueue();
    }

    /**
     * A causal wait answered: the replica has applied the frontier it waited for; or it did not catch
     * up in time, and the read after it (whose answer may be stale) is dropped and sent to the primary.
     */
    private void causalWaitDone(final RwBackend b, final boolean timedOut)
    {
        if (!timedOut)
        {
            router.causal().applied(b.index, b.waitingFor);
            return;
        }
        router.causalWaitTimedOut();
        b.stats.causalWaitFailed();
        LOG.debug("session {}: {} did not catch up with the write frontier in time: the read goes to the primary",
            session.id(), b.name());
        if (!b.owed.demoteFirstClient() || replyStarted)
        {
            return;
        }
        b.stats.responseLost();
        clientOwed--;
        if (clientOwed == 0)
        {
            owner = null;
        }
        forcePrimary = true;
        queue.addFirst(retry);
        lastPacketQueued = true;
        session.execute(drainTask);
    }

    /** Whether a reply ends with the server's status flags (an OK or EOF): the answer to a statement. */
    private static boolean carriesStatus(final Reply reply)
    {
        final int command = reply.command();
        return !reply.isError() && (command == Commands.COM_QUERY || command == Commands.COM_STMT_EXECUTE);
    }

    private void mismatch(final RwBackend b, final boolean error)
    {
        final String reason = "it answered a session command with " + (error ? "an error" : "OK")
            + " but the client got " + (error ? "OK" : "an error");
        LOG.warn("session {}: closing server {}: {}", session.id(), b.name(), reason);
        router.historyMismatch();
        final boolean goOn = lost(b, reason, false);
        b.endpoint.close();
        if (!goOn)
        {
            session.close("server " + b.name() + " " + reason + ", while the client waited for its answer");
        }
    }

    private void closeMismatched(final long bits, final boolean clientError)
    {
        for (int i = 0; i < backends.length; i++)
        {
            if ((bits & (1L << i)) != 0 && backends[i] != null)
            {
                mismatch(backends[i], !clientError);
            }
        }
    }

    @Override
    public boolean handleError(final Endpoint from, final IOException cause)
    {
        final RwBackend b = find(from);
        if (b == null)
        {
            return true;
        }
        if (cause instanceof HistoryMismatchException)
        {
            router.historyMismatch();
        }
        return lost(b, cause.getMessage(), cause instanceof ServerNotReachedException);
    }

    /**
     * A backend failed or was closed for answering a session command otherwise: forget it, and say
     * whether the session can go on (a read it owed the client is retried elsewhere).
     */
    private boolean lost(final RwBackend b, final String reason, final boolean notReached)
    {
        final int owedToClient = b == owner ? clientOwed : 0;
        final long[] owedSessionCommands = owedToClient > 0 ? b.owed.clientSessionCommands() : null;
        final boolean heldTransaction = b == trxTarget && trx.isActive();
        drop(b);
        markFailed(b.index);
        LOG.info("session {}: lost server {}: {}", session.id(), b.name(), reason);
        if (heldTransaction)
        {
            return replayAfterLoss(b, owedToClient, reason); // else the transaction is lost with its server
        }
        if (owedToClient > 0)
        {
            final boolean goOn = carryOn(b, owedToClient, owedSessionCommands, notReached);
            if (!goOn)
            {
                LOG.info("session {}: {} owed the client {} answers (session commands {}; reply started: {}):"
                    + " no other server can give them", session.id(), b.name(), owedToClient,
                    java.util.Arrays.toString(owedSessionCommands), replyStarted);
            }
            return goOn;
        }
        if (b.master && config.masterFailureMode() == RwSplitConfig.MasterFailureMode.FAIL_INSTANTLY)
        {
            return false;
        }
        return true;
    }

    /**
     * The server the client waits on failed: retry the read elsewhere, or let another server's copies
     * of the session commands it owed answer the client (a session's first commands, pipelined by the
     * connector while its primary dies), if nothing of the reply reached the client; else the session
     * ends.
     *
     * @param owedSessionCommands the numbers of the session commands whose answers the failed server
     *                            owed the client, in order, 0 for a statement that is not one
     * @param notReached          the connection failed before it was ready: the statement never reached
     *                            the server, so even a write can be sent again (to the next primary)
     */
    private boolean carryOn(final RwBackend failed, final int owedToClient, final long[] owedSessionCommands,
        final boolean notReached)
    {
        if (replyStarted)
        {
            return false;
        }
        if (allSessionCommands(owedSessionCommands))
        {
            for (final RwBackend other : backends)
            {
                if (other != null && other.owed.promoteAll(owedSessionCommands))
                {
                    owner = other;
                    clientOwed = owedSessionCommands.length;
                    return true;
                }
            }
            return false;
        }
        if (owedToClient != 1)
        {
            return false;
        }
        final boolean write = !retryable && notReached && writeRetryable;
        if (!retryable && !write)
        {
            return false;
        }
        clientOwed = 0;
        owner = null;
        if (write)
        {
            writeRetryable = false;
            router.retriedWrite();
            LOG.info("session {}: {} was not reached: its statement goes to the primary there is", session.id(),
                failed.name());
        }
        else
        {
            router.retriedRead();
            LOG.info("session {}: retrying the read that {} did not answer", session.id(), failed.name());
        }
        session.execute(() -> retryRead(failed.name()));
        return true;
    }

    private static boolean allSessionCommands(final long[] numbers)
    {
        if (numbers == null || numbers.length == 0)
        {
            return false;
        }
        for (final long n : numbers)
        {
            if (n == 0)
            {
                return false;
            }
        }
        return true;
    }

    private void retryRead(final String failedServer)
    {
        try
        {
            queue.addFirst(retry);
            drainQueue();
        }
        catch (final RuntimeException e)
        {
            session.close("retrying a read after " + failedServer + " failed: " + e.getMessage());
        }
    }

    /** Forgets a backend that failed or was closed. */
    private void drop(final RwBackend b)
    {
        if (backends[b.index] != b)
        {
            return;
        }
        backends[b.index] = null;
        b.stats.connections.decrementAndGet();
        final int clientResponses = b.owed.countClient();
        for (int i = 0; i < clientResponses; i++)
        {
            b.stats.responseLost();
        }
        b.owed.clear();
        if (last == b)
        {
            last = null;
        }
        if (trxTarget == b)
        {
            trxTarget = null;
        }
        if (owner == b)
        {
            owner = null;
            clientOwed = 0;
        }
    }

    private RwBackend find(final Endpoint endpoint)
    {
        for (final RwBackend b : backends)
        {
            if (b != null && b.endpoint == endpoint)
            {
                return b;
            }
        }
        return null;
    }

    /**
     * The cluster's current snapshot; when it changed since the last look, every backend takes its
     * server's role from it, and backends whose server went into maintenance or down are closed when
     * they owe nothing.
     */
    // hot path: no allocation (one volatile read when nothing changed)
    private ClusterSnapshot refreshRoles()
    {
        final ClusterSnapshot cluster = router.cluster();
        if (cluster.generation() == seenGeneration)
        {
            return cluster;
        }
        seenGeneration = cluster.generation();
        for (final RwBackend b : backends)
        {
            if (b == null)
            {
                continue;
            }
            final ServerState state = cluster.state(b.endpoint.target());
            b.role(state);
            if ((state == null || !state.isUsable()) && b.owed.isEmpty() && b != trxTarget)
            {
                LOG.info("session {}: closing the connection to {}: {}", session.id(), b.name(),
                    state == null ? "removed" : state.statusText());
                drop(b);
                b.endpoint.close();
            }
        }
        return cluster;
    }

    /** COM_RESET_CONNECTION, COM_CHANGE_USER: the servers forget the session's state. */
    private void resetSession()
    {
        trx.reset();
        optimistic = false;
        trxTarget = null;
        prepared.clear();
        executions.clear();
        namedPrepared = null;
        tempTables = null;
        lockedToMaster = false;
        sqlModeFlags = 0;
    }

    /**
     * Nothing queued, no response owed by any server (to the client, for a session command, a causal
     * wait or GTID tracking), no write waiting for a new primary, no transaction replay under way.
     * Timers (delayed_retry, the wait for a new primary) are counted by the core, which does not move
     * a session with one pending. The transaction log and the optimistic transaction's state are the
     * session's own and move with it.
     */
    @Override
    public boolean isMovable()
    {
        if (closed || !queue.isEmpty() || clientOwed != 0 || refusedBy != null || replaying || replayAnswersOwed != 0)
        {
            return false;
        }
        for (final RwBackend b : backends)
        {
            if (b != null && !b.owed.isEmpty())
            {
                return false;
            }
        }
        return true;
    }

    /** On the new worker: its classifier (the cache is per worker thread, unsynchronized). */
    @Override
    public void moved()
    {
        classifier = ReadWriteSplit.classifier();
    }

    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        router.sessionClosed(session.history().size());
        for (final RwBackend b : backends)
        {
            if (b != null)
            {
                drop(b);
            }
        }
    }
}
