package io.sluice.plugins.mariadbmon;

import io.sluice.api.ServerState;
import io.sluice.api.ServerStatus;
import io.sluice.api.Target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replication topology of one tick and the role of every server, worked out from the probes
 * as MaxScale's mariadbmon does. Immutable.
 *
 * <p><b>Links.</b> A replication connection of a server points at a monitored server when its
 * {@code Master_Host:Master_Port} is that server's configured address (compared as text, then as
 * resolved addresses), or else, while its IO thread is connected, when its {@code Master_Server_Id}
 * is that server's {@code @@server_id}. A connection is <i>active</i> unless both its threads were
 * stopped ({@code STOP SLAVE}).
 *
 * <p><b>The primary</b> is running, not {@code read_only} (unless {@code enforce_writable_master}),
 * and does not replicate from another monitored server. The choice is sticky: the previous
 * primary stays while it is valid, also while it is down, until it has been down for
 * {@code failcount} ticks and no running server replicates from it any more. Otherwise the
 * candidate with the most replicas (direct and indirect) wins; ties go to the one listed first
 * in {@code servers}.
 *
 * <p><b>Replicas.</b> A running server with an active connection to the primary, or to a replica
 * of it, whose IO and SQL threads both run is a {@code Slave}; when its primary is down, a running
 * SQL thread is enough (MaxScale's {@code detect_stale_slave}). A replica that has replicas of its
 * own is also a {@code Relay Master}. Its lag is the connection's {@code Seconds_Behind_Master}.
 */
final class Topology
{
    /** A replication connection of a server that points at a monitored server. */
    record Link(String replica, String master, ReplicaStatus status)
    {
    }

    /** One server's role: the status bits, lag and upstream server a {@link ServerState} carries. */
    record Role(int status, long lagSec, String replicatesFrom)
    {
    }

    private final String primary;
    private final Map<String, Role> roles;
    private final Map<String, List<Link>> linksOf;
    private final Map<String, ServerProbe> probes;

    private Topology(final String primary, final Map<String, Role> roles, final Map<String, List<Link>> linksOf,
        final Map<String, ServerProbe> probes)
    {
        this.primary = primary;
        this.roles = roles;
        this.linksOf = linksOf;
        this.probes = probes;
    }

    /**
     * Works out the roles.
     *
     * @param servers               the monitored servers, in {@code servers} order
     * @param probes                this tick's probe of each
     * @param serverIds             the last {@code @@server_id} seen of each (also of servers now down)
     * @param previousPrimary       the primary of the previous tick, or null
     * @param downTicks             how many consecutive ticks each server has been unreachable
     * @param failcount             {@code failcount}
     * @param enforceWritableMaster {@code enforce_writable_master}: a read-only server may be the primary
     */
    static Topology resolve(final List<Target> servers, final Map<String, ServerProbe> probes,
        final Map<String, Long> serverIds, final String previousPrimary, final Map<String, Integer> downTicks,
        final int failcount, final boolean enforceWritableMaster)
    {
        final Map<String, List<Link>> linksOf = new LinkedHashMap<>();
        for (final Target server : servers)
        {
            final ServerProbe probe = probes.get(server.name());
            final List<Link> links = new ArrayList<>();
            if (probe != null && probe.reachable())
            {
                for (final ReplicaStatus r : probe.replication())
                {
                    final String master = masterOf(r, servers, serverIds);
                    if (master != null && !master.equals(server.name()))
                    {
                        links.add(new Link(server.name(), master, r));
                    }
                }
            }
            linksOf.put(server.name(), List.copyOf(links));
        }
        final String primary = choosePrimary(servers, probes, linksOf, previousPrimary, downTicks, failcount,
            enforceWritableMaster);
        return new Topology(primary, roles(servers, probes, linksOf, primary), linksOf, Map.copyOf(probes));
    }

    /** The monitored server a replication connection points at, or null (an external or unknown master). */
    static String masterOf(final ReplicaStatus r, final List<Target> servers, final Map<String, Long> serverIds)
    {
        for (final Target t : servers)
        {
            if (t.address().getPort() == r.masterPort() && t.address().getHostString().equalsIgnoreCase(r.masterHost()))
            {
                return t.name();
            }
        }
        final InetAddress masterAddress = resolve(r.masterHost());
        if (masterAddress != null)
        {
            for (final Target t : servers)
            {
                if (t.address().getPort() == r.masterPort() && masterAddress.equals(t.address().getAddress()))
                {
                    return t.name();
                }
            }
        }
        if (r.ioRunning() && r.masterServerId() > 0)
        {
            for (final Target t : servers)
            {
                final Long id = serverIds.get(t.name());
                if (id != null && id == r.masterServerId())
                {
                    return t.name();
                }
            }
        }
        return null;
    }

    private static InetAddress resolve(final String host)
    {
        if (host == null || host.isEmpty())
        {
            return null;
        }
        try
        {
            return InetAddress.getByName(host);
        }
        catch (final UnknownHostException | SecurityException e)
        {
            return null;
        }
    }

    private static boolean reachable(final Map<String, ServerProbe> probes, final String name)
    {
        final ServerProbe p = probes.get(name);
        return p != null && p.reachable();
    }

    private static String choosePrimary(final List<Target> servers, final Map<String, ServerProbe> probes,
        final Map<String, List<Link>> linksOf, final String previous, final Map<String, Integer> downTicks,
        final int failcount, final boolean enforceWritableMaster)
    {
        if (previous != null && linksOf.containsKey(previous))
        {
            if (reachable(probes, previous))
            {
                if (canBePrimary(probes.get(previous), linksOf, enforceWritableMaster))
                {
                    return previous;
                }
            }
            else if (downTicks.getOrDefault(previous, 0) < failcount
                    || !activeReplicasOf(previous, probes, linksOf).isEmpty())
            {
                return previous;
            }
        }
        String best = null;
        int most = -1;
        for (final Target t : servers)
        {
            final ServerProbe p = probes.get(t.name());
            if (p == null || !p.reachable() || !canBePrimary(p, linksOf, enforceWritableMaster))
            {
                continue;
            }
            final int replicas = descendants(t.name(), probes, linksOf).size();
            if (replicas > most)
            {
                most = replicas;
                best = t.name();
            }
        }
        return best;
    }

    private static boolean canBePrimary(final ServerProbe p, final Map<String, List<Link>> linksOf,
        final boolean enforceWritableMaster)
    {
        if (!p.reachable() || !p.error().isEmpty() || (p.readOnly() && !enforceWritableMaster))
        {
            return false;
        }
        for (final Link link : linksOf.get(p.name()))
        {
            if (link.status().isActive())
            {
                return false;
            }
        }
        return true;
    }

    /** Running servers with an active connection to master. */
    private static List<String> activeReplicasOf(final String master, final Map<String, ServerProbe> probes,
        final Map<String, List<Link>> linksOf)
    {
        final List<String> out = new ArrayList<>();
        for (final Map.Entry<String, List<Link>> e : linksOf.entrySet())
        {
            if (!reachable(probes, e.getKey()))
            {
                continue;
            }
            for (final Link link : e.getValue())
            {
                if (link.master().equals(master) && link.status().isActive())
                {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /** Every running server below master through active connections (cycles cut). */
    private static Set<String> descendants(final String master, final Map<String, ServerProbe> probes,
        final Map<String, List<Link>> linksOf)
    {
        final Set<String> seen = new HashSet<>();
        final Deque<String> queue = new ArrayDeque<>();
        queue.add(master);
        while (!queue.isEmpty())
        {
            for (final String replica : activeReplicasOf(queue.poll(), probes, linksOf))
            {
                if (!replica.equals(master) && seen.add(replica))
                {
                    queue.add(replica);
                }
            }
        }
        return seen;
    }

    private static Map<String, Role> roles(final List<Target> servers, final Map<String, ServerProbe> probes,
        final Map<String, List<Link>> linksOf, final String primary)
    {
        final Map<String, Integer> bits = new LinkedHashMap<>();
        final Map<String, Long> lag = new LinkedHashMap<>();
        for (final Target t : servers)
        {
            final ServerProbe p = probes.get(t.name());
            int b = 0;
            if (p != null && p.reachable())
            {
                b |= ServerStatus.RUNNING.bit();
            }
            else if (p != null && p.authError())
            {
                b |= ServerStatus.AUTH_ERROR.bit();
            }
            bits.put(t.name(), b);
            lag.put(t.name(), ServerState.LAG_UNKNOWN);
        }
        if (primary != null && reachable(probes, primary) && probes.get(primary).error().isEmpty())
        {
            bits.merge(primary, ServerStatus.MASTER.bit(), (a, b) -> a | b);
            lag.put(primary, 0L);
        }
        if (primary != null)
        {
            // Breadth first from the primary: each replica is judged by its connection to its parent.
            final Set<String> marked = new HashSet<>();
            marked.add(primary);
            final Deque<String> queue = new ArrayDeque<>();
            queue.add(primary);
            while (!queue.isEmpty())
            {
                final String parent = queue.poll();
                final boolean parentUp = reachable(probes, parent);
                for (final Target t : servers)
                {
                    final String child = t.name();
                    if (marked.contains(child) || !reachable(probes, child))
                    {
                        continue;
                    }
                    for (final Link link : linksOf.get(child))
                    {
                        final ReplicaStatus r = link.status();
                        if (!link.master().equals(parent) || !r.sqlRunning() || !(r.ioRunning() || !parentUp))
                        {
                            continue;
                        }
                        marked.add(child);
                        queue.add(child);
                        bits.merge(child, ServerStatus.SLAVE.bit(), (a, b) -> a | b);
                        lag.put(child, r.secondsBehindMaster() < 0 ? ServerState.LAG_UNKNOWN : r.secondsBehindMaster());
                        if (!parent.equals(primary))
                        {
                            bits.merge(parent, ServerStatus.RELAY.bit(), (a, b) -> a | b);
                        }
                        break;
                    }
                }
            }
        }
        final Map<String, Role> roles = new LinkedHashMap<>();
        for (final Target t : servers)
        {
            roles.put(t.name(), new Role(bits.get(t.name()), lag.get(t.name()), upstream(linksOf.get(t.name()))));
        }
        return Collections.unmodifiableMap(roles);
    }

    private static String upstream(final List<Link> links)
    {
        for (final Link link : links)
        {
            if (link.status().isActive())
            {
                return link.master();
            }
        }
        return links.isEmpty() ? "" : links.get(0).master();
    }

    /** The primary (running or not), or null when there is none. */
    String primary()
    {
        return primary;
    }

    /** The role of a server. */
    Role role(final String server)
    {
        return roles.get(server);
    }

    /** The server's replication connections that point at monitored servers. */
    List<Link> linksOf(final String server)
    {
        final List<Link> links = linksOf.get(server);
        return links == null ? List.of() : links;
    }

    /** The link of replica to master, or null. */
    Link link(final String replica, final String master)
    {
        for (final Link link : linksOf(replica))
        {
            if (link.master().equals(master))
            {
                return link;
            }
        }
        return null;
    }

    /** Running servers with an active replication connection to master. */
    List<String> replicasOf(final String master)
    {
        return activeReplicasOf(master, probes, linksOf);
    }

    /** Every server's role, in {@code servers} order. */
    Map<String, Role> roles()
    {
        return roles;
    }

    @Override
    public String toString()
    {
        final StringBuilder text = new StringBuilder("primary=").append(primary);
        for (final Map.Entry<String, Role> e : roles.entrySet())
        {
            text.append(", ").append(e.getKey()).append(": ").append(ServerStatus.describe(e.getValue().status()))
                .append(e.getValue().replicatesFrom().isEmpty() ? "" : " <- " + e.getValue().replicatesFrom());
        }
        return text.toString();
    }
}
