package io.sluice.core.launcher;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.GlobalConfig;
import io.sluice.core.config.ListenerConfig;
import io.sluice.core.config.ServerConfig;
import io.sluice.core.config.ServiceConfig;
import io.sluice.core.config.SluiceConfig;
import io.sluice.core.net.BackPressure;
import io.sluice.core.net.Listener;
import io.sluice.core.passthrough.PassThroughService;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.service.Service;
import io.sluice.core.worker.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A running Sluice: the worker pool, the services and the listeners of one configuration.
 * {@link #start} either brings everything up or closes what it opened and throws.
 */
public final class Sluice
{
    private static final Logger LOG = LoggerFactory.getLogger(Sluice.class);

    private final SluiceConfig config;
    private final WorkerPool pool;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final List<Listener> listeners = new ArrayList<>();
    private volatile boolean stopped;

    private Sluice(final SluiceConfig config, final WorkerPool pool)
    {
        this.config = config;
        this.pool = pool;
    }

    /** Starts workers, services and listeners. */
    public static Sluice start(final SluiceConfig config) throws ConfigException, IOException
    {
        final GlobalConfig global = config.global();
        final int threads = global.threads(Runtime.getRuntime().availableProcessors());
        final PollerKind poller = PollerKind.valueOf(global.poller().name());
        final BackPressure backPressure = backPressure(config);
        final WorkerPool pool = new WorkerPool(threads, poller, global.loadPeriod().toNanos()).start();
        final Sluice sluice = new Sluice(config, pool);
        try
        {
            for (final ServiceConfig service : config.services().values())
            {
                sluice.services.put(service.name(), newService(config, service, backPressure));
            }
            for (final ListenerConfig listener : config.listeners().values())
            {
                final InetSocketAddress address = new InetSocketAddress(listener.address(), listener.port());
                sluice.listeners.add(Listener.open(listener.name(), address, sluice.services.get(listener.service().name()), pool));
            }
        }
        catch (final ConfigException | IOException | RuntimeException e)
        {
            sluice.shutdown(0);
            throw e;
        }
        return sluice;
    }

    private static BackPressure backPressure(final SluiceConfig config) throws ConfigException
    {
        final GlobalConfig global = config.global();
        try
        {
            return new BackPressure(global.writeqHighWater(), global.writeqLowWater());
        }
        catch (final IllegalArgumentException e)
        {
            throw new ConfigException(config.file(), global.params().line("writeq_low_water"), e.getMessage());
        }
    }

    private static Service newService(final SluiceConfig config, final ServiceConfig service, final BackPressure backPressure)
        throws ConfigException
    {
        if (!BuiltInModules.PASSTHROUGH.equals(service.router()))
        {
            throw new ConfigException(config.file(), service.params().line("router"),
                "service " + service.name() + ": router '" + service.router() + "' is not available");
        }
        if (service.servers().size() != 1)
        {
            throw new ConfigException(config.file(), service.params().line("servers"),
                "service " + service.name() + ": router passthrough needs exactly one server in 'servers', got "
                    + service.servers().size());
        }
        final ServerConfig server = service.servers().get(0);
        return new PassThroughService(service.name(), server.name(),
            new InetSocketAddress(server.address(), server.port()), backPressure);
    }

    /**
     * Graceful shutdown: stop accepting, let sessions finish for up to timeoutMs, then close the
     * rest and stop the workers. Idempotent.
     */
    public synchronized void shutdown(final long timeoutMs)
    {
        if (stopped)
        {
            return;
        }
        stopped = true;
        for (final Listener listener : listeners)
        {
            listener.close();
        }
        try
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            int left;
            while ((left = pool.totalSessions()) > 0 && System.nanoTime() - deadlineNs < 0)
            {
                Thread.sleep(20);
            }
            if (left > 0)
            {
                LOG.info("closing {} sessions still open after {} ms", left, timeoutMs);
                pool.runOnAll(w -> w.terminateSessions("Sluice is shutting down"), 5_000);
            }
            pool.stop(5_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
        LOG.info("Sluice stopped");
    }

    public WorkerPool pool()
    {
        return pool;
    }

    public List<Listener> listeners()
    {
        return List.copyOf(listeners);
    }

    public Map<String, Service> services()
    {
        return Map.copyOf(services);
    }

    public SluiceConfig config()
    {
        return config;
    }
}
