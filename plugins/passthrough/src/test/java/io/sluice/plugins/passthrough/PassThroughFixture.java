package io.sluice.plugins.passthrough;

import io.sluice.core.config.SectionValidator;

import io.sluice.core.config.ConfigException;
import io.sluice.core.config.IniSection;
import io.sluice.api.config.SectionSpec;
import io.sluice.api.Target;
import io.sluice.core.net.BackPressure;
import io.sluice.core.net.Listener;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.plugins.ModuleUsage;
import io.sluice.core.monitor.ClusterState;
import io.sluice.core.session.RoutedService;
import io.sluice.core.worker.WorkerPool;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * An echo server with a Sluice service in front of it whose router is the passthrough module
 * (taken straight from its provider, as the plugin loader would), on loopback; closes all of it.
 */
final class PassThroughFixture implements AutoCloseable
{
    final EchoServer echo;
    final WorkerPool pool;
    final RoutedService service;
    final Listener listener;

    PassThroughFixture(final PollerKind kind, final int threads, final long loadPeriodNs) throws IOException
    {
        this(kind, threads, loadPeriodNs, List.of());
    }

    /** With a filter chain in front of the router. */
    PassThroughFixture(final PollerKind kind, final int threads, final long loadPeriodNs,
        final List<RoutedService.FilterBinding> filters) throws IOException
    {
        echo = new EchoServer();
        WorkerPool started = null;
        try
        {
            started = new WorkerPool(threads, kind, loadPeriodNs).start();
            final List<Target> targets = List.of(new Target("echo", echo.address()));
            service = new RoutedService("echo-service", noParams(), noParams(), targets, ClusterState.of(targets),
                BackPressure.DEFAULT);
            service.useFilters(filters);
            service.useRouter(new PassThroughModule().module(), ModuleUsage.NONE);
            listener = Listener.open("echo-listener", new InetSocketAddress("127.0.0.1", 0), service, started);
        }
        catch (final IOException | RuntimeException e)
        {
            if (started != null)
            {
                stopQuietly(started);
            }
            echo.close();
            throw e;
        }
        pool = started;
    }

    private static io.sluice.api.config.Params noParams()
    {
        try
        {
            return SectionValidator.validate(SectionSpec.EMPTY, "test", new IniSection("echo-service", 1, List.of()));
        }
        catch (final ConfigException e)
        {
            throw new AssertionError(e);
        }
    }

    InetSocketAddress address()
    {
        return listener.address();
    }

    private static void stopQuietly(final WorkerPool pool)
    {
        try
        {
            pool.stop(5_000);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException
    {
        listener.close();
        stopQuietly(pool);
        echo.close();
    }
}
