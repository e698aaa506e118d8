package io.sluice.core.poll;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Poller} must do. One subclass per implementation (epoll, NIO), so both are
 * held to exactly the same behaviour. The test thread is the poller's owner.
 */
abstract class PollerContractTest
{
    private Poller poller;
    private ServerSocketChannel server;
    private final List<SocketChannel> sockets = new ArrayList<>();

    abstract Poller newPoller() throws IOException;

    @BeforeEach
    void setUp() throws IOException
    {
        poller = newPoller();
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void tearDown() throws IOException
    {
        for (final SocketChannel s : sockets)
        {
            s.close();
        }
        server.close();
        poller.close();
    }

    /** A connected pair: [0] is ours (non-blocking), [1] the blocking peer. */
    private SocketChannel[] pair() throws IOException
    {
        final SocketChannel ours = SocketChannel.open(server.getLocalAddress());
        final SocketChannel peer = server.accept();
        ours.configureBlocking(false);
        sockets.add(ours);
        sockets.add(peer);
        return new SocketChannel[] {ours, peer};
    }

    /** Waits (bounded) and dispatches until the condition holds. */
    private void pollUntil(final java.util.function.BooleanSupplier condition) throws IOException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean())
        {
            assertTrue(System.nanoTime() < deadlineNs, "condition not met within 5 s");
            poller.dispatch(poller.await(50));
        }
    }

    @Test
    void shouldReportReadableWhenThePeerWrites() throws IOException
    {
        final SocketChannel[] p = pair();
        final int[] flags = {0};
        final int[] calls = {0};
        poller.register(p[0], Poller.READ, f ->
        {
            flags[0] = f;
            calls[0]++;
        });
        assertEquals(0, poller.await(0), "nothing is ready before the peer writes");

        p[1].write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        pollUntil(() -> calls[0] > 0);
        assertEquals(Poller.READABLE, flags[0] & Poller.READABLE);
        assertEquals(0, flags[0] & Poller.WRITABLE);

        final ByteBuffer in = ByteBuffer.allocate(8);
        assertEquals(3, p[0].read(in));
        assertEquals(0, poller.await(0), "level-triggered: nothing more once drained");
    }

    @Test
    void shouldReportWritableOnlyWhileInterested() throws IOException
    {
        final SocketChannel[] p = pair();
        final int[] calls = {0};
        final long token = poller.register(p[0], Poller.WRITE, f ->
        {
            assertEquals(Poller.WRITABLE, f & Poller.WRITABLE);
            calls[0]++;
        });
        pollUntil(() -> calls[0] > 0);
        assertEquals(Poller.WRITE, poller.interest(token));

        poller.setInterest(token, 0);
        assertEquals(0, poller.interest(token));
        final int before = calls[0];
        poller.dispatch(poller.await(20));
        assertEquals(before, calls[0], "no events with no interest");

        poller.setInterest(token, Poller.READ | Poller.WRITE);
        pollUntil(() -> calls[0] > before);
    }

    @Test
    void shouldReportTheEndOfStreamAsReadable() throws IOException
    {
        final SocketChannel[] p = pair();
        final int[] calls = {0};
        poller.register(p[0], Poller.READ, f -> calls[0]++);
        p[1].close();
        pollUntil(() -> calls[0] > 0);
        assertEquals(-1, p[0].read(ByteBuffer.allocate(4)));
    }

    @Test
    void shouldStaySilentForAHungUpSocketWithNoInterest() throws IOException
    {
        final SocketChannel[] p = pair();
        final int[] calls = {0};
        final long token = poller.register(p[0], Poller.READ, f -> calls[0]++);
        poller.setInterest(token, 0);
        p[1].close();
        poller.dispatch(poller.await(50));
        assertEquals(0, calls[0], "a paused registration must not spin on a hang-up");
    }

    @Test
    void shouldDeliverNothingAfterDeregister() throws IOException
    {
        final SocketChannel[] p = pair();
        final int[] calls = {0};
        final long token = poller.register(p[0], Poller.READ, f -> calls[0]++);
        assertEquals(1, poller.registrations());
        poller.deregister(token);
        assertEquals(0, poller.registrations());
        p[1].write(ByteBuffer.wrap(new byte[] {9}));
        poller.dispatch(poller.await(50));
        assertEquals(0, calls[0]);
        assertThrows(IllegalArgumentException.class, () -> poller.setInterest(token, Poller.READ));
        poller.deregister(token); // a second deregister is harmless
    }

    @Test
    void shouldDropAStaleEventWhenASlotIsReusedInTheSameBatch() throws IOException
    {
        final SocketChannel[] a = pair();
        final SocketChannel[] b = pair();
        final SocketChannel[] c = pair();
        final int[] aCalls = {0};
        final int[] bCalls = {0};
        final int[] cCalls = {0};
        final long[] tokens = new long[2];
        // Whichever of a and b runs first closes the other and registers c in its slot.
        final IoHandler closer = f ->
        {
            if (aCalls[0] + bCalls[0] > 0)
            {
                return;
            }
            try
            {
                poller.deregister(tokens[1]);
                poller.deregister(tokens[0]);
                poller.register(c[0], Poller.READ, g -> cCalls[0]++);
            }
            catch (final IOException e)
            {
                throw new AssertionError(e);
            }
        };
        tokens[0] = poller.register(a[0], Poller.READ, f ->
        {
            closer.onReady(f);
            aCalls[0]++;
        });
        tokens[1] = poller.register(b[0], Poller.READ, f ->
        {
            closer.onReady(f);
            bCalls[0]++;
        });
        a[1].write(ByteBuffer.wrap(new byte[] {1}));
        b[1].write(ByteBuffer.wrap(new byte[] {1}));
        // Wait until both are ready, then take them in one batch.
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int ready;
        do
        {
            ready = poller.await(10);
            if (ready < 2)
            {
                assertTrue(System.nanoTime() < deadlineNs);
            }
        }
        while (ready < 2);
        poller.dispatch(ready);
        assertEquals(1, aCalls[0] + bCalls[0], "the second event of the batch belongs to a dead token");
        assertEquals(0, cCalls[0], "the new registration in a reused slot must not get the old event");
        assertEquals(1, poller.registrations());
    }

    @Test
    void shouldWakeABlockedAwaitFromAnotherThread() throws Exception
    {
        final CountDownLatch returned = new CountDownLatch(1);
        final long[] waitedNs = {0};
        final Thread owner = new Thread(() ->
        {
            try
            {
                final long t0 = System.nanoTime();
                poller.dispatch(poller.await(-1));
                waitedNs[0] = System.nanoTime() - t0;
            }
            catch (final IOException e)
            {
                throw new AssertionError(e);
            }
            returned.countDown();
        });
        owner.start();
        Thread.sleep(100);
        assertEquals(1, returned.getCount(), "await(-1) blocks until woken");
        poller.wakeup();
        assertTrue(returned.await(5, TimeUnit.SECONDS), "wakeup() must end a blocked await");
        owner.join();
        assertTrue(waitedNs[0] >= TimeUnit.MILLISECONDS.toNanos(90));
    }

    @Test
    void shouldReturnFromATimedAwaitWithinItsTimeout() throws IOException
    {
        final long t0 = System.nanoTime();
        assertEquals(0, poller.await(30));
        final long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(elapsedMs >= 25 && elapsedMs < 2000, "waited " + elapsedMs + " ms");
    }

    @Test
    void shouldReportAnAcceptableListenerAsReadableAndAFinishedConnectAsWritable() throws IOException
    {
        final ServerSocketChannel listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress("127.0.0.1", 0));
        listener.configureBlocking(false);
        final int[] acceptable = {0};
        poller.register(listener, Poller.READ, f -> acceptable[0] |= f);

        final SocketChannel client = SocketChannel.open();
        sockets.add(client);
        client.configureBlocking(false);
        final boolean immediate = client.connect(listener.getLocalAddress());
        final boolean[] connected = {immediate};
        if (!immediate)
        {
            poller.register(client, Poller.WRITE, f ->
            {
                try
                {
                    connected[0] = client.finishConnect();
                }
                catch (final IOException e)
                {
                    throw new AssertionError(e);
                }
            });
        }
        pollUntil(() -> acceptable[0] != 0 && connected[0]);
        assertEquals(Poller.READABLE, acceptable[0] & Poller.READABLE);
        final SocketChannel accepted = listener.accept();
        assertTrue(accepted != null);
        accepted.close();
        listener.close();
    }

    @Test
    void shouldReportAFailedConnectSoFinishConnectThrows() throws IOException
    {
        // A port nobody listens on: bind and close a listener to get one.
        final ServerSocketChannel gone = ServerSocketChannel.open();
        gone.bind(new InetSocketAddress("127.0.0.1", 0));
        final InetSocketAddress address = (InetSocketAddress)gone.getLocalAddress();
        gone.close();

        final SocketChannel client = SocketChannel.open();
        sockets.add(client);
        client.configureBlocking(false);
        final IOException[] failure = {null};
        boolean immediate;
        try
        {
            immediate = client.connect(address);
        }
        catch (final IOException e)
        {
            failure[0] = e;
            immediate = true;
        }
        if (!immediate)
        {
            poller.register(client, Poller.WRITE, f ->
            {
                try
                {
                    client.finishConnect();
                }
                catch (final IOException e)
                {
                    failure[0] = e;
                }
            });
            pollUntil(() -> failure[0] != null);
        }
        assertTrue(failure[0] != null && failure[0].getMessage().contains("refused"), String.valueOf(failure[0]));
        assertFalse(client.isConnected());
    }
}
