package io.sluice.plugins.mariadbmon;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Monitor;
import io.sluice.api.MonitorCommand;
import io.sluice.api.MonitorContext;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code module=mariadbmon}: MaxScale's MariaDB Monitor. Each tick probes every server (in
 * parallel, one connection per server kept open between ticks), works out the
 * {@link Topology topology}, publishes every server's state in one piece, and then, as configured,
 * enforces {@code read_only}, fails over a primary that has been down for {@code failcount} ticks
 * and rejoins servers that replicate from the wrong place. Operators call {@code switchover},
 * {@code failover} and {@code rejoin} ({@link ClusterOperations}).
 *
 * <p>Thread ownership: every method runs on the core's monitor thread ({@code monitor-NAME}),
 * except the probes, which run on this monitor's probe threads while the monitor thread waits
 * for them; a connection is never used by two threads at once.
 */
final class MariaDbMonitor implements Monitor
{
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbMonitor.class);

    private final MonitorContext context;
    private final String name;
    private final MonitorSettings settings;
    private final List<Target> servers;
    private final Map<String, Target> byName = new LinkedHashMap<>();
    private final Map<String, ServerConnection> connections = new LinkedHashMap<>();
    private final ClusterOperations operations;
    private ExecutorService probeThreads;

    // ---- what the ticks learned (monitor thread only) ----
    private Map<String, ServerProbe> probes = Map.of();
    private Topology topology;
    private String primary;
    /** The last binlog position seen on the primary: its GTID domains are the cluster's. */
    private GtidList primaryBinlogPos = GtidList.EMPTY;
    private final Map<String, Integer> downTicks = new HashMap<>();
    private final Map<String, Long> serverIds = new HashMap<>();
    private final Map<String, String> reportedProblems = new HashMap<>();
    /** Per replica and connection: the IO position and heartbeat count last seen, and when they last changed. */
    private final Map<String, IoActivity> ioActivity = new HashMap<>();
    /** MASTER_SSL and MASTER_CONNECT_RETRY of the replication connections seen, for the ones the monitor creates. */
    private Boolean seenMasterSsl;
    private int seenConnectRetry = -1;
    private long ticks;
    /** Ticks to wait after a failed automatic operation before the next one (MaxScale: failcount ticks). */
    private int cooldownTicks;
    private String reportedAutoProblem = "";
    /** Servers whose automatic rejoin failed, with the GTID position they had then: not retried until it moves. */
    private final Map<String, String> rejoinRefused = new HashMap<>();
    private Map<String, Object> lastOperation = Map.of();
    /** cooperative_monitoring_locks: with none, always the primary monitor and no SQL. */
    private final CooperativeLocks locks;

    /** One replication connection's IO progress, for {@code verify_master_failure}. */
    private record IoActivity(String gtidIoPos, long heartbeats, long lastChangeNs)
    {
    }

    MariaDbMonitor(final MonitorContext context)
    {
        this.context = context;
        this.name = context.name();
        this.settings = MonitorSettings.from(context.params());
        this.servers = List.copyOf(context.servers());
        if (servers.isEmpty())
        {
            throw new IllegalArgumentException("monitor " + name + ": servers= names no server");
        }
        if (settings.user().isEmpty())
        {
            throw new IllegalArgumentException("monitor " + name
                    + ": user= is required (the monitor's account on the servers)");
        }
        for (final String server : settings.serversNoPromotion())
        {
            if (servers.stream().noneMatch(t -> t.name().equals(server)))
            {
                throw new IllegalArgumentException("monitor " + name + ": servers_no_promotion names '" + server
                    + "', which is not one of its servers " + servers.stream().map(Target::name).toList());
            }
        }
        for (final Target t : servers)
        {
            byName.put(t.name(), t);
            connections.put(t.name(), new ServerConnection(t, settings.user(), settings.password(),
                settings.connectTimeoutMs(), settings.readTimeoutMs()));
        }
        this.locks = settings.cooperativeMonitoringLocks().equals("none")
            ? new CooperativeLocks("none", name, List.copyOf(connections.values()))
            : new CooperativeLocks(settings.cooperativeMonitoringLocks(), name, List.copyOf(connections.values()),
                CooperativeLocks.suggestedIdleTimeout(settings, servers.size()));
        this.operations = new ClusterOperations(this);
    }

    @Override
    public void start()
    {
        final AtomicInteger n = new AtomicInteger();
        final ThreadFactory factory = r ->
        {
            final Thread t = new Thread(r, "monitor-" + name + "-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        probeThreads = Executors.newFixedThreadPool(Math.min(servers.size(), 16), factory);
        LOG.info("monitor {}: {}", name, settings);
    }

    @Override
    public void tick()
    {
        refresh();
        automaticOperations();
    }

    @Override
    public void stop()
    {
        try
        {
            locks.release();
        }
        catch (final RuntimeException e)
        {
            LOG.warn("monitor {}: releasing the cooperative locks failed: {}", name, e.toString());
        }
        if (probeThreads != null)
        {
            probeThreads.shutdownNow();
        }
        for (final ServerConnection c : connections.values())
        {
            c.close();
        }
    }

    // ---- one round ----

    /** Probes every server, works out the roles and publishes them. Also called right after an operation. */
    void refresh()
    {
        final Map<String, ServerProbe> next = probeAll();
        ticks++;
        final long nowNs = System.nanoTime();
        for (final ServerProbe p : next.values())
        {
            downTicks.put(p.name(), p.reachable() ? 0 : downTicks.getOrDefault(p.name(), 0) + 1);
            if (p.reachable() && p.serverId() > 0)
            {
                serverIds.put(p.name(), p.serverId());
            }
            reportProblem(p);
        }
        final String before = primary;
        topology = Topology.resolve(servers, next, serverIds, primary, downTicks, settings.failcount(),
            settings.enforceWritableMaster());
        probes = next;
        // Cooperative monitoring: the primary monitor marks its choice with the master lock; a
        // secondary one takes the server so marked (none if nobody marks one), as MaxScale's do.
        locks.refresh(next, topology.primary());
        primary = locks.isPrimaryMonitor() ? topology.primary() : locks.markedPrimary();
        if (!Objects.equals(primary, topology.primary()))
        {
            // a secondary monitor's roles follow the primary monitor's choice
            topology = Topology.resolve(servers, next, serverIds, primary, downTicks, settings.failcount(),
                settings.enforceWritableMaster());
        }
        if (!Objects.equals(before, primary))
        {
            if (primary == null)
            {
                LOG.warn("monitor {}: no primary{}", name, before == null ? "" : " (it was " + before + ")");
            }
            else if (before == null)
            {
                LOG.info("monitor {}: primary is {}", name, primary);
            }
            else
            {
                LOG.warn("monitor {}: primary changed from {} to {}", name, before, primary);
            }
        }
        if (primary != null && next.get(primary).reachable())
        {
            primaryBinlogPos = next.get(primary).binlogPos();
        }
        trackReplication(nowNs);
        if (locks.isPrimaryMonitor())
        {
            enforceReadOnly();
        }
        publish();
    }

    private Map<String, ServerProbe> probeAll()
    {
        final Map<String, Future<ServerProbe>> futures = new LinkedHashMap<>();
        for (final ServerConnection c : connections.values())
        {
            futures.put(c.name(), probeThreads.submit(() -> Prober.probe(c)));
        }
        final Map<String, ServerProbe> out = new LinkedHashMap<>();
        for (final Map.Entry<String, Future<ServerProbe>> e : futures.entrySet())
        {
            ServerProbe p;
            try
            {
                // bounded by the connection's connect and read timeouts
                p = e.getValue().get();
            }
            catch (final InterruptedException ie)
            {
                Thread.currentThread().interrupt();
                p = ServerProbe.down(e.getKey(), false, "interrupted", System.nanoTime());
            }
            catch (final ExecutionException ee)
            {
                p = ServerProbe.down(e.getKey(), false, Prober.describe(ee.getCause()), System.nanoTime());
            }
            out.put(e.getKey(), p);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Logs a server's problem when it starts or becomes another kind of problem, and its end: not at every tick. */
    private void reportProblem(final ServerProbe p)
    {
        final String kind = p.error().isEmpty() ? "" : p.authError() ? "auth" : p.reachable() ? "query" : "down";
        final String was = reportedProblems.getOrDefault(p.name(), "");
        if (kind.equals(was))
        {
            return;
        }
        reportedProblems.put(p.name(), kind);
        final Target t = byName.get(p.name());
        final String where = p.name() + " (" + t.address().getHostString() + ":" + t.address().getPort() + ")";
        switch (kind)
        {
            case "" -> LOG.info("monitor {}: {} is reachable again", name, where);
            case "auth" -> LOG.error("monitor {}: {} refused the monitor's login as '{}': {}; check user and password "
                    + "of [{}]",
                name, where, settings.user(), p.error(), name);
            case "query" -> LOG.error("monitor {}: {}: {}; check the grants of '{}'", name, where,
                    p.error(), settings.user());
            default -> LOG.warn("monitor {}: cannot reach {}: {}", name, where, p.error());
        }
    }

    /** IO progress of the replicas (for verify_master_failure) and the settings of their connections. */
    private void trackReplication(final long nowNs)
    {
        for (final Target t : servers)
        {
            for (final Topology.Link link : topology.linksOf(t.name()))
            {
                final ReplicaStatus r = link.status();
                final String key = t.name() + "\u0000" + r.connectionName();
                final IoActivity was = ioActivity.get(key);
                if (was == null || !was.gtidIoPos().equals(r.gtidIoPos()) || was.heartbeats() != r.receivedHeartbeats())
                {
                    ioActivity.put(key, new IoActivity(r.gtidIoPos(), r.receivedHeartbeats(), nowNs));
                }
                if (r.connectRetry() > 0)
                {
                    seenConnectRetry = r.connectRetry();
                }
                seenMasterSsl = r.masterSsl();
            }
        }
    }

    private void enforceReadOnly()
    {
        final ClusterSnapshot cluster = context.cluster();
        for (final Target t : servers)
        {
            final ServerProbe p = probes.get(t.name());
            final Topology.Role role = topology.role(t.name());
            if (!p.reachable() || inMaintenance(cluster, t.name()))
            {
                continue;
            }
            final boolean slave = (role.status() & ServerStatus.SLAVE.bit()) != 0;
            final boolean master = (role.status() & ServerStatus.MASTER.bit()) != 0;
            if (settings.enforceReadOnlySlaves() && slave && !master && !p.readOnly())
            {
                setReadOnly(t.name(), true, "enforce_read_only_slaves");
            }
            else if (settings.enforceWritableMaster() && master && p.readOnly())
            {
                setReadOnly(t.name(), false, "enforce_writable_master");
            }
        }
    }

    private void setReadOnly(final String server, final boolean on, final String why)
    {
        try
        {
            connections.get(server).execute("SET GLOBAL read_only=" + (on ? 1 : 0));
            LOG.info("monitor {}: set read_only={} on {} ({})", name, on ? "ON" : "OFF", server, why);
            final Map<String, ServerProbe> updated = new LinkedHashMap<>(probes);
            updated.put(server, probes.get(server).withReadOnly(on));
            probes = Collections.unmodifiableMap(updated);
        }
        catch (final IOException e)
        {
            LOG.warn("monitor {}: could not set read_only={} on {} ({}): {}", name, on ? 1 : 0, server,
                    why, e.getMessage());
        }
    }

    private void publish()
    {
        final List<ServerState> states = new ArrayList<>(servers.size());
        for (final Target t : servers)
        {
            final ServerProbe p = probes.get(t.name());
            final Topology.Role role = topology.role(t.name());
            int status = role.status();
            if (!t.name().equals(primary))
            {
                status &= ~ServerStatus.MASTER.bit();
            }
            states.add(new ServerState(t.name(), status, role.lagSec(), p.reachable() ? p.gtidCurrentPos() : "",
                p.reachable() ? p.serverId() : serverIds.getOrDefault(t.name(), 0L), p.reachable() && p.readOnly(),
                role.replicatesFrom()));
        }
        context.publish(states);
    }

    // ---- automatic operations ----

    private void automaticOperations()
    {
        // MaxScale: a monitor that just became primary waits failcount ticks, so that the former
        // primary monitor notices it is no longer one first.
        if (!locks.isPrimaryMonitor() || locks.primaryTicks() < settings.failcount()
                && !isSoleMonitor() || primary == null)
        {
            return;
        }
        if (cooldownTicks > 0)
        {
            cooldownTicks--;
            return;
        }
        final ServerProbe p = probes.get(primary);
        if (!p.reachable())
        {
            if (settings.autoFailover() && downTicks.getOrDefault(primary, 0) >= settings.failcount())
            {
                autoFailover();
            }
            return;
        }
        reportedAutoProblem = "";
        if (settings.autoRejoin())
        {
            autoRejoin();
        }
    }

    private void autoFailover()
    {
        if (settings.verifyMasterFailure())
        {
            final String alive = replicaStillReceiving(primary);
            if (alive != null)
            {
                reportAuto("monitor " + name + ": the primary " + primary + " is unreachable but " + alive
                    + " received events from it within master_failure_timeout: no failover");
                return;
            }
        }
        LOG.warn("monitor {}: the primary {} has been down for {} ticks (failcount {}): failing over", name, primary,
            downTicks.get(primary), settings.failcount());
        try
        {
            recorded("failover", () -> operations.failover(true));
            reportedAutoProblem = "";
        }
        catch (final RuntimeException e)
        {
            cooldownTicks = settings.failcount();
            reportAuto("monitor " + name + ": automatic failover failed: " + e.getMessage() + " (retried after "
                + settings.failcount() + " ticks)");
        }
    }

    /** A replica whose IO thread is connected to master and got an event within master_failure_timeout, or null. */
    private String replicaStillReceiving(final String master)
    {
        final long nowNs = System.nanoTime();
        for (final Target t : servers)
        {
            final Topology.Link link = topology.link(t.name(), master);
            if (link == null || !probes.get(t.name()).reachable() || !link.status().ioRunning())
            {
                continue;
            }
            final IoActivity activity = ioActivity.get(t.name() + "\u0000" + link.status().connectionName());
            final long timeoutNs = TimeUnit.MILLISECONDS.toNanos(settings.masterFailureTimeoutMs());
            if (activity != null && nowNs - activity.lastChangeNs() < timeoutNs)
            {
                return t.name();
            }
        }
        return null;
    }

    private void autoRejoin()
    {
        for (final Target t : servers)
        {
            final String server = t.name();
            final ServerProbe p = probes.get(server);
            if (server.equals(primary) || !p.reachable() || !p.error().isEmpty()
                    || inMaintenance(context.cluster(), server)
                || !needsRejoin(server))
            {
                continue;
            }
            if (p.currentPos().isEmpty())
            {
                continue; // MaxScale: only a manual rejoin takes a server without GTIDs
            }
            if (p.gtidCurrentPos().equals(rejoinRefused.get(server)))
            {
                continue;
            }
            try
            {
                recorded("rejoin", () -> operations.rejoin(server, false));
                rejoinRefused.remove(server);
            }
            catch (final RuntimeException e)
            {
                rejoinRefused.put(server, p.gtidCurrentPos());
                LOG.error("monitor {}: automatic rejoin of {} failed: {}", name, server, e.getMessage());
            }
        }
    }

    /**
     * The server should be pointed at the primary: it has no replication connection at all
     * (standalone, e.g. a primary that was failed over and came back), or none of its connections
     * points at the primary.
     */
    boolean needsRejoin(final String server)
    {
        final ServerProbe p = probes.get(server);
        if (p.replication().isEmpty())
        {
            return true;
        }
        for (final ReplicaStatus r : p.replication())
        {
            if (primary.equals(Topology.masterOf(r, servers, serverIds)))
            {
                return false;
            }
        }
        return true;
    }

    private void reportAuto(final String message)
    {
        if (!message.equals(reportedAutoProblem))
        {
            reportedAutoProblem = message;
            LOG.error(message);
        }
    }

    // ---- for ClusterOperations ----

    String name()
    {
        return name;
    }

    MonitorSettings settings()
    {
        return settings;
    }

    List<Target> servers()
    {
        return servers;
    }

    Target target(final String server)
    {
        return byName.get(server);
    }

    ServerConnection connection(final String server)
    {
        return connections.get(server);
    }

    Map<String, ServerProbe> probes()
    {
        return probes;
    }

    Topology topology()
    {
        return topology;
    }

    String primary()
    {
        return primary;
    }

    GtidList primaryBinlogPos()
    {
        return primaryBinlogPos;
    }

    boolean inMaintenance(final String server)
    {
        return inMaintenance(context.cluster(), server);
    }

    private static boolean inMaintenance(final ClusterSnapshot cluster, final String server)
    {
        final ServerState s = cluster.state(server);
        return s != null && s.has(ServerStatus.MAINT);
    }

    /** An operation made server the primary: the next rounds stick to it. */
    void primaryChanged(final String server)
    {
        if (!Objects.equals(primary, server))
        {
            LOG.warn("monitor {}: primary changed from {} to {}", name, primary, server);
            primary = server;
        }
    }

    /** {@code MASTER_SSL} and {@code MASTER_CONNECT_RETRY} for a new replication connection, with a leading comma. */
    String replicationOptions()
    {
        final StringBuilder out = new StringBuilder();
        final Boolean ssl = settings.replicationMasterSsl() != null ? settings.replicationMasterSsl() : seenMasterSsl;
        if (ssl != null)
        {
            out.append(", MASTER_SSL=").append(ssl ? 1 : 0);
        }
        if (seenConnectRetry > 0)
        {
            out.append(", MASTER_CONNECT_RETRY=").append(seenConnectRetry);
        }
        return out.toString();
    }

    /** Refuses an operation on a secondary monitor. */
    void requirePrimaryMonitor(final String operation)
    {
        if (!locks.isPrimaryMonitor())
        {
            final Map<String, Object> d = locks.diagnostics();
            throw new IllegalStateException("monitor " + name + " is a secondary monitor (cooperative_monitoring_locks="
                + settings.cooperativeMonitoringLocks() + ": it holds " + d.get("locks_held") + " of the "
                + d.get("locks_needed")
                + " locks needed): " + operation + " is refused; run it on the primary monitor");
        }
    }

    void operationDone(final Map<String, Object> result)
    {
        lastOperation = result;
    }

    /** Without cooperative monitoring there is no former primary monitor to wait for. */
    private boolean isSoleMonitor()
    {
        return settings.cooperativeMonitoringLocks().equals("none");
    }

    // ---- operator interface ----

    @Override
    public Map<String, MonitorCommand> commands()
    {
        final Map<String, MonitorCommand> commands = new LinkedHashMap<>();
        commands.put("switchover", new MonitorCommand("[new-primary] [current-primary]",
            "swap the running primary with a replica (the most up-to-date one if not named)", args ->
            {
                if (args.size() > 2)
                {
                    throw new IllegalArgumentException(
                        "switchover takes at most two servers, [new-primary] [current-primary]; got " + args);
                }
                return recorded("switchover", () -> operations.switchover(args.isEmpty() ? null : args.get(0),
                    args.size() < 2 ? null : args.get(1)));
            }));
        commands.put("failover", new MonitorCommand("", "promote the most up-to-date replica of a primary that is down",
            args ->
            {
                if (!args.isEmpty())
                {
                    throw new IllegalArgumentException("failover takes no arguments (it picks the replica); got "
                            + args);
                }
                return recorded("failover", () -> operations.failover(false));
            }));
        commands.put("rejoin", new MonitorCommand("<server>",
            "make a standalone server, or one replicating from the wrong server, a replica of the primary", args ->
            {
                if (args.size() != 1)
                {
                    throw new IllegalArgumentException("rejoin takes one server, the one to rejoin; got " + args);
                }
                return recorded("rejoin", () -> operations.rejoin(args.get(0), true));
            }));
        commands.put("release-locks", locks.releaseLocksCommand());
        return commands;
    }

    /** Runs an operation; a refusal or failure becomes the last operation too. */
    private Map<String, Object> recorded(final String operation,
            final java.util.function.Supplier<Map<String, Object>> run)
    {
        try
        {
            return run.get();
        }
        catch (final RuntimeException e)
        {
            final Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("operation", operation);
            failed.put("error", e.getMessage());
            lastOperation = failed;
            throw e;
        }
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> d = new LinkedHashMap<>();
        d.put("primary", primary);
        d.put("ticks", ticks);
        d.put("auto_failover", settings.autoFailover());
        d.put("auto_rejoin", settings.autoRejoin());
        d.put("failcount", settings.failcount());
        d.put("cooperative_monitoring_locks", settings.cooperativeMonitoringLocks());
        d.put("primary_monitor", locks.isPrimaryMonitor());
        d.put("locks", locks.diagnostics());
        final List<Object> list = new ArrayList<>();
        final ClusterSnapshot cluster = context.cluster();
        for (final Target t : servers)
        {
            list.add(serverDiagnostics(t, cluster));
        }
        d.put("servers", list);
        d.put("last_operation", lastOperation);
        return d;
    }

    private Map<String, Object> serverDiagnostics(final Target t, final ClusterSnapshot cluster)
    {
        final ServerProbe p = probes.get(t.name());
        final Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", t.name());
        s.put("address", t.address().getHostString() + ":" + t.address().getPort());
        final ServerState state = cluster.state(t.name());
        s.put("state", state == null ? "" : state.statusText());
        if (p == null)
        {
            return s;
        }
        s.put("server_id", p.reachable() ? p.serverId() : serverIds.getOrDefault(t.name(), 0L));
        s.put("read_only", p.readOnly());
        s.put("gtid_current_pos", p.gtidCurrentPos());
        s.put("gtid_binlog_pos", p.gtidBinlogPos());
        s.put("replication_lag", topology == null ? ServerState.LAG_UNKNOWN : topology.role(t.name()).lagSec());
        s.put("replicates_from", topology == null ? "" : topology.role(t.name()).replicatesFrom());
        s.put("consecutive_down_ticks", downTicks.getOrDefault(t.name(), 0));
        s.put("error", p.error());
        final List<Object> connectionsOut = new ArrayList<>();
        for (final ReplicaStatus r : p.replication())
        {
            final Map<String, Object> c = new LinkedHashMap<>();
            c.put("connection_name", r.connectionName());
            c.put("master", r.masterHost() + ":" + r.masterPort());
            c.put("master_server", Objects.requireNonNullElse(Topology.masterOf(r, servers, serverIds), ""));
            c.put("io_running", r.ioState());
            c.put("sql_running", r.sqlRunning() ? "Yes" : "No");
            c.put("seconds_behind_master", r.secondsBehindMaster());
            c.put("gtid_io_pos", r.gtidIoPos());
            c.put("using_gtid", r.usingGtid());
            c.put("last_io_error", r.lastIoError());
            c.put("last_sql_error", r.lastSqlError());
            connectionsOut.add(c);
        }
        s.put("slave_connections", connectionsOut);
        return s;
    }

    /** Names of the monitored servers, for messages. */
    List<String> serverNames()
    {
        final List<String> names = new ArrayList<>();
        for (final Target t : servers)
        {
            names.add(t.name());
        }
        return names;
    }
}
