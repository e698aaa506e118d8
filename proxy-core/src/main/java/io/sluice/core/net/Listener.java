package io.sluice.core.net;

import io.sluice.core.poll.IoHandler;
import io.sluice.core.poll.Poller;
import io.sluice.core.worker.Worker;
import io.sluice.core.worker.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code type=listener}: one listening socket, accepted on one worker (the acceptor) and handed
 * to the worker the pool picks, through that worker's inbox. A single acceptor, rather than one
 * SO_REUSEPORT socket per worker, lets Sluice choose where each session goes.
 *
 * <p>If accepting fails (for example EMFILE), accepting pauses for {@link #ACCEPT_RETRY_MS} rather
 * than spinning on a socket that stays readable.
 */
public final class Listener implements IoHandler
{
    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);
    private static final int ACCEPTS_PER_EVENT = 64;
    private static final int BACKLOG = 1024;
    static final long ACCEPT_RETRY_MS = 100;

    private final String name;
    private final ClientHandoff service;
    private final WorkerPool pool;
    private final Worker acceptor;
    private final ServerSocketChannel channel;
    private final InetSocketAddress boundAddress;
    private final AtomicLong accepted = new AtomicLong();
    private long token;
    private volatile boolean closed;

    private Listener(final String name, final ClientHandoff service, final WorkerPool pool,
            final ServerSocketChannel channel)
        throws IOException
    {
        this.name = name;
        this.service = service;
        this.pool = pool;
        this.acceptor = pool.worker(0);
        this.channel = channel;
        this.boundAddress = (InetSocketAddress)channel.getLocalAddress();
    }

    /**
     * Binds now (so a port in use fails startup with a clear message) and starts accepting on the
     * acceptor worker. Not from a worker thread.
     */
    public static Listener open(final String name, final InetSocketAddress address, final ClientHandoff service,
        final WorkerPool pool) throws IOException
    {
        final ServerSocketChannel channel = ServerSocketChannel.open();
        try
        {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address, BACKLOG);
            channel.configureBlocking(false);
        }
        catch (final IOException e)
        {
            channel.close();
            throw new IOException("listener " + name + ": cannot listen on " + address + ": " + e.getMessage(), e);
        }
        final Listener listener = new Listener(name, service, pool, channel);
        final IOException[] failure = new IOException[1];
        try
        {
            final boolean ran = listener.acceptor.executeAndWait(() ->
            {
                try
                {
                    listener.token = listener.acceptor.poller().register(channel, Poller.READ, listener);
                }
                catch (final IOException e)
                {
                    failure[0] = e;
                }
            }, 10_000);
            if (!ran)
            {
                throw new IOException("listener " + name + ": the acceptor worker did not respond");
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IOException("listener " + name + ": interrupted while starting", e);
        }
        if (failure[0] != null)
        {
            channel.close();
            throw failure[0];
        }
        LOG.info("listener {} on {} serves service {}", name, listener.boundAddress, service.name());
        return listener;
    }

    @Override
    public void onReady(final int readyFlags)
    {
        for (int i = 0; i < ACCEPTS_PER_EVENT && !closed; i++)
        {
            final SocketChannel client;
            try
            {
                client = channel.accept();
            }
            catch (final IOException e)
            {
                LOG.error("listener {}: accept failed, pausing {} ms: {}", name, ACCEPT_RETRY_MS, e.getMessage());
                pauseAccepting();
                return;
            }
            if (client == null)
            {
                return;
            }
            accepted.incrementAndGet();
            acceptor.ioCounters().onAccept();
            handOver(client);
        }
    }

    private void handOver(final SocketChannel client)
    {
        final Worker target = pool.placeSession();
        if (target == acceptor)
        {
            service.startSession(target, client);
        }
        else
        {
            target.execute(() -> service.startSession(target, client));
        }
    }

    private void pauseAccepting()
    {
        try
        {
            acceptor.poller().setInterest(token, 0);
            acceptor.schedule(TimeUnit.MILLISECONDS.toNanos(ACCEPT_RETRY_MS), () ->
            {
                try
                {
                    if (!closed)
                    {
                        acceptor.poller().setInterest(token, Poller.READ);
                    }
                }
                catch (final IOException e)
                {
                    LOG.error("listener {}: cannot resume accepting: {}", name, e.getMessage());
                }
            });
        }
        catch (final IOException e)
        {
            LOG.error("listener {}: cannot pause accepting: {}", name, e.getMessage());
        }
    }

    /** Stops accepting and closes the socket. Any thread; returns once the socket is closed. */
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            acceptor.executeAndWait(() ->
            {
                acceptor.poller().deregister(token);
                try
                {
                    channel.close();
                }
                catch (final IOException e)
                {
                    LOG.debug("listener {}: close failed: {}", name, e.getMessage());
                }
            }, 5_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    public String name()
    {
        return name;
    }

    /** The address actually bound (port 0 resolved). */
    public InetSocketAddress address()
    {
        return boundAddress;
    }

    public long acceptedCount()
    {
        return accepted.get();
    }
}
