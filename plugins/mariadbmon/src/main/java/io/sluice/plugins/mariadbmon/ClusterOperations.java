package io.sluice.plugins.mariadbmon;

import io.sluice.api.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Switchover, failover and rejoin, the way MaxScale's mariadbmon performs them on a GTID
 * replication cluster (one primary, replicas of it). Each runs on the monitor thread, between
 * ticks, blocking it for at most its timeout; it refreshes the cluster state before it starts and
 * publishes the new roles as soon as it is done.
 *
 * <p><b>switchover</b>: {@code SET GLOBAL read_only=1} on the primary, wait (up to
 * {@code switchover_timeout}) until the new primary has applied the old one's
 * {@code @@gtid_binlog_pos}, promote it ({@code STOP SLAVE}, {@code RESET SLAVE ALL},
 * {@code read_only=0}), point the other replicas and the old primary at it
 * ({@code CHANGE MASTER TO ... MASTER_USE_GTID=current_pos}, {@code START SLAVE}) and check that
 * they replicate. If the new primary does not catch up in time, the old one is made writable again
 * and nothing else changed.
 *
 * <p><b>failover</b> (the primary is down): promote the running replica that has received the most
 * events ({@code Gtid_IO_Pos}, then {@code gtid_current_pos}) once it has applied its relay log
 * (up to {@code failover_timeout}), then point the other replicas at it.
 *
 * <p><b>rejoin</b>: a standalone server (typically a primary that was failed over and came back)
 * gets {@code read_only=1} and replicates from the primary; a server replicating from the wrong
 * server is pointed at the primary. Refused when the server has transactions the primary does not
 * have (its GTID position is ahead in some domain).
 */
final class ClusterOperations
{
    private static final Logger LOG = LoggerFactory.getLogger(ClusterOperations.class);
    private static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(100);
    /** How long the replicas an operation redirected get to show running replication before it reports. */
    private static final long VERIFY_NS = TimeUnit.SECONDS.toNanos(10);

    private final MariaDbMonitor monitor;

    ClusterOperations(final MariaDbMonitor monitor)
    {
        this.monitor = monitor;
    }

    /** A step of an operation failed; the message says which and what state the cluster is left in. */
    static final class OperationFailed extends IllegalStateException
    {
        private static final long serialVersionUID = 1L;

        OperationFailed(final String message)
        {
            super(message);
        }
    }

    // ---- switchover ----

    /**
     * Swaps the primary with a replica.
     *
     * @param requestedNew the replica to promote, or null for the most up-to-date one
     * @param requestedOld the primary as the operator believes it is, or null
     */
    Map<String, Object> switchover(final String requestedNew, final String requestedOld)
    {
        final long startNs = System.nanoTime();
        if (requestedNew != null)
        {
            checkServer(requestedNew);
        }
        if (requestedOld != null)
        {
            checkServer(requestedOld);
        }
        monitor.requirePrimaryMonitor("switchover");
        monitor.refresh();
        final String old = monitor.primary();
        if (old == null)
        {
            throw new IllegalStateException("switchover needs a primary and monitor " + monitor.name() + " sees none");
        }
        if (requestedOld != null && !requestedOld.equals(old))
        {
            throw new IllegalStateException(requestedOld + " is not the primary: the primary is " + old);
        }
        if (!monitor.probes().get(old).reachable())
        {
            throw new IllegalStateException("the primary " + old + " is down: use failover");
        }
        final String promoted;
        if (requestedNew != null)
        {
            if (requestedNew.equals(old))
            {
                throw new IllegalStateException(requestedNew + " is already the primary");
            }
            final String why = whyNotPromotable(requestedNew, old, false, false);
            if (why != null)
            {
                throw new IllegalStateException("cannot promote " + requestedNew + ": " + why);
            }
            promoted = requestedNew;
        }
        else
        {
            promoted = bestCandidate(old, false);
        }
        final long deadlineNs = startNs + TimeUnit.MILLISECONDS.toNanos(monitor.settings().switchoverTimeoutMs());
        LOG.info("monitor {}: switchover: demoting {}, promoting {}", monitor.name(), old, promoted);

        // 1. Demote: no more writes on the old primary (users without SUPER/READ_ONLY ADMIN).
        exec(old, "SET GLOBAL read_only=1");
        final GtidList target;
        try
        {
            target = GtidList.parse(queryValue(old, "SELECT @@gtid_binlog_pos"));
        }
        catch (final RuntimeException e)
        {
            undoDemotion(old);
            throw new OperationFailed("switchover cancelled: " + e.getMessage() + "; " + old + " is writable again");
        }
        // 2. The new primary applies everything the old one logged.
        final GtidList reached = waitApplied(promoted, target, deadlineNs);
        if (reached == null)
        {
            undoDemotion(old);
            throw new OperationFailed("switchover cancelled: " + promoted + " did not reach " + old + "'s position "
                + target + " within switchover_timeout (" + monitor.settings().switchoverTimeoutMs() + " ms); " + old
                + " is writable again");
        }
        // 3. Promote, then 4. point everybody else at it.
        final ReplicaStatus oldLink = monitor.topology().link(promoted, old).status();
        promote(promoted, "switchover");
        monitor.primaryChanged(promoted);
        final Map<String, String> pointed = new LinkedHashMap<>();
        final Map<String, String> notPointed = new LinkedHashMap<>();
        redirectReplicas(old, promoted, pointed, notPointed);
        try
        {
            changeMaster(old, oldLink.connectionName(), promoted);
            exec(old, startSlave(oldLink.connectionName()));
            pointed.put(old, oldLink.connectionName());
        }
        catch (final OperationFailed e)
        {
            notPointed.put(old, e.getMessage());
        }
        final Map<String, String> replication = awaitReplicating(pointed, promoted, deadlineNs);
        monitor.refresh();
        final Map<String, Object> result = result("switchover", false, startNs);
        result.put("old_primary", old);
        result.put("new_primary", promoted);
        result.put("gtid_binlog_pos", target.toString());
        result.put("redirected", List.copyOf(pointed.keySet()));
        result.put("not_redirected", notPointed);
        result.put("replication", replication);
        finish(result);
        return result;
    }

