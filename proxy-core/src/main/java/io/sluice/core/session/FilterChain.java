package io.sluice.core.session;

import io.sluice.api.Cancellable;
import io.sluice.api.Endpoint;
import io.sluice.api.Filter;
import io.sluice.api.FilterSession;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.Router;
import io.sluice.api.RouterSession;
import io.sluice.api.SessionContext;
import io.sluice.api.SessionHistory;
import io.sluice.api.Target;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A session's filters in front of its router session (MaxScale's filter chain). Seen by the core
 * as the session's {@link RouterSession}: a query goes through the filters in order, then to the
 * router; the router's replies, which it writes with {@link SessionContext#writeToClient} naming the
 * endpoint and {@link Reply} they belong to, go through the filters in reverse order, then to the
 * client. With no filters, {@link #open} returns the router session
 * itself, so an unfiltered service pays nothing.
 *
 * <p>The stages are built once per session; passing a packet allocates nothing (hot path).
 */
final class FilterChain implements RouterSession
{
    private final SessionContext session;
    private final FilterSession[] filters;
    private RouterSession router;

    private FilterChain(final SessionContext session, final int filterCount)
    {
        this.session = session;
        this.filters = new FilterSession[filterCount];
    }

    /** The router session, behind the filters' sessions if the service has filters. */
    static RouterSession open(final List<Filter> filters, final Router router, final SessionContext session)
        throws IOException
    {
        if (filters.isEmpty())
        {
            return router.newSession(session);
        }
        final FilterChain chain = new FilterChain(session, filters.size());
        try
        {
            for (int i = 0; i < filters.size(); i++)
            {
                final int index = i;
                chain.filters[i] = filters.get(i).newSession(session,
                    (data, query) -> chain.routeFrom(index + 1, data, query),
                    (from, data, reply) -> chain.replyFrom(index - 1, from, data, reply));
            }
            chain.router = router.newSession(chain.new RouterSide());
        }
        catch (final IOException | RuntimeException e)
        {
            chain.close();
            throw e;
        }
        return chain;
    }

    // hot path: no allocation
    private void routeFrom(final int stage, final ByteBuffer data, final Query query) throws IOException
    {
        if (stage < filters.length)
        {
            filters[stage].routeQuery(data, query);
        }
        else
        {
            router.routeQuery(data, query);
        }
    }

    // hot path: no allocation
    private void replyFrom(final int stage, final Endpoint from, final ByteBuffer data,
            final Reply info) throws IOException
    {
        if (stage >= 0)
        {
            filters[stage].clientReply(from, data, info);
        }
        else
        {
            session.writeToClient(data, from, info);
        }
    }

    @Override
    public void routeQuery(final ByteBuffer data, final Query query) throws IOException
    {
        routeFrom(0, data, query);
    }

    @Override
    public void clientReply(final Endpoint from, final ByteBuffer data, final Reply info) throws IOException
    {
        router.clientReply(from, data, info);
    }

    @Override
    public boolean handleError(final Endpoint from, final IOException cause)
    {
        return router.handleError(from, cause);
    }

    @Override
    public boolean clientEndOfStream() throws IOException
    {
        return router.clientEndOfStream();
    }

    @Override
    public boolean endpointEndOfStream(final Endpoint from) throws IOException
    {
        return router.endpointEndOfStream(from);
    }

    /** Movable when the router and every filter say so. */
    @Override
    public boolean isMovable()
    {
        for (final FilterSession f : filters)
        {
            if (!f.isMovable())
            {
                return false;
            }
        }
        return router.isMovable();
    }

    @Override
    public void moved()
    {
        for (final FilterSession f : filters)
        {
            f.moved();
        }
        router.moved();
    }

    @Override
    public void close()
    {
        if (router != null)
        {
            router.close();
        }
        for (final FilterSession f : filters)
        {
            if (f != null)
            {
                f.close();
            }
        }
    }

    /** The session as the router sees it: its writes to the client go up through the filters. */
    private final class RouterSide implements SessionContext
    {
        @Override
        public long id()
        {
            return session.id();
        }

        @Override
        public String serviceName()
        {
            return session.serviceName();
        }

        @Override
        public List<Target> targets()
        {
            return session.targets();
        }

        @Override
        public Endpoint connect(final Target target) throws IOException
        {
            return session.connect(target);
        }

        @Override
        public List<Endpoint> endpoints()
        {
            return session.endpoints();
        }

        // hot path: no allocation
        @Override
        public void writeToClient(final ByteBuffer data, final Endpoint from, final Reply reply) throws IOException
        {
            replyFrom(filters.length - 1, from, data, reply);
        }

        @Override
        public void writeErrorToClient(final int code, final String sqlState, final String message) throws IOException
        {
            session.writeErrorToClient(code, sqlState, message);
        }

        @Override
        public SessionHistory history()
        {
            return session.history();
        }

        @Override
        public void execute(final Runnable task)
        {
            session.execute(task);
        }

        @Override
        public Cancellable schedule(final long delayMs, final Runnable task)
        {
            return session.schedule(delayMs, task);
        }

        @Override
        public void shutdownClientOutputWhenFlushed() throws IOException
        {
            session.shutdownClientOutputWhenFlushed();
        }

        @Override
        public void close(final String reason)
        {
            session.close(reason);
        }
    }
}
