package io.sluice.plugins.passthrough;

import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.Worker;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the "no allocation on the I/O path" rule: the bytes the worker thread allocates while
 * a warmed-up session moves traffic (read, write, poll, dispatch, the load meter), taken from the
 * JVM's per-thread allocation counter.
 */
class SteadyStateAllocationIT
{
    private static final int BLOCK = 4 * 1024;
    private static final int WARM_UP_ROUND_TRIPS = 30_000;
    private static final int MEASURED_ROUND_TRIPS = 20_000;

    @AutoClose
    private PassThroughFixture fixture;

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldNotAllocatePerRoundTripOnTheWorker(final PollerKind kind) throws Exception
    {
        // Short periods, so period closes (and their ring updates) happen during the measurement.
        fixture = new PassThroughFixture(kind, 1, TimeUnit.MILLISECONDS.toNanos(100));
        final Worker worker = fixture.pool.worker(0);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

        try (Socket s = new Socket(fixture.address().getAddress(), fixture.address().getPort()))
        {
            s.setTcpNoDelay(true);
            final OutputStream out = s.getOutputStream();
            final InputStream in = s.getInputStream();
            final byte[] block = new byte[BLOCK];
            final byte[] back = new byte[BLOCK];
            for (int i = 0; i < BLOCK; i++)
            {
                block[i] = (byte)(i * 7);
            }
            for (int i = 0; i < WARM_UP_ROUND_TRIPS; i++)
            {
                out.write(block);
                in.readNBytes(back, 0, BLOCK);
            }
            final long before = threads.getThreadAllocatedBytes(worker.thread().getId());
            for (int i = 0; i < MEASURED_ROUND_TRIPS; i++)
            {
                out.write(block);
                in.readNBytes(back, 0, BLOCK);
            }
            final long allocated = threads.getThreadAllocatedBytes(worker.thread().getId()) - before;
            assertArrayEquals(block, back);
            final double perRoundTrip = (double)allocated / MEASURED_ROUND_TRIPS;
            System.out.printf("%s poller: worker allocated %d bytes over %d round trips (%.3f B/round trip)%n",
                kind, allocated, MEASURED_ROUND_TRIPS, perRoundTrip);
            // Each round trip is 4 reads, 4 writes and several polls on the worker. A per-event
            // object of even 16 bytes would give >= 64 B per round trip; allow only fixed noise.
            assertTrue(perRoundTrip < 1.0, kind + ": " + allocated + " bytes over "
                    + MEASURED_ROUND_TRIPS + " round trips");
        }
    }
}
