package io.sluice.core.session;

import io.sluice.core.module.Endpoint;
import io.sluice.core.module.RouterSession;
import io.sluice.core.module.SessionContext;
import io.sluice.core.module.Target;
import io.sluice.core.net.TcpConnection;
import io.sluice.core.worker.Session;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * One client session driven by a router session: the core's side ({@link SessionContext}).
 * The core does what every router would otherwise repeat: back-pressure in both directions, and
 * ending the session once the client and every endpoint have finished both ways, or at once when
 * the client fails or the router gives up. Worker thread only; the data path allocates nothing.
 */
final class RoutedSession implements Session, SessionContext
{
    private static final Logger LOG = LoggerFactory.getLogger(RoutedSession.class);

    private final RoutedService service;
    private final RoutedService.RouterBinding binding;
    private final Worker worker;
    private final long id;
    private final TcpConnection client;
    private final List<EndpointConnection> endpoints = new ArrayList<>(2);
    private RouterSession router;
    private int endpointsAboveHighWater;
    private boolean ended;

    private RoutedSession(final RoutedService service, final RoutedService.RouterBinding binding, final Worker worker,
        final SocketChannel clientChannel, final long id) throws IOException
    {
        this.service = service;
        this.binding = binding;
        this.worker = worker;
        this.id = id;
        this.client = TcpConnection.accepted(worker, clientChannel, service.backPressure(), new ClientSide());
    }

    static void start(final RoutedService service, final RoutedService.RouterBinding binding, final Worker worker,
        final SocketChannel clientChannel, final long id) throws IOException
    {
        final RoutedSession session = new RoutedSession(service, binding, worker, clientChannel, id);
        try
        {
            session.router = binding.router().newSession(session);
        }
        catch (final IOException | RuntimeException e)
        {
            // No session was counted yet: close what exists and let the service refuse it.
            session.ended = true;
            session.client.close(null);
            for (final EndpointConnection endpoint : session.endpoints)
            {
                endpoint.close();
            }
            throw e;
        }
        worker.sessionStarted(session);
    }

    // ---- SessionContext: what the router calls ----

    @Override
    public long id()
    {
        return id;
    }

    @Override
    public String serviceName()
    {
        return service.name();
    }

    @Override
    public List<Target> targets()
    {
        return service.targets();
    }

    @Override
    public Endpoint connect(final Target target) throws IOException
    {
        final EndpointConnection endpoint = new EndpointConnection(target);
        endpoints.add(endpoint);
        try
        {
            endpoint.connection = TcpConnection.connect(worker, target.address(), service.backPressure(), endpoint);
        }
        catch (final IOException e)
        {
            endpoints.remove(endpoint);
            throw new IOException("cannot connect to server " + target.name() + " (" + target.address() + "): "
                + e.getMessage(), e);
        }
        return endpoint;
    }

    @Override
    public void writeToClient(final ByteBuffer data) throws IOException
    {
        client.write(data);
    }

    @Override
    public void shutdownClientOutputWhenFlushed() throws IOException
    {
        client.shutdownOutputWhenFlushed();
    }

    @Override
    public void close(final String reason)
    {
        end(reason == null ? null : new IOException(reason));
    }

    @Override
    public void terminate(final String reason)
    {
        end(new IOException(reason));
    }

    // ---- the core's bookkeeping ----

    private void end(final IOException cause)
    {
        if (ended)
        {
            return;
        }
        ended = true;
        if (router != null)
        {
            try
            {
                router.close();
            }
            catch (final RuntimeException e)
            {
                LOG.warn("session {}: the router failed while closing: {}", id, e.toString());
            }
        }
        client.close(cause);
        int peak = client.peakPendingWriteBytes();
        for (final EndpointConnection endpoint : endpoints)
        {
            endpoint.close();
            peak = Math.max(peak, endpoint.connection == null ? 0 : endpoint.connection.peakPendingWriteBytes());
        }
        worker.sessionEnded(this);
        service.sessionEnded(binding, peak);
    }

    /** Ends the session once the client and every endpoint are finished in both directions. */
    private void endIfFinished()
    {
        if (ended || !client.isInputEnded() || !client.isOutputShut())
        {
            return;
        }
        for (final EndpointConnection endpoint : endpoints)
        {
            final TcpConnection c = endpoint.connection;
            if (c != null && !c.isClosed() && !(c.isInputEnded() && c.isOutputShut()))
            {
                return;
            }
        }
        end(null);
    }

