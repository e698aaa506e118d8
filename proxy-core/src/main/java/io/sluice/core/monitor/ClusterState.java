package io.sluice.core.monitor;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The states of every configured server, as one {@link ClusterSnapshot} that is replaced whole
 * (a volatile write) on each change. Readers (workers, routers) never lock: they read the
 * volatile field once. Writers (monitor threads, the admin API) are serialised by this object's
 * lock, which no worker ever takes.
 *
 * <p>A server's state is the monitor's bits plus the operator's ({@link ServerStatus#MAINT},
 * {@link ServerStatus#DRAINING}), which survive every publish. Each change of a server's status
 * text is logged as MaxScale does: {@code server db2 changed state: Slave, Running -> Down}.
 */
public final class ClusterState
{
    private static final Logger LOG = LoggerFactory.getLogger(ClusterState.class);
    private static final int OPERATOR_BITS = ServerStatus.bits(ServerStatus.MAINT, ServerStatus.DRAINING);

    /** The operator bits per server; guarded by this. */
    private final Map<String, Integer> operatorBits = new LinkedHashMap<>();
    private volatile ClusterSnapshot snapshot;

    /** Starts from the servers' configured states. */
    public ClusterState(final Collection<ServerState> initial)
    {
        final Map<String, ServerState> servers = new LinkedHashMap<>();
        for (final ServerState s : initial)
        {
            servers.put(s.name(), s);
            operatorBits.put(s.name(), s.status() & OPERATOR_BITS);
        }
        snapshot = new ClusterSnapshot(1, servers);
    }

    /** Servers no monitor watches yet, each in its configured role (tests and simple set-ups). */
    public static ClusterState of(final List<Target> targets)
    {
        return new ClusterState(targets.stream().map(t -> ServerState.configured(t.name(), t.role())).toList());
    }

    /** Adds servers a reloaded configuration names for the first time, in their configured states. */
    public synchronized void addServers(final Collection<ServerState> configured)
    {
        final ClusterSnapshot before = snapshot;
        final Map<String, ServerState> next = copyOf(before);
        for (final ServerState s : configured)
        {
            if (next.putIfAbsent(s.name(), s) == null)
            {
                operatorBits.put(s.name(), s.status() & OPERATOR_BITS);
            }
        }
        if (next.size() != before.all().size())
        {
            snapshot = new ClusterSnapshot(before.generation() + 1, next);
        }
    }

    /** The current snapshot: one volatile read, no allocation. */
    public ClusterSnapshot snapshot()
    {
        return snapshot;
    }

    /**
     * A monitor's findings for some servers. Names the configuration does not know are ignored
     * (and logged once per publish); operator bits are kept whatever the monitor sent.
     */
    public synchronized void publish(final String monitorName, final Collection<ServerState> states)
    {
        final ClusterSnapshot before = snapshot;
        final Map<String, ServerState> next = copyOf(before);
        for (final ServerState s : states)
        {
            if (!next.containsKey(s.name()))
            {
                LOG.warn("monitor {} published a state for unknown server '{}', ignored", monitorName, s.name());
                continue;
            }
            next.put(s.name(), s.withStatus((s.status() & ~OPERATOR_BITS) | operatorBits.get(s.name())));
        }
        swap(before, next);
    }

    /**
     * Sets or clears an operator bit (maintenance, draining) of a server.
     *
     * @throws IllegalArgumentException for an unknown server or a bit that is not an operator's
     */
    public synchronized void setOperatorStatus(final String serverName, final ServerStatus bit, final boolean on)
    {
        if ((bit.bit() & OPERATOR_BITS) == 0)
        {
            throw new IllegalArgumentException("only maintenance and draining can be set by an operator, not "
                    + bit.label());
        }
        final ClusterSnapshot before = snapshot;
        final ServerState current = before.state(serverName);
        if (current == null)
        {
            throw new IllegalArgumentException("no server named '" + serverName + "'");
        }
        final int ops = on ? operatorBits.get(serverName) | bit.bit() : operatorBits.get(serverName) & ~bit.bit();
        operatorBits.put(serverName, ops);
        final Map<String, ServerState> next = copyOf(before);
        next.put(serverName, current.withStatus((current.status() & ~OPERATOR_BITS) | ops));
        swap(before, next);
    }

    private static Map<String, ServerState> copyOf(final ClusterSnapshot snapshot)
    {
        final Map<String, ServerState> copy = new LinkedHashMap<>();
        for (final ServerState s : snapshot.all())
        {
            copy.put(s.name(), s);
        }
        return copy;
    }

    private void swap(final ClusterSnapshot before, final Map<String, ServerState> next)
    {
        if (sameStates(before, next))
        {
            return;
        }
        snapshot = new ClusterSnapshot(before.generation() + 1, next);
        for (final ServerState after : next.values())
        {
            final ServerState was = before.state(after.name());
            if (was.status() != after.status())
            {
                LOG.info("server {} changed state: {} -> {}", after.name(), was.statusText(), after.statusText());
            }
        }
    }

    private static boolean sameStates(final ClusterSnapshot before, final Map<String, ServerState> next)
    {
        for (final ServerState s : next.values())
        {
            if (!s.equals(before.state(s.name())))
            {
                return false;
            }
        }
        return true;
    }
}
