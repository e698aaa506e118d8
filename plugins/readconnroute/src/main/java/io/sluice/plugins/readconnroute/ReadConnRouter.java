package io.sluice.plugins.readconnroute;

import io.sluice.api.ClusterSnapshot;
import io.sluice.api.Endpoint;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.Router;
import io.sluice.api.RouterSession;
import io.sluice.api.ServiceContext;
import io.sluice.api.ServerState;
import io.sluice.api.SessionContext;
import io.sluice.api.Target;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MaxScale's readconnroute: each client connection goes to one server whose role matches
 * {@code router_options} ({@code master}, {@code slave} or {@code running}), the one with the
 * fewest connections through this service first; every packet of the session goes there. With
 * {@code slave} and no replica available, the primary is used, as in MaxScale.
 */
final class ReadConnRouter implements Router
{
    private static final Set<String> OPTIONS = Set.of("master", "slave", "running", "synced");

    /** What a session's server must stay for the session to go on. */
    private enum Role
    {
        MASTER, SLAVE, RUNNING;

        boolean holds(final ServerState state)
        {
            return switch (this)
            {
                case MASTER -> state.isMaster();
                case SLAVE -> state.isSlave();
                case RUNNING -> state.isUsable();
            };
        }
    }

    private final ServiceContext service;
    private final List<Target> targets;
    private final AtomicInteger[] connections;
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong packetsRouted = new AtomicLong();
    private final boolean wantMaster;
    private final boolean wantSlave;

    ReadConnRouter(final ServiceContext service)
    {
        this.service = service;
        this.targets = service.targets();
        if (targets.isEmpty())
        {
            throw new IllegalArgumentException("service " + service.name() + " has no servers");
        }
        this.connections = new AtomicInteger[targets.size()];
        for (int i = 0; i < connections.length; i++)
        {
            connections[i] = new AtomicInteger();
        }
        boolean master = false;
        boolean slave = false;
        for (final String option : service.params().list("router_options"))
        {
            final String o = option.toLowerCase(Locale.ROOT);
            if (!OPTIONS.contains(o))
            {
                throw new IllegalArgumentException("router_options: unknown option '" + option
                    + "' (allowed: master, slave, running)");
            }
            master |= o.equals("master");
            slave |= o.equals("slave");
        }
        this.wantMaster = master;
        this.wantSlave = slave;
    }

    @Override
    public RouterSession newSession(final SessionContext session) throws IOException
    {
        final ClusterSnapshot cluster = service.cluster();
        Role role = wantMaster ? Role.MASTER : wantSlave ? Role.SLAVE : Role.RUNNING;
        int chosen = pick(cluster, role);
        if (chosen < 0 && role == Role.SLAVE)
        {
            role = Role.MASTER; // MaxScale: with no replica, router_options=slave uses the primary
            chosen = pick(cluster, role);
        }
        if (chosen < 0)
        {
            throw new IOException("no server with role " + (wantMaster ? "master" : wantSlave ? "slave" : "running")
                + " is available (" + cluster + ")");
        }
        connections[chosen].incrementAndGet();
        final Endpoint endpoint;
        try
        {
            endpoint = session.connect(targets.get(chosen));
        }
        catch (final IOException e)
        {
            connections[chosen].decrementAndGet();
            throw e;
        }
        sessions.incrementAndGet();
        return new Session(session, endpoint, chosen, role, cluster.generation());
    }

    /** The server that has the role and takes new sessions, with the fewest connections, or -1. */
    private int pick(final ClusterSnapshot cluster, final Role role)
    {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < targets.size(); i++)
        {
            final ServerState state = cluster.state(targets.get(i));
            if (state == null || !state.takesNewSessions() || !role.holds(state))
            {
                continue;
            }
            final int n = connections[i].get();
            if (n < fewest)
            {
                fewest = n;
                best = i;
            }
        }
        return best;
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        final Map<String, Object> perServer = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++)
        {
            perServer.put(targets.get(i).name(), connections[i].get());
        }
        return Map.of(
            "router_options", wantMaster ? "master" : wantSlave ? "slave" : "running",
            "sessions", sessions.get(),
            "packets_routed", packetsRouted.get(), // of ended sessions
            "connections", perServer);
    }

    /** One client's connection to its server. */
    private final class Session implements RouterSession
    {
        private final SessionContext session;
        private final Endpoint server;
        private final int index;
        private final Role role;
        private long checkedGeneration;
        private boolean closed;
        private long packets; // added to the shared count when the session ends: no shared write per packet

        Session(final SessionContext session, final Endpoint server, final int index, final Role role,
            final long generation)
        {
            this.session = session;
            this.server = server;
            this.index = index;
            this.role = role;
            this.checkedGeneration = generation;
        }

        // hot path: no allocation (one volatile read; the server's state is checked again only when it changed)
        @Override
        public void routeQuery(final ByteBuffer data, final Query query) throws IOException
        {
            final ClusterSnapshot cluster = service.cluster();
            if (cluster.generation() != checkedGeneration)
            {
                checkedGeneration = cluster.generation();
                final ServerState state = cluster.state(targets.get(index));
                if (state == null || !role.holds(state))
                {
                    // MaxScale closes a readconnroute session whose server lost the role it was chosen for.
                    throw new IOException("server " + targets.get(index).name() + " is no longer "
                        + role.name().toLowerCase(Locale.ROOT) + ": "
                        + (state == null ? "removed" : state.statusText()));
                }
            }
            packets++;
            server.write(data, query);
        }

        // hot path: no allocation
        @Override
        public void clientReply(final Endpoint from, final ByteBuffer data, final Reply reply) throws IOException
        {
            session.writeToClient(data, from, reply);
        }

        @Override
        public boolean handleError(final Endpoint from, final IOException cause)
        {
            return false; // the session's only server is gone
        }

        /**
         * Nothing is queued or awaited here (each packet goes straight to the one server): whether
         * a reply is owed is the protocol's to say, and the core asks it.
         */
        @Override
        public boolean isMovable()
        {
            return !closed;
        }

        @Override
        public void close()
        {
            if (!closed)
            {
                closed = true;
                connections[index].decrementAndGet();
                packetsRouted.addAndGet(packets);
            }
        }
    }
}
