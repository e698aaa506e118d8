package io.sluice.plugins.mariadbmon;

import io.sluice.api.MonitorCommand;
import io.sluice.protocol.mysql.admin.ServerErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * MaxScale's {@code cooperative_monitoring_locks}: several monitors (in several Sluice or MaxScale
 * instances) watch one cluster and agree, through server-side named locks, which one of them is
 * the <em>primary monitor</em>, the only one allowed to change the cluster (failover, switchover,
 * rejoin, enforcing read_only). The others are <em>secondary</em>: they observe only.
 *
 * <p>Every tick ({@link #refresh}) the monitor reads, over its own connection to each server, who
 * holds the lock {@value #SERVER_LOCK} ({@code IS_USED_LOCK}, with {@code CONNECTION_ID()} in the
 * same statement, so a connection replaced since the last tick is noticed: its locks are gone). If
 * the free locks and its own could make a majority it takes the free ones with
 * {@code GET_LOCK(name, 0)}. It is the primary monitor while it holds the lock on a majority of all
 * servers ({@code majority_of_all}: 2 of 3, 3 of 4, 3 of 5) or of the running ones
 * ({@code majority_of_running}; running as the tick's {@link ServerProbe}s say). A monitor holding
 * some locks but no majority releases them, so that another can gather one; a monitor whose attempt
 * ended without a majority (another took some locks meanwhile) waits 5 to 8 ticks, chosen at
 * random, before its next attempt, so that two monitors do not keep splitting the locks. The
 * primary monitor also holds {@value #MASTER_LOCK} on the server it chose as the cluster's primary:
 * {@link #markedPrimary()} tells a secondary monitor which server that is (both locks held by one
 * connection). Locks belong to the connection: a Sluice that dies loses them when the server sees
 * its connections close, and with an idle timeout (see the four-argument constructor) also when
 * its host vanishes without closing them.
 *
 * <p>With {@code none} the monitor is always primary and no SQL is run.
 *
 * <p>Thread: the monitor's own thread only (as {@link ServerConnection}); not thread-safe.
 */
public final class CooperativeLocks
{
    /** The lock every monitor tries to take on every server; a majority makes the primary monitor. */
    public static final String SERVER_LOCK = "maxscale_mariadbmonitor";
    /** The lock the primary monitor takes on the cluster's primary server, for the others to see. */
    public static final String MASTER_LOCK = "maxscale_mariadbmonitor_master";

    static final String STATUS_SQL =
        "SELECT IS_USED_LOCK('" + SERVER_LOCK + "'), IS_USED_LOCK('" + MASTER_LOCK + "'), CONNECTION_ID()";
    static final String GET_SERVER_LOCK_SQL = "SELECT GET_LOCK('" + SERVER_LOCK + "', 0), CONNECTION_ID()";
    static final String GET_MASTER_LOCK_SQL = "SELECT GET_LOCK('" + MASTER_LOCK + "', 0), CONNECTION_ID()";
    static final String RELEASE_SERVER_LOCK_SQL = "SELECT RELEASE_LOCK('" + SERVER_LOCK + "')";
    static final String RELEASE_MASTER_LOCK_SQL = "SELECT RELEASE_LOCK('" + MASTER_LOCK + "')";
    static final String SET_WAIT_TIMEOUT_SQL = "SET SESSION wait_timeout = ";

    /** After {@link #release()}, no attempt to take locks for this long (MaxScale: one minute). */
    static final long RELEASE_HOLD_OFF_NS = TimeUnit.MINUTES.toNanos(1);
    static final int BACKOFF_MIN_TICKS = 5;
    static final int BACKOFF_MAX_TICKS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(CooperativeLocks.class);

    /** {@code cooperative_monitoring_locks}. */
    enum Mode
    {
        NONE("none"),
        MAJORITY_OF_ALL("majority_of_all"),
        MAJORITY_OF_RUNNING("majority_of_running");

        final String configName;

        Mode(final String configName)
        {
            this.configName = configName;
        }

        static Mode of(final String name)
        {
            for (final Mode m : values())
            {
                if (m.configName.equals(name))
                {
                    return m;
                }
            }
            throw new IllegalArgumentException("cooperative_monitoring_locks: '" + name
                + "' is not one of none, majority_of_all, majority_of_running");
        }
    }

    /** What this monitor knows of one lock on one server. */
    enum LockState
    {
        /** Not known: the server is unreachable or the query failed. */
        UNKNOWN("unknown"),
        FREE("free"),
        /** Held by this monitor's current connection to the server. */
        HELD("held"),
        /** Held by another connection (another monitor, or someone else). */
        TAKEN("taken");

        final String label;

        LockState(final String label)
        {
            this.label = label;
        }
    }

    /** The SQL a lock needs from a server connection; {@link ServerConnection} in production. */
    interface Connection
    {
        String name();

        /** Runs a statement; the connection is (re)opened as needed and closed when it breaks. */
        List<List<String>> query(String sql) throws IOException;

        /** The open connection's {@code CONNECTION_ID()}, -1 if none is open; never connects. */
        long connectionId();

        static Connection of(final ServerConnection c)
        {
            return new Connection()
            {
                @Override
                public String name()
                {
                    return c.name();
                }

                @Override
                public List<List<String>> query(final String sql) throws IOException
                {
                    return c.query(sql);
                }

                @Override
                public long connectionId()
                {
                    return c.connectionId();
                }
            };
        }
    }

    /** One lock on one server as last seen. */
    private static final class Lock
    {
        final String name;
        LockState state = LockState.UNKNOWN;
        /** The holder's connection id; 0 when free or unknown. */
        long owner;

        Lock(final String name)
        {
            this.name = name;
        }

        void set(final LockState state, final long owner)
        {
            this.state = state;
            this.owner = owner;
        }
    }

    /** One monitored server. */
    private static final class Server
    {
        final Connection connection;
        final Lock lock = new Lock(SERVER_LOCK);
        final Lock masterLock = new Lock(MASTER_LOCK);
        /** CONNECTION_ID() as the server last reported it; -1 before the first answer. */
        long connectionId = -1;
        /** The connection whose wait_timeout was set; -1 for none. */
        long idleTimeoutSetOn = -1;
        boolean statusKnown;
        boolean running;

        Server(final Connection connection)
        {
            this.connection = connection;
        }

        String name()
        {
            return connection.name();
        }
    }

    private final Mode mode;
    private final String monitorName;
    private final List<Server> servers;
    private final long idleTimeoutS;
    private final IntSupplier backoffTicks;
    private final LongSupplier nanoClock;

    private long tick;
    private long nextAttemptTick;
    private boolean holdOff;
    private long holdOffUntilNs;
    private boolean primary;
    /** The role last logged; null before the first refresh. */
    private Boolean loggedPrimary;
    private long primaryTicks;
    private int lastHeld;
    private int lastNeeded;
    private int lastRunning;

    /**
     * Cooperative locks over the monitor's connections, one per server. The monitor's connections
     * keep the server's {@code wait_timeout}, so the locks of a Sluice whose host vanishes without
     * closing its connections stay until the server's TCP keepalive notices (see the
     * four-argument constructor).
     *
     * @param mode        {@code none}, {@code majority_of_all} or {@code majority_of_running}
     * @param monitorName the monitor's section name, for the log
     * @param connections the monitor's connections, one per monitored server (the same the probes use)
     */
    public CooperativeLocks(final String mode, final String monitorName, final List<ServerConnection> connections)
    {
        this(mode, monitorName, connections, Duration.ZERO);
    }

    /**
     * Cooperative locks that also set {@code SET SESSION wait_timeout} on a connection before taking
     * a lock over it: a server then closes a connection idle that long, and its locks with it, so
     * another monitor takes over from a Sluice that vanished without closing its connections.
     * It must be longer than the monitor can ever leave a connection idle (see
     * {@link #suggestedIdleTimeout}); the monitor's queries on that connection see it too.
     *
     * @param idleTimeout whole seconds, at least 1; zero keeps the server's wait_timeout
     */
    public CooperativeLocks(final String mode, final String monitorName, final List<ServerConnection> connections,
        final Duration idleTimeout)
    {
        this(Mode.of(mode), monitorName, adapt(connections), idleTimeout,
            () -> ThreadLocalRandom.current().nextInt(BACKOFF_MIN_TICKS, BACKOFF_MAX_TICKS + 1), System::nanoTime);
    }

    CooperativeLocks(final Mode mode, final String monitorName, final List<Connection> connections,
        final Duration idleTimeout, final IntSupplier backoffTicks, final LongSupplier nanoClock)
    {
        if (idleTimeout.isNegative() || !idleTimeout.isZero() && idleTimeout.toSeconds() < 1)
        {
            throw new IllegalArgumentException("lock idle timeout " + idleTimeout + ": zero or at least 1 s");
        }
        this.mode = mode;
        this.monitorName = monitorName;
        final List<Server> list = new ArrayList<>(connections.size());
        for (final Connection c : connections)
        {
            list.add(new Server(c));
        }
        this.servers = List.copyOf(list);
        this.idleTimeoutS = idleTimeout.toSeconds();
        this.backoffTicks = backoffTicks;
        this.nanoClock = nanoClock;
    }

    private static List<Connection> adapt(final List<ServerConnection> connections)
    {
        final List<Connection> adapted = new ArrayList<>(connections.size());
        for (final ServerConnection c : connections)
        {
            adapted.add(Connection.of(c));
        }
        return adapted;
    }

    /**
     * An idle timeout for the four-argument constructor: longer than a monitor thread can go without
     * querying every server, a switchover or failover included: two monitor intervals, the longer of
     * {@code switchover_timeout} and {@code failover_timeout}, and a connect and two reads per server,
     * rounded up to whole seconds.
     */
    public static Duration suggestedIdleTimeout(final MonitorSettings settings, final int serverCount)
    {
        final long operationMs = Math.max(settings.switchoverTimeoutMs(), settings.failoverTimeoutMs());
        final long ms = 2 * settings.intervalMs() + operationMs
            + (long)serverCount * (settings.connectTimeoutMs() + 2L * settings.readTimeoutMs());
        return Duration.ofSeconds(Math.max(1, (ms + 999) / 1000));
    }

    /** How many locks make a majority: of all servers, or of the running ones; 0 for {@code none}. */
    static int locksNeeded(final Mode mode, final int servers, final int running)
    {
        return switch (mode)
        {
            case NONE -> 0;
            case MAJORITY_OF_ALL -> majority(servers);
            case MAJORITY_OF_RUNNING -> majority(running);
        };
    }

    /** More than half: 1 of 1, 2 of 2, 2 of 3, 3 of 4, 3 of 5. */
    static int majority(final int of)
    {
        return of / 2 + 1;
    }

    /** Whether {@code held} locks are a majority of {@code of}. */
    static boolean isMajority(final int held, final int of)
    {
        return held >= majority(of);
    }

    /**
     * One tick: read the locks' holders on every server, take free locks if a majority is within
     * reach, decide primary or secondary, release locks held without a majority, and as primary hold
     * {@value #MASTER_LOCK} on {@code primaryName} only. Call it after the tick's probes, on the
     * monitor's thread. A server whose probe says it is unreachable is not queried (unless its
     * connection is still open); a server without a probe is queried and counts as running if it
     * answers.
     *
     * @param probes      this tick's probes by server name (may lack servers, or be null)
     * @param primaryName the server this monitor takes as the cluster's primary, or null
     */
    public void refresh(final Map<String, ServerProbe> probes, final String primaryName)
    {
        tick++;
        if (mode == Mode.NONE)
        {
            primaryTicks++;
            return;
        }
        int running = 0;
        for (final Server s : servers)
        {
            final ServerProbe probe = probes == null ? null : probes.get(s.name());
            if (probe != null && !probe.reachable() && s.connection.connectionId() < 0)
            {
                unreachable(s, "the server is unreachable");
            }
            else
            {
                readStatus(s);
            }
            s.running = probe != null ? probe.reachable() : s.statusKnown;
            running += s.running ? 1 : 0;
        }

        int held = count(LockState.HELD);
        final int free = count(LockState.FREE);
        final int needed = locksNeeded(mode, servers.size(), running);
        final boolean wasPrimary = primary;
        if (holdOff && nanoClock.getAsLong() - holdOffUntilNs >= 0)
        {
            holdOff = false;
        }
        // A primary takes any free lock at once; a secondary only when its back-off allows, so that it
        // does not take locks from under a primary that is gathering them.
        if (!holdOff && free > 0 && held + free >= needed && (wasPrimary || tick >= nextAttemptTick))
        {
            for (final Server s : servers)
            {
                if (s.lock.state == LockState.FREE && acquire(s, s.lock, GET_SERVER_LOCK_SQL))
                {
                    held++;
                }
            }
            if (held < needed)
            {
                nextAttemptTick = tick + backoffTicks.getAsInt();
            }
        }
        primary = held >= needed;
        lastHeld = held;
        lastNeeded = needed;
        lastRunning = running;
        logRole();
        if (primary)
        {
            primaryTicks++;
            holdMasterLock(primaryName);
        }
        else
        {
            primaryTicks = 0;
            releaseWithoutMajority(needed);
            lastHeld = count(LockState.HELD);
        }
    }

    /**
     * Whether this monitor may change the cluster: it holds a majority of locks (always true for
     * {@code none}; false before the first {@link #refresh}).
     */
    public boolean isPrimaryMonitor()
    {
        return mode == Mode.NONE || primary;
    }

    /**
     * Consecutive refreshes this monitor has been primary, the current one included (0 while
     * secondary). MaxScale waits {@code failcount} ticks after becoming primary before automatic
     * operations, so that the former primary monitor notices first.
     */
    public long primaryTicks()
    {
        return isPrimaryMonitor() ? primaryTicks : 0;
    }

    /**
     * The server the primary monitor marked as the cluster's primary: the one where
     * {@value #MASTER_LOCK} and {@value #SERVER_LOCK} are held by the same connection (MaxScale's
     * secondaries accept only that server as primary). Null if none, if several are marked, or with
     * {@code none}. As of the last refresh.
     */
    public String markedPrimary()
    {
        String marked = null;
        for (final Server s : servers)
        {
            final Lock m = s.masterLock;
            if ((m.state == LockState.HELD || m.state == LockState.TAKEN) && m.owner > 0
                && s.lock.state == m.state && s.lock.owner == m.owner)
            {
                if (marked != null)
                {
                    return null;
                }
                marked = s.name();
            }
        }
        return marked;
    }

    /**
     * Releases every lock this monitor holds (operator command {@code release-locks}, and at stop)
     * and makes it secondary; it then takes no lock for one minute (MaxScale does the same), so that
     * another monitor can take over. A server is not connected to only to release: a lock on a
     * connection that is no longer open is already gone. Returns how many locks were released.
     */
    public int release()
    {
        if (mode == Mode.NONE)
        {
            return 0;
        }
        int released = 0;
        for (final Server s : servers)
        {
            released += releaseLock(s, s.masterLock, RELEASE_MASTER_LOCK_SQL) ? 1 : 0;
            released += releaseLock(s, s.lock, RELEASE_SERVER_LOCK_SQL) ? 1 : 0;
        }
        final boolean wasPrimary = primary;
        primary = false;
        primaryTicks = 0;
        lastHeld = count(LockState.HELD);
        holdOff = true;
        holdOffUntilNs = nanoClock.getAsLong() + RELEASE_HOLD_OFF_NS;
        loggedPrimary = false;
        LOG.info("monitor {} released {} lock(s){}; it takes no lock for {} s", monitorName, released,
            wasPrimary ? " and is now a secondary monitor" : "", TimeUnit.NANOSECONDS.toSeconds(RELEASE_HOLD_OFF_NS));
        return released;
    }

    /**
     * MaxScale's {@code release-locks} command ({@code maxctrl call command mariadbmon release-locks
     * MyMonitor}), for {@link io.sluice.api.Monitor#commands()}: runs {@link #release()} and
     * answers how many locks it released. Refused with {@code none}.
     */
    public MonitorCommand releaseLocksCommand()
    {
        return new MonitorCommand("", "Release any held server locks for 1 minute", args ->
        {
            if (!args.isEmpty())
            {
                throw new IllegalArgumentException("release-locks takes no arguments");
            }
            if (mode == Mode.NONE)
            {
                throw new IllegalStateException("server locks are not in use (cooperative_monitoring_locks=none)");
            }
            final Map<String, Object> result = new LinkedHashMap<>();
            result.put("released", release());
            result.put("hold_off_s", TimeUnit.NANOSECONDS.toSeconds(RELEASE_HOLD_OFF_NS));
            return result;
        });
    }

    /** The mode, whether primary, and per server who holds which lock (JSON-ready). */
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> d = new LinkedHashMap<>();
        d.put("cooperative_monitoring_locks", mode.configName);
        d.put("primary", isPrimaryMonitor());
        if (mode == Mode.NONE)
        {
            return d;
        }
        d.put("locks_held", lastHeld);
        d.put("locks_needed", lastNeeded);
        d.put("servers_running", lastRunning);
        d.put("primary_ticks", primaryTicks());
        final String marked = markedPrimary();
        if (marked != null)
        {
            d.put("marked_primary", marked);
        }
        if (holdOff)
        {
            d.put("hold_off_ms", Math.max(0, TimeUnit.NANOSECONDS.toMillis(holdOffUntilNs - nanoClock.getAsLong())));
        }
        final Map<String, Object> perServer = new LinkedHashMap<>();
        for (final Server s : servers)
        {
            final Map<String, Object> m = new LinkedHashMap<>();
            m.put("connection_id", s.connection.connectionId());
            m.put("lock", s.lock.state.label);
            if (s.lock.owner > 0)
            {
                m.put("lock_owner", s.lock.owner);
            }
            m.put("master_lock", s.masterLock.state.label);
            if (s.masterLock.owner > 0)
            {
                m.put("master_lock_owner", s.masterLock.owner);
            }
            perServer.put(s.name(), m);
        }
        d.put("servers", perServer);
        return d;
    }

    // ---- one server ----

    /** IS_USED_LOCK of both locks and CONNECTION_ID() in one statement; once more on a new connection if it broke. */
    private void readStatus(final Server s)
    {
        final long openBefore = s.connection.connectionId();
        List<String> row = null;
        String error = "";
        for (int attempt = 0; attempt < 2 && row == null; attempt++)
        {
            try
            {
                row = onlyRow(s.connection.query(STATUS_SQL), 3);
            }
            catch (final IOException e)
            {
                error = message(e);
                // Retry only when an open connection broke (the next query opens a new one): not after
                // a failed connect or a server error, which would only fail again.
                if (e instanceof ServerErrorException || attempt > 0 || openBefore < 0)
                {
                    break;
                }
            }
        }
        if (row == null)
        {
            unreachable(s, "its lock status could not be read: " + error);
            return;
        }
        final long connectionId = Long.parseLong(row.get(2));
        final long previousConnection = s.connectionId;
        s.connectionId = connectionId;
        s.statusKnown = true;
        update(s, s.lock, row.get(0), previousConnection);
        update(s, s.masterLock, row.get(1), previousConnection);
    }

    private void update(final Server s, final Lock lock, final String usedBy, final long previousConnection)
    {
        final LockState before = lock.state;
        if (usedBy == null)
        {
            lock.set(LockState.FREE, 0);
        }
        else
        {
            final long owner = Long.parseLong(usedBy);
            lock.set(owner == s.connectionId ? LockState.HELD : LockState.TAKEN, owner);
        }
        if (before == LockState.HELD && lock.state != LockState.HELD)
        {
            final String why = previousConnection != s.connectionId
                ? "its connection " + previousConnection + " was replaced by " + s.connectionId
                : lock.state == LockState.TAKEN ? "connection " + lock.owner + " holds it" : "it is free";
            LOG.warn("monitor {} lost lock '{}' on {} without releasing it: {}", monitorName, lock.name, s.name(), why);
        }
    }

    private void unreachable(final Server s, final String why)
    {
        if (s.lock.state == LockState.HELD || s.masterLock.state == LockState.HELD)
        {
            LOG.warn("monitor {} no longer counts its locks on {}: {}", monitorName, s.name(), why);
        }
        s.statusKnown = false;
        s.lock.set(LockState.UNKNOWN, 0);
        s.masterLock.set(LockState.UNKNOWN, 0);
    }

    /** GET_LOCK(name, 0); true if this connection got it. */
    private boolean acquire(final Server s, final Lock lock, final String sql)
    {
        try
        {
            if (idleTimeoutS > 0 && s.idleTimeoutSetOn != s.connectionId)
            {
                s.connection.query(SET_WAIT_TIMEOUT_SQL + idleTimeoutS);
                s.idleTimeoutSetOn = s.connectionId;
            }
            final List<String> row = onlyRow(s.connection.query(sql), 2);
            final long connectionId = Long.parseLong(row.get(1));
            if (connectionId != s.connectionId)
            {
                // Replaced since the status was read: the new connection has no wait_timeout yet.
                s.connectionId = connectionId;
                s.idleTimeoutSetOn = -1;
            }
            if ("1".equals(row.get(0)))
            {
                lock.set(LockState.HELD, connectionId);
                return true;
            }
            // 0: another connection took it since the status was read (holder not known); NULL: an error.
            lock.set(row.get(0) == null ? LockState.UNKNOWN : LockState.TAKEN, 0);
            return false;
        }
        catch (final IOException e)
        {
            LOG.warn("monitor {} could not take lock '{}' on {}: {}", monitorName, lock.name, s.name(), message(e));
            lock.set(LockState.UNKNOWN, 0);
            return false;
        }
    }

    /** RELEASE_LOCK over the connection that holds it; true if released. */
    private boolean releaseLock(final Server s, final Lock lock, final String sql)
    {
        if (lock.state != LockState.HELD)
        {
            return false;
        }
        if (s.connection.connectionId() != lock.owner)
        {
            // The holding connection is closed (or replaced): the server freed the lock with it.
            lock.set(LockState.UNKNOWN, 0);
            return false;
        }
        try
        {
            final String result = onlyRow(s.connection.query(sql), 1).get(0);
            if ("1".equals(result) || result == null)
            {
                lock.set(LockState.FREE, 0);
                return "1".equals(result);
            }
            lock.set(LockState.TAKEN, 0);
            return false;
        }
        catch (final IOException e)
        {
            LOG.warn("monitor {} could not release lock '{}' on {}: {}", monitorName, lock.name, s.name(), message(e));
            lock.set(LockState.UNKNOWN, 0);
            return false;
        }
    }

    // ---- the cluster ----

    private void holdMasterLock(final String primaryName)
    {
        Server target = null;
        for (final Server s : servers)
        {
            if (s.name().equals(primaryName))
            {
                target = s;
            }
            else
            {
                releaseLock(s, s.masterLock, RELEASE_MASTER_LOCK_SQL);
            }
        }
        if (target == null || !target.statusKnown)
        {
            return;
        }
        final Lock m = target.masterLock;
        if (m.state == LockState.FREE)
        {
            acquire(target, m, GET_MASTER_LOCK_SQL);
        }
        if (m.state == LockState.TAKEN)
        {
            LOG.warn("monitor {} is the primary monitor but cannot take lock '{}' on {}: connection {} holds it;"
                + " secondary monitors may not accept {} as the primary server", monitorName, MASTER_LOCK,
                target.name(), m.owner > 0 ? String.valueOf(m.owner) : "(unknown)", target.name());
        }
    }

    private void releaseWithoutMajority(final int needed)
    {
        int held = 0;
        for (final Server s : servers)
        {
            held += (s.lock.state == LockState.HELD ? 1 : 0) + (s.masterLock.state == LockState.HELD ? 1 : 0);
        }
        if (held == 0)
        {
            return;
        }
        LOG.warn("monitor {} holds {} lock(s) without a majority ({} needed) and releases them, so that another"
            + " monitor can gather one", monitorName, held, needed);
        for (final Server s : servers)
        {
            releaseLock(s, s.masterLock, RELEASE_MASTER_LOCK_SQL);
            releaseLock(s, s.lock, RELEASE_SERVER_LOCK_SQL);
        }
    }

    private void logRole()
    {
        if (loggedPrimary != null && loggedPrimary == primary)
        {
            return;
        }
        loggedPrimary = primary;
        if (primary)
        {
            LOG.info("monitor {} is now the primary monitor (holds locks on {} of {} servers{})", monitorName, lastHeld,
                servers.size(), mode == Mode.MAJORITY_OF_RUNNING ? ", " + lastRunning + " running" : "");
        }
        else
        {
            LOG.info("monitor {} is now a secondary monitor (holds locks on {} of {} servers, {} needed{})",
                monitorName, lastHeld, servers.size(), lastNeeded,
                mode == Mode.MAJORITY_OF_RUNNING ? " of " + lastRunning + " running" : "");
        }
    }

    private int count(final LockState state)
    {
        int n = 0;
        for (final Server s : servers)
        {
            n += s.lock.state == state ? 1 : 0;
        }
        return n;
    }

    private static List<String> onlyRow(final List<List<String>> rows, final int columns) throws IOException
    {
        if (rows.size() != 1 || rows.get(0).size() != columns)
        {
            throw new java.net.ProtocolException("expected one row of " + columns + " columns, got " + rows);
        }
        return rows.get(0);
    }

    private static String message(final IOException e)
    {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    public String toString()
    {
        return "CooperativeLocks[" + monitorName + ", " + mode.configName + ", "
            + (isPrimaryMonitor() ? "primary" : "secondary") + "]";
    }
}
