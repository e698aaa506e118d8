package io.sluice.plugins.passthrough;

import io.sluice.api.Endpoint;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.Router;
import io.sluice.api.RouterSession;
import io.sluice.api.ServiceContext;
import io.sluice.api.SessionContext;
import io.sluice.api.Target;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The router instance of one passthrough service: each session connects to the service's one
 * server and passes bytes both ways, unchanged; a FIN from either side is passed on after what
 * came before it. It proves the whole module path (jar, class loader, router API, core sessions)
 * before any protocol exists. Thread-safe (counters only).
 */
final class PassThroughRouter implements Router
{
    private final Target target;
    private final String version;
    private final AtomicLong sessions = new AtomicLong();

    PassThroughRouter(final ServiceContext service)
    {
        if (service.targets().size() != 1)
        {
            throw new IllegalArgumentException("router passthrough needs exactly one server in 'servers', got "
                + service.targets().size());
        }
        this.target = service.targets().get(0);
        this.version = io.sluice.api.ModuleVersions.of(PassThroughModule.class);
    }

    @Override
    public RouterSession newSession(final SessionContext session) throws IOException
    {
        final Endpoint server = session.connect(target);
        sessions.incrementAndGet();
        return new Session(session, server);
    }

    @Override
    public Map<String, Object> diagnostics()
    {
        return Map.of("server", target.name(), "sessions", sessions.get(), "version", version);
    }

    /** One client and its server. Worker thread only; allocates nothing per call. */
    private static final class Session implements RouterSession
    {
        private final SessionContext session;
        private final Endpoint server;

        Session(final SessionContext session, final Endpoint server)
        {
            this.session = session;
            this.server = server;
        }

        // hot path: no allocation
        @Override
        public void routeQuery(final ByteBuffer data, final Query query) throws IOException
        {
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
            return false; // one server: without it the session is over
        }

        /** Nothing is kept here: what the session owes is in its connections and its protocol, which the core asks. */
        @Override
        public boolean isMovable()
        {
            return true;
        }

        /** TCP half-close: pass the FIN on after what came before it, keep the other direction. */
        @Override
        public boolean clientEndOfStream() throws IOException
        {
            server.shutdownOutputWhenFlushed();
            return true;
        }

        @Override
        public boolean endpointEndOfStream(final Endpoint from) throws IOException
        {
            session.shutdownClientOutputWhenFlushed();
            return true;
        }
    }
}
