package io.sluice.core.net;

import io.sluice.core.poll.PollerKind;
import io.sluice.core.worker.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Write coalescing on a real worker: whatever the handling of one read writes to a socket leaves
 * in one write system call, in order, also when the socket is closed or shut down right after.
 *
 * <p>Each test forwards what a "client" socket sends to a "server" socket through two
 * connections on the worker, the way a session does: the client connection's handler writes
 * pieces of the read buffer (and other buffers) to the server connection.
 */
class TcpConnectionTest
{
    private static final long TIMEOUT_MS = 5_000;

    private Worker worker;
    private ServerSocketChannel acceptor;
    private ServerSocket serverSide;
    private Socket client;
    private Socket server;
    private TcpConnection toClient;
    private TcpConnection toServer;

    @AfterEach
    void stop() throws Exception
    {
        closeQuietly(client);
        closeQuietly(server);
        closeQuietly(serverSide);
        if (acceptor != null)
        {
            acceptor.close();
        }
        if (worker != null)
        {
            worker.stop();
            assertTrue(worker.awaitStop(5, TimeUnit.SECONDS), "worker must stop");
        }
    }

    /** Starts the worker, a client socket accepted as toClient and toServer connected to serverSide. */
    private void start(final PollerKind kind, final BiConsumer<TcpConnection, ByteBuffer> forward) throws Exception
    {
        worker = new Worker(0, kind.newPoller(), TimeUnit.SECONDS.toNanos(1)).start();
        acceptor = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        serverSide = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        client = new Socket("127.0.0.1", ((InetSocketAddress)acceptor.getLocalAddress()).getPort());
        client.setTcpNoDelay(true);
        final SocketChannel accepted = acceptor.accept();
        final IOException[] failure = {null};
        final CountDownLatch connected = new CountDownLatch(1);
        assertTrue(worker.executeAndWait(() ->
        {
            try
            {
                toServer = TcpConnection.connect(worker, (InetSocketAddress)serverSide.getLocalSocketAddress(),
                    BackPressure.DEFAULT, new Sink()
                    {
                        @Override
                        public void onConnected(final TcpConnection connection)
                        {
                            connected.countDown();
                        }
                    });
                toClient = TcpConnection.accepted(worker, accepted, BackPressure.DEFAULT, new Sink()
                {
                    @Override
                    public void onData(final TcpConnection connection, final ByteBuffer data)
                    {
                        forward.accept(toServer, data);
                    }
                });
            }
            catch (final IOException e)
            {
                failure[0] = e;
            }
        }, TIMEOUT_MS));
        if (failure[0] != null)
        {
            throw failure[0];
        }
        server = serverSide.accept();
        assertTrue(connected.await(TIMEOUT_MS, TimeUnit.MILLISECONDS), "connected");
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldWriteEverythingOneReadProducesInOneSystemCall(final PollerKind kind) throws Exception
    {
        // Three "packets" of each read, forwarded one by one, plus a buffer of the handler's own.
        start(kind, (to, data) -> write(to, data, () ->
        {
            final int from = data.position();
            final int to3 = data.limit();
            final int third = (to3 - from) / 3;
            slice(to, data, from, from + third);
            to.write(ByteBuffer.wrap("|".getBytes(StandardCharsets.US_ASCII)));
            slice(to, data, from + third, from + 2 * third);
            slice(to, data, from + 2 * third, to3);
            data.position(to3);
        }));
        final long before = onWorker(() -> toServer.writeCalls());
        send("abcdefghi");
        assertEquals("abc|defghi", receive(10));
        assertEquals(1, onWorker(() -> toServer.writeCalls()) - before, "one write for the whole read");

        // A single forwarded view is written from the read buffer itself, also once.
        final long mid = onWorker(() -> toServer.writeCalls());
        send("xyzxyzxyz");
        assertEquals("xyz|xyzxyz", receive(10));
        assertEquals(1, onWorker(() -> toServer.writeCalls()) - mid);
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldWriteAWholeReadForwardedAsIsOnce(final PollerKind kind) throws Exception
    {
        start(kind, (to, data) -> write(to, data, () -> to.write(data)));
        final long before = onWorker(() -> toServer.writeCalls());
        send("hello");
        assertEquals("hello", receive(5));
        assertEquals(1, onWorker(() -> toServer.writeCalls()) - before);
        assertEquals(0, (long)onWorker(() -> (long)toServer.pendingWriteBytes()));
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldWriteHeldBytesBeforeClosing(final PollerKind kind) throws Exception
    {
        // Like a client's COM_QUIT: forwarded, then the connection is closed at once.
        start(kind, (to, data) -> write(to, data, () ->
        {
            to.write(data);
            to.close(null);
        }));
        send("quit");
        assertEquals("quit", receive(4));
        assertEquals(-1, server.getInputStream().read(), "then the connection is closed");
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldShutDownOutputOnlyAfterTheHeldBytes(final PollerKind kind) throws Exception
    {
        start(kind, (to, data) -> write(to, data, () ->
        {
            final int from = data.position();
            slice(to, data, from, from + 2);
            slice(to, data, from + 2, data.limit());
            to.shutdownOutputWhenFlushed();
            data.position(data.limit());
        }));
        send("last");
        assertEquals("last", receive(4));
        assertEquals(-1, server.getInputStream().read(), "FIN after the bytes");
        assertTrue(onWorker(() -> toServer.isOutputShut()));
    }

    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldWriteAtOnceOutsideARead(final PollerKind kind) throws Exception
    {
        start(kind, (to, data) -> write(to, data, () -> to.write(data)));
        final long before = onWorker(() -> toServer.writeCalls());
        final long after = onWorker(() ->
        {
            toServer.write(ByteBuffer.wrap("task".getBytes(StandardCharsets.US_ASCII)));
            return toServer.writeCalls();
        });
        assertEquals(1, after - before, "a write from a task is not held");
        assertEquals("task", receive(4));
    }

    /**
     * A move between workers (rebalancing): both connections leave the first worker's poller, bytes the
     * client sends meanwhile wait in the kernel, and once the second worker has registered them they
     * are read there, in order, with what came before and after.
     */
    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldCarryOnOnAnotherWorkerAfterDetachAndAttach(final PollerKind kind) throws Exception
    {
        final java.util.List<String> readOn = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        start(kind, (to, data) ->
        {
            readOn.add(Thread.currentThread().getName());
            write(to, data, () -> to.write(data));
        });
        final Worker other = new Worker(1, kind.newPoller(), TimeUnit.SECONDS.toNanos(1)).start();
        try
        {
            send("before|");
            assertEquals("before|", receive(7));
            assertTrue(onWorker(() -> toClient.isMovable() && toServer.isMovable()), "idle connections are movable");
            onWorker(() ->
            {
                toClient.detach();
                toServer.detach();
                return null;
            });
            assertEquals(0, onWorker(() -> worker.poller().registrations()), "nothing left on the first worker");
            send("while-detached|");
            Thread.sleep(100); // no worker reads it: it waits in the kernel
            assertEquals(0, server.getInputStream().available(), "nothing forwarded while detached");
            final Exception[] failure = {null};
            assertTrue(other.executeAndWait(() ->
            {
                try
                {
                    toServer.attach(other);
                    toClient.attach(other);
                }
                catch (final IOException e)
                {
                    failure[0] = e;
                }
            }, TIMEOUT_MS));
            if (failure[0] != null)
            {
                throw failure[0];
            }
            assertEquals("while-detached|", receive(15), "what waited in the kernel is read on the new worker");
            send("after");
            assertEquals("after", receive(5));
            assertEquals("worker-1", readOn.get(readOn.size() - 1));
            assertEquals("worker-0", readOn.get(0));
            final int[] registered = {-1};
            assertTrue(other.executeAndWait(() -> registered[0] = other.poller().registrations(), TIMEOUT_MS));
            assertEquals(2, registered[0], "both connections on the second worker");
        }
        finally
        {
            other.stop();
            assertTrue(other.awaitStop(5, TimeUnit.SECONDS), "worker must stop");
        }
    }

    /** A connection with bytes queued for writing does not move, nor does one whose reading is paused. */
    @ParameterizedTest
    @EnumSource(value = PollerKind.class, names = {"EPOLL", "NIO"})
    void shouldNotMoveAConnectionWithSomethingInFlight(final PollerKind kind) throws Exception
    {
        start(kind, (to, data) -> write(to, data, () -> to.write(data)));
        assertTrue(onWorker(() -> toClient.isMovable()));
        assertEquals(Boolean.FALSE, onWorker(() ->
        {
            toClient.pauseReading();
            return toClient.isMovable();
        }));
        assertEquals(Boolean.TRUE, onWorker(() ->
        {
            toClient.resumeReading();
            return toClient.isMovable();
        }));
        assertThrows(IllegalStateException.class, () -> onWorker(() ->
        {
            toClient.pauseReading();
            toClient.detach();
            return null;
        }));
    }

    // ---- helpers ----

    private interface IoAction
    {
        void run() throws IOException;
    }

    private interface WorkerCall<T>
    {
        T call() throws IOException;
    }

    /** Runs the handler's action; a failure closes the client side, which fails the test's read. */
    private static void write(final TcpConnection to, final ByteBuffer data, final IoAction action)
    {
        try
        {
            action.run();
        }
        catch (final IOException e)
        {
            to.close(e);
        }
    }

    /** Writes data's bytes [from, to) the way a protocol forwards one packet: limit and position set, then restored. */
    private static void slice(final TcpConnection to, final ByteBuffer data, final int from,
            final int end) throws IOException
    {
        final int position = data.position();
        final int limit = data.limit();
        data.limit(end).position(from);
        try
        {
            to.write(data);
        }
        finally
        {
            data.limit(limit).position(position);
        }
    }

    private void send(final String text) throws IOException
    {
        final OutputStream out = client.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String receive(final int bytes) throws IOException
    {
        server.setSoTimeout((int)TIMEOUT_MS);
        final InputStream in = server.getInputStream();
        return new String(in.readNBytes(bytes), StandardCharsets.US_ASCII);
    }

    private <T> T onWorker(final WorkerCall<T> call) throws Exception
    {
        final Object[] result = {null};
        final Exception[] failure = {null};
        assertTrue(worker.executeAndWait(() ->
        {
            try
            {
                result[0] = call.call();
            }
            catch (final IOException | RuntimeException e)
            {
                failure[0] = e;
            }
        }, TIMEOUT_MS));
        if (failure[0] != null)
        {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        final T t = (T)result[0];
        return t;
    }

    private static void closeQuietly(final AutoCloseable c)
    {
        if (c != null)
        {
            try
            {
                c.close();
            }
            catch (final Exception ignored)
            {
                // test teardown
            }
        }
    }

    /** A handler that ignores everything (the test reads the sockets directly). */
    private static class Sink implements TcpConnection.Handler
    {
        @Override
        public void onData(final TcpConnection connection, final ByteBuffer data)
        {
            data.position(data.limit());
        }

        @Override
        public void onEndOfStream(final TcpConnection connection)
        {
        }

        @Override
        public void onClosed(final TcpConnection connection, final IOException cause)
        {
        }
    }
}