    private void undoDemotion(final String old)
    {
        try
        {
            exec(old, "SET GLOBAL read_only=0");
        }
        catch (final OperationFailed e)
        {
            LOG.error("monitor {}: could not make {} writable again: {}", monitor.name(), old, e.getMessage());
        }
    }

    // ---- failover ----

    /** Replaces a primary that is down with its most up-to-date replica. */
    Map<String, Object> failover(final boolean automatic)
    {
        final long startNs = System.nanoTime();
        monitor.requirePrimaryMonitor("failover");
        if (!automatic)
        {
            monitor.refresh();
        }
        final String old = monitor.primary();
        if (old == null)
        {
            throw new IllegalStateException("failover needs to know the failed primary, and monitor " + monitor.name()
                + " has seen none since it started");
        }
        if (monitor.probes().get(old).reachable())
        {
            throw new IllegalStateException("the primary " + old
                    + " is running: failover is for a primary that is down; "
                + "use switchover");
        }
        final String promoted = bestCandidate(old, true);
        final long deadlineNs = startNs + TimeUnit.MILLISECONDS.toNanos(monitor.settings().failoverTimeoutMs());
        final ReplicaStatus link = monitor.topology().link(promoted, old).status();
        final GtidList received = GtidList.parseLenient(link.gtidIoPos());
        LOG.warn("monitor {}: failover: {} is down, promoting {} (received {}, applied {})", monitor.name(), old,
            promoted, received, monitor.probes().get(promoted).gtidCurrentPos());
        // Everything the new primary received from the old one must be applied before it takes writes.
        final GtidList applied = waitApplied(promoted, received, deadlineNs);
        if (applied == null)
        {
            throw new OperationFailed("failover cancelled: " + promoted
                    + " did not apply its relay log up to " + received
                + " within failover_timeout (" + monitor.settings().failoverTimeoutMs() + " ms)");
        }
        promote(promoted, "failover");
        monitor.primaryChanged(promoted);
        final Map<String, String> pointed = new LinkedHashMap<>();
        final Map<String, String> notPointed = new LinkedHashMap<>();
        redirectReplicas(old, promoted, pointed, notPointed);
        final Map<String, String> replication = awaitReplicating(pointed, promoted, deadlineNs);
        monitor.refresh();
        final Map<String, Object> result = result("failover", automatic, startNs);
        result.put("old_primary", old);
        result.put("new_primary", promoted);
        result.put("gtid_current_pos", applied.toString());
        result.put("redirected", List.copyOf(pointed.keySet()));
        result.put("not_redirected", notPointed);
        result.put("replication", replication);
        finish(result);
        return result;
    }

    // ---- rejoin ----

