package io.sluice.core.passthrough;

import io.sluice.core.net.BackPressure;
import io.sluice.core.net.Listener;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.WorkerPool;

import java.io.IOException;
import java.net.InetSocketAddress;

/** An echo server with Sluice's pass-through in front of it, on loopback; closes all of it. */
final class PassThroughFixture implements AutoCloseable
{
    final EchoServer echo;
    final WorkerPool pool;
    final PassThroughService service;
    final Listener listener;

    PassThroughFixture(final PollerKind kind, final int threads, final long loadPeriodNs) throws IOException
    {
        echo = new EchoServer();
        WorkerPool started = null;
        try
        {
            started = new WorkerPool(threads, kind, loadPeriodNs).start();
            service = new PassThroughService("echo-service", "echo", echo.address(), BackPressure.DEFAULT);
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
