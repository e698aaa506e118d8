package io.sluice.core.net;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLEngine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Where TLS engines' delegated tasks run: the key exchange and signature of a handshake, milliseconds of CPU
 * that must not stall a worker's other sessions. A few daemon threads ({@code sluice-tls-N}, half the cores, at
 * least one), started on first use and ended when idle for a minute. Thread-safe.
 */
final class TlsTasks
{
    private static final Logger LOG = LoggerFactory.getLogger(TlsTasks.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = pool();

    private TlsTasks()
    {
    }

    private static ExecutorService pool()
    {
        final int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        final ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r ->
            {
                final Thread t = new Thread(r, "sluice-tls-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs every task the engine has now, in order, on a pool thread, then {@code done} there with the time they
     * took (which brings the connection back to its worker).
     */
    static void run(final SSLEngine engine, final LongConsumer done)
    {
        POOL.execute(() ->
        {
            final long startNs = System.nanoTime();
            try
            {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null)
                {
                    task.run();
                }
            }
            catch (final RuntimeException e)
            {
                // The engine reports the failure on its next wrap or unwrap.
                LOG.debug("a TLS task failed: {}", e.toString());
            }
            done.accept(System.nanoTime() - startNs);
        });
    }
}