    /** Points a standalone or wrongly replicating server at the primary. */
    Map<String, Object> rejoin(final String server, final boolean manual)
    {
        final long startNs = System.nanoTime();
        checkServer(server);
        monitor.requirePrimaryMonitor("rejoin");
        if (manual)
        {
            monitor.refresh();
        }
        final String primary = monitor.primary();
        if (primary == null || !monitor.probes().get(primary).reachable())
        {
            throw new IllegalStateException("rejoin needs a running primary and there is none"
                + (primary == null ? "" : " (" + primary + " is down)"));
        }
        if (server.equals(primary))
        {
            throw new IllegalStateException(server + " is the primary");
        }
        final ServerProbe p = monitor.probes().get(server);
        if (!p.reachable())
        {
            throw new IllegalStateException(server + " is down" + (p.error().isEmpty() ? "" : ": " + p.error()));
        }
        if (monitor.inMaintenance(server))
        {
            throw new IllegalStateException(server + " is in maintenance");
        }
        if (!monitor.needsRejoin(server))
        {
            throw new IllegalStateException(server + " already replicates from " + primary);
        }
        final GtidList own = p.currentPos();
        final GtidList primaryPos = monitor.probes().get(primary).binlogPos();
        if (own.eventsAhead(primaryPos, own.domains()) > 0)
        {
            throw new IllegalStateException(server + " cannot replicate from " + primary + ": its GTID position " + own
                + " is ahead of " + primary + "'s binary log " + primaryPos + " (it has transactions " + primary
                + " does not have)");
        }
        if (own.divergesFrom(primaryPos))
        {
            throw new IllegalStateException(server + " cannot replicate from " + primary + ": its GTID position " + own
                + " and " + primary + "'s binary log " + primaryPos + " end at the same sequence with different servers"
                + " (it has a transaction " + primary + " does not have)");
        }
        final boolean standalone = p.replication().isEmpty();
        final String connection = standalone ? "" : p.replication().get(0).connectionName();
        LOG.info("monitor {}: rejoin: {} ({}) replicates from {} from now on", monitor.name(), server,
            standalone ? "standalone" : "replicating from " + p.replication().get(0).masterHost() + ":"
                + p.replication().get(0).masterPort(), primary);
        if (standalone)
        {
            exec(server, "SET GLOBAL read_only=1");
        }
        else
        {
            exec(server, stopSlave(connection));
        }
        changeMaster(server, connection, primary);
        exec(server, startSlave(connection));
        final long deadlineNs = startNs + TimeUnit.MILLISECONDS.toNanos(monitor.settings().switchoverTimeoutMs());
        final Map<String, String> replication = awaitReplicating(Map.of(server, connection), primary, deadlineNs);
        monitor.refresh();
        final Map<String, Object> result = result("rejoin", !manual, startNs);
        result.put("server", server);
        result.put("primary", primary);
        result.put("was", standalone ? "standalone" : "replicating from another server");
        result.put("replication", replication);
        finish(result);
        if (!"Yes".equals(replication.get(server)))
        {
            throw new OperationFailed(server + " was pointed at " + primary + " but does not replicate: "
                + replication.get(server));
        }
        return result;
    }

    // ---- steps ----

    private void checkServer(final String server)
    {
        if (monitor.target(server) == null)
        {
            throw new IllegalArgumentException("monitor " + monitor.name() + " has no server '" + server
                    + "'; its servers are "
                + monitor.serverNames());
        }
    }

    /**
     * Why server cannot replace old as the primary, or null if it can.
     *
     * @param autoselect the monitor chooses (servers_no_promotion applies)
     * @param oldIsDown  failover: the replica's IO thread cannot run
     */
    private String whyNotPromotable(final String server, final String old, final boolean autoselect,
        final boolean oldIsDown)
    {
        final ServerProbe p = monitor.probes().get(server);
        if (!p.reachable())
        {
            return "it is down";
        }
        if (!p.error().isEmpty())
        {
            return p.error();
        }
        if (monitor.inMaintenance(server))
        {
            return "it is in maintenance";
        }
        if (autoselect && monitor.settings().serversNoPromotion().contains(server))
        {
            return "it is in servers_no_promotion";
        }
        final Topology.Link link = monitor.topology().link(server, old);
        if (link == null)
        {
            return "it does not replicate from " + old;
        }
        final ReplicaStatus r = link.status();
        if (!r.gtidMode())
        {
            return "it replicates from " + old + " without GTIDs (Using_Gtid=No)";
        }
        if (!r.sqlRunning())
        {
            return "its SQL thread is stopped" + (r.lastSqlError().isEmpty() ? "" : " (" + r.lastSqlError() + ")");
        }
        if (!oldIsDown && !r.ioRunning())
        {
            return "its IO thread is not connected to " + old + " (Slave_IO_Running=" + r.ioState() + ")";
        }
        if (!p.logBin())
        {
            return "it has no binary log (log_bin=OFF): the other servers could not replicate from it";
        }
        return null;
    }

