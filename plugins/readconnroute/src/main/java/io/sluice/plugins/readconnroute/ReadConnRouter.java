package io.sluice.plugins.readconnroute;

import io.sluice.core.module.Endpoint;
import io.sluice.core.module.Reply;
import io.sluice.core.module.Router;
import io.sluice.core.module.RouterSession;
import io.sluice.core.module.ServiceContext;
import io.sluice.core.module.SessionContext;
import io.sluice.core.module.Target;

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

    private final List<Target> targets;
    private final AtomicInteger[] connections;
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong packetsRouted = new AtomicLong();
    private final boolean wantMaster;
    private final boolean wantSlave;

    ReadConnRouter(final ServiceContext service)
    {
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
        final int chosen = choose();
        if (chosen < 0)
        {
            throw new IOException("no server with role " + (wantMaster ? "master" : "slave") + " is available");
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
        return new Session(session, endpoint, chosen);
    }

    /** The matching server with the fewest connections, or -1. */
    private int choose()
    {
        int best = pick(wantMaster ? "master" : wantSlave ? "slave" : null);
        if (best < 0 && wantSlave && !wantMaster)
        {
            best = pick("master");
        }
        return best;
    }

    private int pick(final String role)
    {
        int best = -1;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < targets.size(); i++)
        {
            if (role != null && !targets.get(i).role().equals(role))
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
        private boolean closed;
        private long packets; // added to the shared count when the session ends: no shared write per packet

        Session(final SessionContext session, final Endpoint server, final int index)
        {
            this.session = session;
            this.server = server;
            this.index = index;
        }

        // hot path: no allocation
        @Override
        public void routeQuery(final ByteBuffer data) throws IOException
        {
            packets++;
            server.write(data);
        }

        // hot path: no allocation
        @Override
        public void clientReply(final Endpoint from, final ByteBuffer data, final Reply reply) throws IOException
        {
            session.writeToClient(data);
        }

        @Override
        public boolean handleError(final Endpoint from, final IOException cause)
        {
            return false; // the session's only server is gone
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
