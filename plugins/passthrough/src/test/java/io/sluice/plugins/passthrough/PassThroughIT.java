package io.sluice.plugins.passthrough;

import io.sluice.core.net.BackPressure;
import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.Worker;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reactor end to end: real clients, Sluice's pass-through service on real worker threads,
 * a real echo server behind it, on loopback. Every byte is checked.
 */
class PassThroughIT
{
    private static final int CONNECTIONS = 64;
    private static final long BYTES_PER_CONNECTION = 10L * 1024 * 1024;

    @AutoClose
    private PassThroughFixture fixture;

    private InetSocketAddress startProxy(final PollerKind kind, final int threads,
            final long loadPeriodNs) throws IOException
    {
        fixture = new PassThroughFixture(kind, threads, loadPeriodNs);
        return fixture.address();
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldForwardSixtyFourConnectionsOfTenMegabytesByteExact(final PollerKind kind) throws Exception
    {
        final InetSocketAddress proxy = startProxy(kind, 2, TimeUnit.SECONDS.toNanos(1));
        assertEquals(kind, fixture.pool.pollerKind());

        final ExecutorService threads = Executors.newFixedThreadPool(2 * CONNECTIONS);
        try
        {
            final List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++)
            {
                final long seed = 0x5EED0000L + i;
                final Socket socket = new Socket(proxy.getAddress(), proxy.getPort());
                // Writer: 10 MB in chunks of varying size, then FIN.
                threads.submit(() ->
                {
                    final OutputStream out = socket.getOutputStream();
                    final TestStream stream = new TestStream(seed);
                    final byte[] chunk = new byte[70_000];
                    long sent = 0;
                    int size = 1;
                    while (sent < BYTES_PER_CONNECTION)
                    {
                        final int n = (int)Math.min(size, BYTES_PER_CONNECTION - sent);
                        stream.fill(chunk, n);
                        out.write(chunk, 0, n);
                        sent += n;
                        size = size * 7 % 69_997 + 1;
                    }
                    socket.shutdownOutput();
                    return null;
                });
                // Reader: everything must come back, byte for byte, then EOF.
                results.add(threads.submit(() ->
                {
                    try (socket)
                    {
                        final InputStream in = socket.getInputStream();
                        final TestStream expected = new TestStream(seed);
                        final byte[] buffer = new byte[64 * 1024];
                        final byte[] want = new byte[64 * 1024];
                        long received = 0;
                        int n;
                        while ((n = in.read(buffer)) >= 0)
                        {
                            expected.fill(want, n);
                            for (int b = 0; b < n; b++)
                            {
                                if (buffer[b] != want[b])
                                {
                                    throw new AssertionError("connection " + seed + ": byte "
                                            + (received + b) + " differs");
                                }
                            }
                            received += n;
                        }
                        return received;
                    }
                }));
            }
            for (final Future<Long> result : results)
            {
                assertEquals(BYTES_PER_CONNECTION, result.get(180, TimeUnit.SECONDS));
            }
        }
        finally
        {
            threads.shutdownNow();
        }

        awaitTrue(() -> fixture.pool.totalSessions() == 0, "every session ends after both FINs");
        assertEquals(CONNECTIONS, fixture.service.sessionsStarted());
        assertEquals("passthrough", fixture.service.routerModule().name());
        assertEquals(CONNECTIONS, fixture.service.sessionsEnded());
        assertEquals(CONNECTIONS, fixture.echo.finished());
        assertEquals(CONNECTIONS, fixture.listener.acceptedCount());
        for (final Worker w : fixture.pool.workers())
        {
            assertEquals(0, w.taskFailures(), w.name() + " had failures");
            assertTrue(w.sessions().get() == 0);
        }
        // Back-pressure bounds every queue: high water plus at most one read (64 KiB).
        assertTrue(fixture.service.peakWriteQueueBytes() <= BackPressure.DEFAULT.highWaterBytes() + 64 * 1024,
            "peak write queue " + fixture.service.peakWriteQueueBytes());
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldStopReadingFromAClientWhoseRepliesAreNotRead(final PollerKind kind) throws Exception
    {
        final InetSocketAddress proxy = startProxy(kind, 1, TimeUnit.SECONDS.toNanos(1));
        final long attemptBytes = 256L * 1024 * 1024;
        long written = 0;
        try (SocketChannel client = SocketChannel.open(proxy))
        {
            client.configureBlocking(false);
            final ByteBuffer chunk = ByteBuffer.allocateDirect(256 * 1024);
            long lastProgressNs = System.nanoTime();
            // Write without ever reading the echo, until nothing moves for 1 s.
            while (written < attemptBytes && System.nanoTime() - lastProgressNs < TimeUnit.SECONDS.toNanos(1))
            {
                chunk.clear();
                final int n = client.write(chunk);
                if (n > 0)
                {
                    written += n;
                    lastProgressNs = System.nanoTime();
                }
                else
                {
                    Thread.sleep(5);
                }
            }
        }
        assertTrue(written < attemptBytes, "the client must be stopped; it wrote " + written + " bytes");
        awaitTrue(() -> fixture.pool.totalSessions() == 0, "the session ends when the client closes");
        final long peak = fixture.service.peakWriteQueueBytes();
        assertTrue(peak > BackPressure.DEFAULT.highWaterBytes(), "the queue reached the high-water mark: " + peak);
        assertTrue(peak <= BackPressure.DEFAULT.highWaterBytes() + 64 * 1024, "and stayed bounded: " + peak);
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldShowTheWorkerLoadRiseUnderTrafficAndFallBack(final PollerKind kind) throws Exception
    {
        final long periodNs = TimeUnit.MILLISECONDS.toNanos(100);
        final InetSocketAddress proxy = startProxy(kind, 1, periodNs);
        final Worker worker = fixture.pool.worker(0);
        awaitTrue(() -> worker.load().periodsMeasured() >= 3 && worker.load().periodLoad() < 5.0, "idle at first");

        final List<Thread> clients = new ArrayList<>();
        final double[] peakLoad = {0};
        final long trafficEndNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        for (int i = 0; i < 8; i++)
        {
            final Thread t = new Thread(() ->
            {
                try (Socket s = new Socket(proxy.getAddress(), proxy.getPort()))
                {
                    final byte[] block = new byte[16 * 1024];
                    final InputStream in = s.getInputStream();
                    final OutputStream out = s.getOutputStream();
                    while (System.nanoTime() < trafficEndNs)
                    {
                        out.write(block);
                        in.readNBytes(block, 0, block.length);
                    }
                }
                catch (final IOException e)
                {
                    throw new AssertionError(e);
                }
            });
            clients.add(t);
            t.start();
        }
        while (System.nanoTime() < trafficEndNs)
        {
            peakLoad[0] = Math.max(peakLoad[0], worker.load().periodLoad());
            Thread.sleep(20);
        }
        for (final Thread t : clients)
        {
            t.join();
        }
        assertTrue(peakLoad[0] > 10.0, "load under traffic: " + peakLoad[0]);
        awaitTrue(() -> worker.load().periodLoad() < 5.0, "load falls back when traffic stops");
        assertTrue(worker.load().minuteLoad() > 0.0, "the minute still remembers the busy periods");
    }

    private static void awaitTrue(final BooleanSupplier condition, final String what) throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean())
        {
            assertTrue(System.nanoTime() < deadlineNs, "timed out: " + what);
            Thread.sleep(10);
        }
    }

    /** A reproducible byte stream (xorshift64*), so both ends can generate and compare. */
    static final class TestStream
    {
        private long state;
        private long word;
        private int left;

        TestStream(final long seed)
        {
            state = seed * 0x9E3779B97F4A7C15L | 1;
        }

        void fill(final byte[] into, final int n)
        {
            for (int i = 0; i < n; i++)
            {
                if (left == 0)
                {
                    state ^= state >>> 12;
                    state ^= state << 25;
                    state ^= state >>> 27;
                    word = state * 0x2545F4914F6CDD1DL;
                    left = 8;
                }
                into[i] = (byte)word;
                word >>>= 8;
                left--;
            }
        }
    }
}