    /** The replica of old to promote: the most events received, then applied; ties go to the first listed. */
    private String bestCandidate(final String old, final boolean failover)
    {
        final List<String> refused = new ArrayList<>();
        final List<String> candidates = new ArrayList<>();
        for (final Target t : monitor.servers())
        {
            if (t.name().equals(old))
            {
                continue;
            }
            final String why = whyNotPromotable(t.name(), old, true, failover);
            if (why == null)
            {
                candidates.add(t.name());
            }
            else
            {
                refused.add(t.name() + ": " + why);
            }
        }
        if (candidates.isEmpty())
        {
            throw new IllegalStateException("no replica of " + old + " can be promoted ("
                    + String.join("; ", refused) + ")");
        }
        final var domains = monitor.primaryBinlogPos().domains();
        final Comparator<String> byReceived = Comparator.comparingLong(s ->
            GtidList.parseLenient(monitor.topology().link(s, old).status().gtidIoPos()).total(domains));
        final Comparator<String> byApplied =
            Comparator.comparingLong(s -> monitor.probes().get(s).currentPos().total(domains));
        final Comparator<String> byLogSlaveUpdates =
            Comparator.comparing(s -> monitor.probes().get(s).logSlaveUpdates());
        final Comparator<String> best = (failover ? byReceived.thenComparing(byApplied)
                : byApplied.thenComparing(byReceived))
            .thenComparing(byLogSlaveUpdates);
        String chosen = candidates.get(0);
        for (final String c : candidates)
        {
            if (best.compare(c, chosen) > 0)
            {
                chosen = c;
            }
        }
        return chosen;
    }

    /** Polls the server's {@code @@gtid_current_pos} until it covers target; null when the deadline passes first. */
    private GtidList waitApplied(final String server, final GtidList target, final long deadlineNs)
    {
        GtidList pos = GtidList.EMPTY;
        while (true)
        {
            try
            {
                pos = GtidList.parse(queryValue(server, "SELECT @@gtid_current_pos"));
                if (pos.covers(target))
                {
                    return pos;
                }
            }
            catch (final RuntimeException e)
            {
                LOG.warn("monitor {}: reading {}'s GTID position failed: {}", monitor.name(), server, e.getMessage());
            }
            if (System.nanoTime() - deadlineNs >= 0)
            {
                LOG.warn("monitor {}: {} is at {}, short of {}", monitor.name(), server, pos, target);
                return null;
            }
            LockSupport.parkNanos(POLL_NS);
        }
    }

    /** Stops and removes every replication connection of the server, then makes it writable. */
    private void promote(final String server, final String operation)
    {
        try
        {
            final List<ReplicaStatus> current = Prober.replicaStatus(
                monitor.connection(server).queryWithColumns(Prober.SLAVES_SQL));
            for (final ReplicaStatus r : current)
            {
                exec(server, stopSlave(r.connectionName()));
                exec(server, "RESET SLAVE " + named(r.connectionName()) + "ALL");
            }
            exec(server, "SET GLOBAL read_only=0");
        }
        catch (final IOException | OperationFailed e)
        {
            throw new OperationFailed(operation + " failed while promoting " + server + ": " + e.getMessage()
                + "; the cluster may have no writable primary: check it, then run switchover or failover again");
        }
        LOG.info("monitor {}: {} promoted: replication removed, read_only=OFF", monitor.name(), server);
    }

    /** Points every running replica of old (except the new primary) at the new primary. */
    private void redirectReplicas(final String old, final String promoted, final Map<String, String> pointed,
        final Map<String, String> notPointed)
    {
        for (final Target t : monitor.servers())
        {
            final String s = t.name();
            if (s.equals(old) || s.equals(promoted))
            {
                continue;
            }
            final Topology.Link link = monitor.topology().link(s, old);
            if (link == null)
            {
                continue;
            }
            if (!monitor.probes().get(s).reachable())
            {
                notPointed.put(s, "down (rejoin it when it is back)");
                continue;
            }
            final String connection = link.status().connectionName();
            try
            {
                exec(s, stopSlave(connection));
                changeMaster(s, connection, promoted);
                exec(s, startSlave(connection));
                pointed.put(s, connection);
            }
            catch (final OperationFailed e)
            {
                LOG.error("monitor {}: could not point {} at {}: {}", monitor.name(), s, promoted, e.getMessage());
                notPointed.put(s, e.getMessage());
            }
        }
    }