    private void fail(final Exception e)
    {
        end(e instanceof IOException ? (IOException)e : new IOException(e.toString(), e));
    }

    private void setEndpointsReading(final boolean reading)
    {
        try
        {
            for (final EndpointConnection endpoint : endpoints)
            {
                final TcpConnection c = endpoint.connection;
                if (c != null && !c.isClosed())
                {
                    if (reading)
                    {
                        c.resumeReading();
                    }
                    else
                    {
                        c.pauseReading();
                    }
                }
            }
        }
        catch (final IOException e)
        {
            end(e);
        }
    }

    /** Events of the client connection. */
    private final class ClientSide implements TcpConnection.Handler
    {
        // hot path: no allocation
        @Override
        public void onData(final TcpConnection connection, final ByteBuffer data)
        {
            try
            {
                router.routeQuery(data);
            }
            catch (final IOException | RuntimeException e)
            {
                fail(e);
            }
        }

        @Override
        public void onEndOfStream(final TcpConnection connection)
        {
            try
            {
                if (router.clientEndOfStream())
                {
                    endIfFinished();
                }
                else
                {
                    end(null);
                }
            }
            catch (final IOException | RuntimeException e)
            {
                fail(e);
            }
        }

        @Override
        public void onOutputShutdown(final TcpConnection connection)
        {
            endIfFinished();
        }

        @Override
        public void onWriteQueueHigh(final TcpConnection connection)
        {
            setEndpointsReading(false);
        }

        @Override
        public void onWriteQueueLow(final TcpConnection connection)
        {
            setEndpointsReading(true);
        }

        @Override
        public void onClosed(final TcpConnection connection, final IOException cause)
        {
            end(cause);
        }
    }

    /** One server connection: the router's {@link Endpoint} and the handler of its events. */
    private final class EndpointConnection implements Endpoint, TcpConnection.Handler
    {
        private final Target target;
        private TcpConnection connection;
        private boolean aboveHighWater;

        EndpointConnection(final Target target)
        {
            this.target = target;
        }

        @Override
        public Target target()
        {
            return target;
        }

        // hot path: no allocation
        @Override
        public void write(final ByteBuffer data) throws IOException
        {
            connection.write(data);
        }

        @Override
        public void shutdownOutputWhenFlushed() throws IOException
        {
            connection.shutdownOutputWhenFlushed();
        }

        @Override
        public void close()
        {
            if (connection != null)
            {
                connection.close(null);
            }
        }

        @Override
        public boolean isClosed()
        {
            return connection == null || connection.isClosed();
        }

        // hot path: no allocation
        @Override
        public void onData(final TcpConnection c, final ByteBuffer data)
        {
            try
            {
                router.clientReply(this, data);
            }
            catch (final IOException | RuntimeException e)
            {
                fail(e);
            }
        }

        @Override
        public void onEndOfStream(final TcpConnection c)
        {
            try
            {
                if (router.endpointEndOfStream(this))
                {
                    endIfFinished();
                }
                else
                {
                    connection.close(new IOException("the server closed the connection"));
                }
            }
            catch (final IOException | RuntimeException e)
            {
                fail(e);
            }
        }

        @Override
        public void onOutputShutdown(final TcpConnection c)
        {
            endIfFinished();
        }

        @Override
        public void onWriteQueueHigh(final TcpConnection c)
        {
            aboveHighWater = true;
            if (endpointsAboveHighWater++ == 0)
            {
                try
                {
                    client.pauseReading();
                }
                catch (final IOException e)
                {
                    end(e);
                }
            }
        }

        @Override
        public void onWriteQueueLow(final TcpConnection c)
        {
            releaseHighWater();
        }

        private void releaseHighWater()
        {
            if (aboveHighWater)
            {
                aboveHighWater = false;
                if (--endpointsAboveHighWater == 0 && !ended)
                {
                    try
                    {
                        client.resumeReading();
                    }
                    catch (final IOException e)
                    {
                        end(e);
                    }
                }
            }
        }

        @Override
        public void onClosed(final TcpConnection c, final IOException cause)
        {
            releaseHighWater();
            if (ended)
            {
                return;
            }
            if (cause != null)
            {
                final IOException named = new IOException("server " + target.name() + " (" + target.address() + "): "
                    + cause.getMessage(), cause);
                boolean carryOn;
                try
                {
                    carryOn = router.handleError(this, named);
                }
                catch (final RuntimeException e)
                {
                    carryOn = false;
                }
                if (!carryOn)
                {
                    end(named);
                    return;
                }
            }
            endIfFinished();
        }
    }
}
