package io.sluice.core.session;

import io.sluice.api.BackendContext;
import io.sluice.api.Cancellable;
import io.sluice.api.BackendProtocol;
import io.sluice.api.ClientContext;
import io.sluice.api.ClientProtocol;
import io.sluice.api.Endpoint;
import io.sluice.api.HistoryMismatchException;
import io.sluice.api.ServerNotReachedException;
import io.sluice.api.Protocol;
import io.sluice.api.Query;
import io.sluice.api.Reply;
import io.sluice.api.RouterSession;
import io.sluice.api.ServiceContext;
import io.sluice.api.SessionContext;
import io.sluice.api.SessionHistory;
import io.sluice.api.Target;
import io.sluice.core.net.TcpConnection;
import io.sluice.core.tls.TlsConfig;
import io.sluice.core.worker.IoActivity;
import io.sluice.core.worker.Resident;
import io.sluice.core.worker.ServerTraffic;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One client session: the client connection, its protocol's client side, the router session
 * (opened once the protocol has authenticated the client) and the server connections the router
 * opens, each with its protocol's backend side.
 *
 * <pre>
 * client bytes -> ClientProtocol.onData -> routeQuery -> RouterSession.routeQuery -> Endpoint.write
 *   -> BackendProtocol.write -> server;   server bytes -> BackendProtocol.onData -> reply
 *   -> RouterSession.clientReply -> writeToClient -> ClientProtocol.writeToClient -> client
 * </pre>
 *
 * The core does what every router would otherwise repeat: back-pressure in both directions, and
 * ending the session once the client and every endpoint have finished both ways, or at once when
 * the client fails or the router gives up. Worker thread only; the data path allocates nothing.
 *
 * <p>Rebalancing may move the session to another worker between event batches ({@link #moveTo}):
 * its connections leave the old worker's poller and join the new one's, and from then on everything
 * runs there. Tasks posted to the old worker meanwhile follow it ({@link OnOwner}); a session with a
 * timer pending ({@link #schedule}) does not move.
 */
final class RoutedSession implements Resident, SessionContext, ClientContext
{
    private static final Logger LOG = LoggerFactory.getLogger(RoutedSession.class);
    /** How long a failed session's client connection may take to receive what is still queued for it. */
    private static final long CLOSE_LINGER_NS = TimeUnit.SECONDS.toNanos(10);

    private final RoutedService service;
    private final RoutedService.RouterBinding binding;
    private final Protocol protocol;
    private final TlsConfig.Listener listenerTls;
    /** The owner: changes when the session moves; read by other threads to reach it. */
    private volatile Worker worker;
    /** Between leaving the old worker and being adopted by the new one. */
    private volatile boolean moving;
    /** Timers of the router or protocol not yet run or cancelled: the session does not move while any is. */
    private int pendingTimers;
    private final IoActivity activity = new IoActivity();
    private final long id;
    private final TcpConnection client;
    private final InetSocketAddress remoteAddress;
    private final List<EndpointConnection> endpoints = new ArrayList<>(2);
    private final List<Endpoint> endpointsView = Collections.unmodifiableList(endpoints);
    private ClientProtocol clientProtocol;
    private RouterSession router;
    private int endpointsAboveHighWater;
    private boolean ended;
    private boolean terminating;
    // The periodic check's view of the client (tick): when it last saw bytes arrive
    private final long startedNs;
    private long bytesReadAtTick;
    private long progressNs;
    /** The client's commands routed so far. Worker thread only: {@link #info()} reads it there too. */
    private long queries;

    private RoutedSession(final RoutedService service, final RoutedService.RouterBinding binding,
        final Protocol protocol, final TlsConfig.Listener listenerTls, final Worker worker,
        final SocketChannel clientChannel, final long id) throws IOException
    {
        this.service = service;
        this.binding = binding;
        this.protocol = protocol;
        this.listenerTls = listenerTls;
        this.worker = worker;
        this.id = id;
        this.remoteAddress = (InetSocketAddress)clientChannel.getRemoteAddress();
        this.client = TcpConnection.accepted(worker, clientChannel, service.backPressure(), new ClientSide());
        this.startedNs = System.nanoTime();
        this.progressNs = startedNs;
    }

    static void start(final RoutedService service, final RoutedService.RouterBinding binding, final Protocol protocol,
        final TlsConfig.Listener listenerTls, final Worker worker, final SocketChannel clientChannel, final long id)
        throws IOException
    {
        final RoutedSession session = new RoutedSession(service, binding, protocol, listenerTls, worker, clientChannel,
            id);
        try
        {
            session.clientProtocol = protocol.newClient(session);
            session.clientProtocol.start();
        }
        catch (final IOException | RuntimeException e)
        {
            // No session was counted yet: close what exists and let the service refuse it.
            session.ended = true;
            session.closeRouter();
            session.client.close(null);
            for (final EndpointConnection endpoint : session.endpoints)
            {
                endpoint.close();
            }
            throw e;
        }
        worker.sessionStarted(session);
        if (!session.ended)
        {
            SessionRegistry.started(session);
        }
    }

    // ---- ClientContext: what the client protocol calls ----

    @Override
    public long sessionId()
    {
        return id;
    }

    @Override
    public ServiceContext service()
    {
        return service;
    }

    @Override
    public InetSocketAddress remoteAddress()
    {
        return remoteAddress;
    }

    @Override
    public void write(final ByteBuffer data) throws IOException
    {
        client.write(data);
    }

    @Override
    public boolean tlsAvailable()
    {
        return listenerTls.settings() != null;
    }

    @Override
    public boolean tlsRequired()
    {
        return listenerTls.required();
    }

    @Override
    public void startTls() throws IOException
    {
        if (listenerTls.settings() == null)
        {
            throw new IOException("the listener has no TLS (ssl=false)");
        }
        client.startTls(listenerTls.settings().newEngine(remoteAddress.getHostString(), remoteAddress.getPort()));
    }

    @Override
    public boolean isTls()
    {
        return client.isTls();
    }

    @Override
    public void startRouting() throws IOException
    {
        if (router != null)
        {
            throw new IllegalStateException("session " + id + " is already routing");
        }
        router = FilterChain.open(binding.filters(), binding.router(), this);
    }

    @Override
    public boolean isRouting()
    {
        return router != null;
    }

    // hot path: no allocation
    @Override
    public void routeQuery(final ByteBuffer data, final Query query) throws IOException
    {
        if (query.command() != Query.NO_COMMAND && !query.isContinuation() && !query.isLoadData())
        {
            queries++;
        }
        router.routeQuery(data, query);
    }

    @Override
    public void pauseReading() throws IOException
    {
        client.pauseReading();
    }

    @Override
    public void resumeReading() throws IOException
    {
        if (endpointsAboveHighWater == 0)
        {
            client.resumeReading();
        }
    }

    @Override
    public void execute(final Runnable task)
    {
        worker.execute(new OnOwner(() ->
        {
            if (!ended)
            {
                task.run();
            }
        }));
    }

    @Override
    public Cancellable schedule(final long delayMs, final Runnable task)
    {
        final SessionTimer timer = new SessionTimer(task);
        final var scheduled = worker.schedule(TimeUnit.MILLISECONDS.toNanos(delayMs), timer);
        timer.scheduled = scheduled::cancel;
        pendingTimers++;
        return timer;
    }

    /** A timer of the router or protocol: counted while pending, so that the session does not move meanwhile. */
    private final class SessionTimer implements Runnable, Cancellable
    {
        private final Runnable task;
        private Cancellable scheduled;
        private boolean done;

        SessionTimer(final Runnable task)
        {
            this.task = task;
        }

        @Override
        public void run()
        {
            if (done)
            {
                return;
            }
            done = true;
            pendingTimers--;
            if (!ended)
            {
                task.run();
            }
        }

        @Override
        public void cancel()
        {
            if (!done)
            {
                done = true;
                pendingTimers--;
                scheduled.cancel();
            }
        }
    }

    /**
     * Runs the task on the worker that owns the session when it runs (see {@link OnOwner}), even if the
     * session has ended by then (the task looks). Any thread: how other threads reach a session that
     * may be moving between workers.
     */
    void runOnOwner(final Runnable task)
    {
        worker.execute(new OnOwner(task));
    }

    /** The worker that owns the session now. Its thread (any other thread may see an older one). */
    Worker owner()
    {
        return worker;
    }

    /** True once the session has ended. The owner's thread. */
    boolean hasEnded()
    {
        return ended;
    }

    /**
     * A task for this session's worker that runs on whichever worker owns the session when it runs:
     * posted to a worker the session has left since (or to its new one before the hand-over arrived),
     * it is passed on to the owner, behind the hand-over.
     */
    private final class OnOwner implements Runnable
    {
        private final Runnable task;

        OnOwner(final Runnable task)
        {
            this.task = task;
        }

        @Override
        public void run()
        {
            final Worker owner = worker;
            if (moving || !owner.inWorkerThread())
            {
                owner.execute(this);
                return;
            }
            task.run();
        }
    }

    @Override
    public <T> void withSession(final long sessionId, final Function<ClientProtocol, T> task,
        final Consumer<T> whenDone)
    {
        final RoutedSession other = SessionRegistry.find(sessionId);
        if (other == null)
        {
            execute(() -> whenDone.accept(null));
            return;
        }
        other.worker.execute(other.new OnOwner(() ->
        {
            T result = null;
            if (!other.ended)
            {
                try
                {
                    result = task.apply(other.clientProtocol);
                }
                catch (final RuntimeException e)
                {
                    LOG.warn("session {}: a task of session {} failed on it: {}", sessionId, id, e.toString());
                }
            }
            final T outcome = result;
            execute(() -> whenDone.accept(outcome));
        }));
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
        final EndpointConnection endpoint = new EndpointConnection(target, worker.serverTraffic().of(target.name()));
        endpoints.add(endpoint);
        try
        {
            endpoint.backend = protocol.newBackend(endpoint, clientProtocol);
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
    public List<Endpoint> endpoints()
    {
        return endpointsView;
    }

    // hot path: no allocation
    @Override
    public void writeToClient(final ByteBuffer data, final Endpoint from, final Reply reply) throws IOException
    {
        clientProtocol.writeToClient(data, reply);
    }

    @Override
    public void writeErrorToClient(final int code, final String sqlState, final String message) throws IOException
    {
        clientProtocol.writeError(code, sqlState, message);
    }

    @Override
    public SessionHistory history()
    {
        return clientProtocol.history();
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
        terminating = true;
        end(new IOException(reason));
    }

    @Override
    public Info info()
    {
        final List<String> servers = new ArrayList<>(endpoints.size());
        for (final EndpointConnection endpoint : endpoints)
        {
            if (!endpoint.isClosed())
            {
                servers.add(endpoint.target().name());
            }
        }
        return new Info(id, service.name(), remoteAddress, clientProtocol == null ? null : clientProtocol.user(),
            servers, startedNs, queries);
    }

    // ---- moving to another worker (rebalancing) ----

    /**
     * Nothing of the session is in flight: routing, no timer pending, no back-pressure, every
     * connection connected, open both ways with nothing queued or held, and the protocol (client
     * side and every server connection) and the router (behind the filters) say so.
     */
    @Override
    public boolean isMovable()
    {
        if (ended || terminating || moving || router == null || pendingTimers != 0 || endpointsAboveHighWater != 0
            || !client.isMovable() || !clientProtocol.isMovable())
        {
            return false;
        }
        for (final EndpointConnection endpoint : endpoints)
        {
            if (endpoint.connection == null || !endpoint.connection.isMovable() || endpoint.backend == null
                || !endpoint.backend.isMovable())
            {
                return false;
            }
        }
        return router.isMovable();
    }

    @Override
    public long ioActivity()
    {
        return activity.activity();
    }

    @Override
    public void moveTo(final Worker recipient)
    {
        if (!isMovable())
        {
            throw new IllegalStateException("session " + id + " cannot move now");
        }
        client.detach();
        for (final EndpointConnection endpoint : endpoints)
        {
            endpoint.connection.detach();
        }
        moving = true;
        worker.residentLeft(this, recipient);
        worker = recipient;
        recipient.execute(this::arrive);
    }

    /** On the new worker: its poller reports the connections (what waits in the kernel at once), its timers tick it. */
    private void arrive()
    {
        final Worker owner = worker;
        owner.residentArrived(this);
        try
        {
            client.attach(owner);
            for (final EndpointConnection endpoint : endpoints)
            {
                endpoint.connection.attach(owner);
                endpoint.traffic = owner.serverTraffic().of(endpoint.target().name());
            }
            router.moved();
        }
        catch (final IOException | RuntimeException e)
        {
            moving = false;
            LOG.warn("session {}: moving to {} failed: {}", id, owner.name(), e.toString());
            end(e instanceof IOException ? (IOException)e : new IOException(e.toString(), e));
            return;
        }
        moving = false;
    }

    // ---- timeouts: the worker's periodic check, no timer per session or packet ----

    /**
     * Closes a client that has not logged in within connect_timeout, or that has left a packet
     * unfinished and sent nothing for net_read_timeout (while Sluice reads from it: a client whose
     * reading is paused is not waited on). Progress is the client's byte count changing between two
     * ticks, so a timeout fires between its length and its length plus one tick after the last byte.
     */
    @Override
    public void tick(final long nowNs)
    {
        if (ended)
        {
            return;
        }
        activity.tick();
        final long read = client.bytesRead();
        if (read != bytesReadAtTick || client.isReadPaused())
        {
            bytesReadAtTick = read;
            progressNs = nowNs;
        }
        final long connectTimeoutNs = service.connectTimeoutNs();
        if (router == null && connectTimeoutNs > 0 && nowNs - startedNs - connectTimeoutNs >= 0)
        {
            timeOut("no login within connect_timeout (" + TimeUnit.NANOSECONDS.toMillis(connectTimeoutNs) + " ms)");
            return;
        }
        final long netReadTimeoutNs = service.netReadTimeoutNs();
        if (netReadTimeoutNs > 0 && nowNs - progressNs - netReadTimeoutNs >= 0 && clientProtocol.isReadIncomplete())
        {
            timeOut("Got timeout reading communication packets: part of a packet, then nothing for net_read_timeout ("
                + TimeUnit.NANOSECONDS.toMillis(netReadTimeoutNs) + " ms)");
        }
    }

    /**
     * As the server does on its timeouts: nothing more is sent to the client (no error it would not
     * read), its connection closes, and with it the session and its server connections.
     */
    private void timeOut(final String reason)
    {
        LOG.warn("session {}: client {} disconnected: {}", id, remoteAddress, reason);
        client.close(new IOException(reason));
    }

    // ---- the core's bookkeeping ----

    private void end(final IOException cause)
    {
        if (ended)
        {
            return;
        }
        ended = true;
        if (clientProtocol != null && !client.isClosed() && !client.isOutputShut())
        {
            try
            {
                clientProtocol.sessionClosing(cause == null ? null : cause.getMessage());
            }
            catch (final RuntimeException e)
            {
                LOG.warn("session {}: the protocol failed while closing: {}", id, e.toString());
            }
        }
        closeRouter();
        final boolean clientGone = client.isInputEnded() || client.isClosed();
        closeClient(cause);
        int peak = client.peakPendingWriteBytes();
        // ended is set: closing an endpoint no longer removes it from the list being walked
        for (final EndpointConnection endpoint : endpoints)
        {
            endpoint.closing(clientGone);
            endpoint.close();
            peak = Math.max(peak, endpoint.connection == null ? 0 : endpoint.connection.peakPendingWriteBytes());
        }
        SessionRegistry.ended(this);
        worker.sessionEnded(this);
        service.sessionEnded(binding, peak);
    }

    /**
     * Closes the client connection. After a failure, what is still queued for the client (the
     * servers' last bytes and the protocol's error in place of the rest) is flushed first, for at
     * most {@link #CLOSE_LINGER_NS}: closing at once would cut the client off mid-packet.
     */
    private void closeClient(final IOException cause)
    {
        if (cause == null || terminating || client.isClosed() || client.isOutputShut()
                || client.pendingWriteBytes() == 0)
        {
            client.close(cause);
            return;
        }
        try
        {
            client.pauseReading();
            client.shutdownOutputWhenFlushed(); // ClientSide.onOutputShutdown closes it then
        }
        catch (final IOException e)
        {
            client.close(cause);
            return;
        }
        worker.schedule(CLOSE_LINGER_NS, () -> client.close(cause));
    }

    private void closeRouter()
    {
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
        if (!ended)
        {
            LOG.warn("session {} closed: {}", id, e.toString());
        }
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
            activity.onIo();
            try
            {
                clientProtocol.onData(data);
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
                if (router != null && router.clientEndOfStream())
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
            if (ended)
            {
                client.close(null); // a failed session's last bytes were flushed (closeClient)
                return;
            }
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

    /** One server connection: the router's {@link Endpoint}, the protocol's context and the handler of its events. */
    private final class EndpointConnection implements Endpoint, BackendContext, TcpConnection.Handler
    {
        private final Target target;
        /** The owner worker's counters for this server (single writer): taken anew when the session moves. */
        private ServerTraffic.Counters traffic;
        private final ResponseClock clock = new ResponseClock();
        private TcpConnection connection;
        private BackendProtocol backend;
        private boolean aboveHighWater;
        private String failure;
        private IOException failureCause;
        /** The protocol was ready once: what the router wrote may have reached the server since. */
        private boolean becameReady;

        EndpointConnection(final Target target, final ServerTraffic.Counters traffic)
        {
            this.target = target;
            this.traffic = traffic;
        }

        @Override
        public Target target()
        {
            return target;
        }

        @Override
        public long sessionId()
        {
            return id;
        }

        // ---- Endpoint: the router's side ----

        // hot path: no allocation
        @Override
        public void write(final ByteBuffer data, final Query query) throws IOException
        {
            traffic.packetRouted();
            if (query.expectsResponse() && !query.isContinuation() && !query.isLoadData())
            {
                clock.sent(System.nanoTime());
            }
            backend.write(data, query);
        }

        @Override
        public void shutdownOutputWhenFlushed() throws IOException
        {
            connection.shutdownOutputWhenFlushed();
        }

        @Override
        public boolean isReady()
        {
            return backend != null && !isClosed() && backend.isReady();
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

        void closing(final boolean clientGone)
        {
            if (backend != null && !isClosed())
            {
                try
                {
                    backend.closing(clientGone);
                }
                catch (final RuntimeException e)
                {
                    LOG.warn("session {}: the protocol failed while closing server {}: {}", id,
                            target.name(), e.toString());
                }
            }
        }

        // ---- BackendContext: the protocol's side ----

        // hot path: no allocation
        @Override
        public void writeToServer(final ByteBuffer data) throws IOException
        {
            connection.write(data);
        }

        @Override
        public void startTls() throws IOException
        {
            if (target.tls() == null)
            {
                throw new IOException("server " + target.name() + " has no TLS settings (ssl=false)");
            }
            connection.startTls(target.tls().newEngine(target.address().getHostString(), target.address().getPort()));
        }

        // hot path: no allocation
        @Override
        public void reply(final ByteBuffer data, final Reply reply) throws IOException
        {
            if (reply.isComplete())
            {
                traffic.responseDone(clock.completed(System.nanoTime()));
            }
            router.clientReply(this, data, reply);
        }

        @Override
        public void fail(final String reason)
        {
            fail(new IOException(reason));
        }

        @Override
        public void fail(final IOException cause)
        {
            failure = cause.getMessage();
            failureCause = cause;
            if (connection != null)
            {
                connection.close(cause);
            }
        }

        /** The failure as the router is told it: named after the server, of the protocol's type. */
        private IOException namedFailure(final IOException cause)
        {
            final String message = "server " + target.name() + " (" + target.address() + "): "
                + (failure != null ? failure : cause.getMessage());
            if (failureCause instanceof HistoryMismatchException)
            {
                return new HistoryMismatchException(message);
            }
            return becameReady ? new IOException(message, cause) : new ServerNotReachedException(message, cause);
        }

        // ---- TcpConnection.Handler: the server connection's events ----

        // hot path: no allocation
        @Override
        public void onData(final TcpConnection c, final ByteBuffer data)
        {
            activity.onIo();
            try
            {
                backend.onData(data);
                if (!becameReady)
                {
                    becameReady = backend.isReady(); // logged in, history replayed: statements go out now
                }
            }
            catch (final IOException | RuntimeException e)
            {
                RoutedSession.this.fail(e);
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
                RoutedSession.this.fail(e);
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
            endpoints.remove(this); // a long session that reconnects servers must not pile up closed ones
            if (cause != null)
            {
                final IOException named = namedFailure(cause);
                boolean carryOn;
                try
                {
                    carryOn = router.handleError(this, named);
                }
                catch (final RuntimeException e)
                {
                    LOG.warn("session {}: the router failed handling the loss of {}", id, target.name(), e);
                    carryOn = false;
                }
                if (!carryOn)
                {
                    LOG.warn("session {}: lost {}; the session closes", id, named.getMessage());
                    end(named);
                    return;
                }
                LOG.info("session {}: lost {}; the router carries on without it", id, named.getMessage());
            }
            endIfFinished();
        }
    }
}