    private void changeMaster(final String server, final String connection, final String master)
    {
        final Target m = monitor.target(master);
        final MonitorSettings s = monitor.settings();
        exec(server, "CHANGE MASTER " + named(connection) + "TO MASTER_HOST=" + Sql.quote(m.address().getHostString())
            + ", MASTER_PORT=" + m.address().getPort() + ", MASTER_USER=" + Sql.quote(s.replicationUser())
            + ", MASTER_PASSWORD=" + Sql.quote(s.replicationPassword()) + ", MASTER_USE_GTID=current_pos"
            + monitor.replicationOptions());
    }

    /**
     * Waits until each server's connection to master has both threads running (or the deadline,
     * at most {@link #VERIFY_NS} from now); per server {@code Yes} or what is wrong.
     */
    private Map<String, String> awaitReplicating(final Map<String, String> connections, final String master,
        final long deadlineNs)
    {
        final long untilNs = Math.min(deadlineNs, System.nanoTime() + VERIFY_NS);
        final Map<String, String> state = new LinkedHashMap<>();
        for (final Map.Entry<String, String> e : connections.entrySet())
        {
            String last = "not checked";
            while (true)
            {
                last = replicationState(e.getKey(), e.getValue());
                if (last.equals("Yes") || System.nanoTime() - untilNs >= 0)
                {
                    break;
                }
                LockSupport.parkNanos(POLL_NS);
            }
            if (!last.equals("Yes"))
            {
                LOG.error("monitor {}: {} does not replicate from {}: {}", monitor.name(), e.getKey(), master, last);
            }
            state.put(e.getKey(), last);
        }
        return state;
    }

    private String replicationState(final String server, final String connection)
    {
        try
        {
            for (final ReplicaStatus r :
                Prober.replicaStatus(monitor.connection(server).queryWithColumns(Prober.SLAVES_SQL)))
            {
                if (r.connectionName().equals(connection))
                {
                    if (r.isReplicating())
                    {
                        return "Yes";
                    }
                    return "Slave_IO_Running=" + r.ioState() + ", Slave_SQL_Running=" + (r.sqlRunning() ? "Yes" : "No")
                        + (r.lastIoError().isEmpty() ? "" : ", Last_IO_Error: " + r.lastIoError())
                        + (r.lastSqlError().isEmpty() ? "" : ", Last_SQL_Error: " + r.lastSqlError());
                }
            }
            return "no replication connection '" + connection + "'";
        }
        catch (final IOException e)
        {
            return "SHOW ALL SLAVES STATUS failed: " + e.getMessage();
        }
    }

    private static String stopSlave(final String connection)
    {
        return "STOP SLAVE " + named(connection).stripTrailing();
    }

    private static String startSlave(final String connection)
    {
        return "START SLAVE " + named(connection).stripTrailing();
    }

    /** {@code 'name' } for a named connection, empty for the default one. */
    private static String named(final String connection)
    {
        return connection.isEmpty() ? "" : Sql.quote(connection) + " ";
    }

    private void exec(final String server, final String sql)
    {
        final String shown = sql.replaceAll("MASTER_PASSWORD='(?:[^']|'')*'", "MASTER_PASSWORD='***'");
        try
        {
            monitor.connection(server).execute(sql);
            LOG.debug("monitor {}: {}: {}", monitor.name(), server, shown);
        }
        catch (final IOException e)
        {
            throw new OperationFailed(server + ": " + shown + " failed: " + e.getMessage());
        }
    }

    private String queryValue(final String server, final String sql)
    {
        try
        {
            final List<List<String>> rows = monitor.connection(server).query(sql);
            if (rows.isEmpty() || rows.get(0).isEmpty())
            {
                throw new OperationFailed(server + ": " + sql + " returned no row");
            }
            final String value = rows.get(0).get(0);
            return value == null ? "" : value;
        }
        catch (final IOException e)
        {
            throw new OperationFailed(server + ": " + sql + " failed: " + e.getMessage());
        }
    }

    private static Map<String, Object> result(final String operation, final boolean automatic, final long startNs)
    {
        final Map<String, Object> result = new LinkedHashMap<>();
        result.put("operation", operation);
        result.put("automatic", automatic);
        result.put("duration_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNs));
        return result;
    }

    private void finish(final Map<String, Object> result)
    {
        monitor.operationDone(result);
        LOG.info("monitor {}: {} done in {} ms: {}", monitor.name(), result.get("operation"), result.get("duration_ms"),
            result);
    }
}
