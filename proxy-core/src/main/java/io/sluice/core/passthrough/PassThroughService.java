package io.sluice.core.passthrough;

import io.sluice.core.net.BackPressure;
import io.sluice.core.service.Service;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code router=passthrough}: bytes both ways between each client and one configured server,
 * unchanged. It proves the reactor (workers, pollers, back-pressure, half-close) before any
 * protocol exists, and stays useful for any TCP service.
 */
public final class PassThroughService implements Service
{
    private static final Logger LOG = LoggerFactory.getLogger(PassThroughService.class);

    private final String name;
    private final String serverName;
    private final InetSocketAddress serverAddress;
    private final BackPressure backPressure;
    private final AtomicLong sessionsStarted = new AtomicLong();
    private final AtomicLong connectFailures = new AtomicLong();
    private final AtomicLong sessionsEnded = new AtomicLong();
    private final AtomicLong peakWriteQueueBytes = new AtomicLong();

    public PassThroughService(final String name, final String serverName, final InetSocketAddress serverAddress,
        final BackPressure backPressure)
    {
        this.name = name;
        this.serverName = serverName;
        this.serverAddress = serverAddress;
        this.backPressure = backPressure;
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public void startSession(final Worker worker, final SocketChannel client)
    {
        try
        {
            PassThroughSession.start(this, worker, client);
            sessionsStarted.incrementAndGet();
        }
        catch (final IOException | RuntimeException e)
        {
            LOG.warn("service {}: could not start a session: {}", name, e.toString());
            try
            {
                client.close();
            }
            catch (final IOException ignored)
            {
                // Already failing; the client sees the connection close.
            }
            worker.sessionEnded(null);
        }
    }

    void connectFailed(final IOException cause)
    {
        connectFailures.incrementAndGet();
        LOG.warn("service {}: cannot connect to server {} ({}): {}", name, serverName, serverAddress, cause.getMessage());
    }

    void sessionEnded(final int peakQueueBytes)
    {
        sessionsEnded.incrementAndGet();
        peakWriteQueueBytes.accumulateAndGet(peakQueueBytes, Math::max);
    }

    InetSocketAddress serverAddress()
    {
        return serverAddress;
    }

    BackPressure backPressure()
    {
        return backPressure;
    }

    public long sessionsStarted()
    {
        return sessionsStarted.get();
    }

    public long sessionsEnded()
    {
        return sessionsEnded.get();
    }

    /** The largest write queue any ended session had on either side: bounded by back-pressure. */
    public long peakWriteQueueBytes()
    {
        return peakWriteQueueBytes.get();
    }

    public long connectFailures()
    {
        return connectFailures.get();
    }
}
