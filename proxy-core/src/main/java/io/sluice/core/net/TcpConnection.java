package io.sluice.core.net;

import io.sluice.core.poll.IoHandler;
import io.sluice.core.poll.Poller;
import io.sluice.core.worker.IoCounters;
import io.sluice.core.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * One non-blocking TCP socket on a worker: reads into the worker's shared I/O buffer and hands
 * the bytes to its {@link Handler}, writes directly when the socket can take them and queues the
 * rest. What the handling of one read writes to a socket leaves in one {@code write}: the first
 * write of bytes from the read buffer is held as a view (no copy) until the handler returns, and
 * any further write for the same socket joins it in the queue, so pipelined packets and
 * responses do not cost a system call each. Implements MaxScale's back-pressure marks: once the queue passes {@code
 * writeq_high_water}
 * the handler is told to stop feeding it ({@link Handler#onWriteQueueHigh}); once it falls to
 * {@code writeq_low_water} the handler may resume ({@link Handler#onWriteQueueLow}).
 *
 * <p>Threading: everything runs on the owning worker. Hot path (read, write, flush): no
 * allocation in steady state.
 */
public final class TcpConnection implements IoHandler, Worker.HeldOutput
{
    private static final Logger LOG = LoggerFactory.getLogger(TcpConnection.class);

    /** What a connection tells its owner. All calls come on the worker thread. */
    public interface Handler
    {
        /** An outgoing connect finished. */
        default void onConnected(final TcpConnection connection)
        {
        }

        /**
         * Bytes arrived, in [position, limit) of a buffer the worker reuses: consume or copy them
         * before returning.
         */
        void onData(TcpConnection connection, ByteBuffer data);

        /** The peer will send no more (it shut down its output). Writing may still work. */
        void onEndOfStream(TcpConnection connection);

        /** Every queued byte was written and FIN was sent ({@link #shutdownOutputWhenFlushed()}). */
        default void onOutputShutdown(final TcpConnection connection)
        {
        }

        /** The pending write queue passed the high-water mark: stop feeding this connection. */
        default void onWriteQueueHigh(final TcpConnection connection)
        {
        }

        /** The pending write queue is back at the low-water mark: feeding may resume. */
        default void onWriteQueueLow(final TcpConnection connection)
        {
        }

        /** The connection is closed; {@code cause} is null for an orderly close. Called once. */
        void onClosed(TcpConnection connection, IOException cause);
    }

    /** The owner; changes only when the session moves ({@link #detach()}, {@link #attach}). */
    private Worker worker;
    private final SocketChannel channel;
    private final WriteQueue queue = new WriteQueue();
    private final long highWaterBytes;
    private final long lowWaterBytes;
    private final String label;
    /** Over the worker's read buffer: the held bytes of the current read, in [position, limit). */
    private ByteBuffer heldView;
    private Handler handler;
    private long token;
    private boolean connecting;
    private boolean readPaused;
    private boolean inputEnded;
    private boolean aboveHighWater;
    private boolean shutdownOutputWhenFlushed;
    private boolean outputShut;
    private boolean closed;
    /** Output waits for the end of the read being handled ({@link Worker#hold}). */
    private boolean held;
    /** heldView has bytes to write; the queue is then empty. */
    private boolean viewHeld;
    private long bytesRead;
    private long bytesWritten;
    private long writeCalls;
    private int peakPendingWriteBytes;
    /** The owner worker's socket counters (single writer): taken anew when the connection moves ({@link #attach}). */
    private IoCounters io;

    private TcpConnection(final Worker worker, final SocketChannel channel,
            final BackPressure marks, final String label)
    {
        this.worker = worker;
        this.channel = channel;
        this.highWaterBytes = marks.highWaterBytes();
        this.lowWaterBytes = marks.lowWaterBytes();
        this.label = label;
        this.heldView = worker.ioBuffer().duplicate();
        this.io = worker.ioCounters();
    }

    /** Adopts an accepted socket; reading starts at once. Worker thread. */
    public static TcpConnection accepted(final Worker worker, final SocketChannel channel, final BackPressure marks,
        final Handler handler) throws IOException
    {
        configure(channel);
        final TcpConnection connection = new TcpConnection(worker, channel, marks, "client " + remote(channel));
        connection.handler = handler;
        connection.token = worker.poller().register(channel, Poller.READ, connection);
        return connection;
    }

    /** Starts a non-blocking connect; the handler hears {@code onConnected} or {@code onClosed}. Worker thread. */
    public static TcpConnection connect(final Worker worker, final InetSocketAddress address, final BackPressure marks,
        final Handler handler) throws IOException
    {
        final SocketChannel channel = SocketChannel.open();
        try
        {
            configure(channel);
            final TcpConnection connection = new TcpConnection(worker, channel, marks, "server " + address);
            connection.handler = handler;
            connection.connecting = !channel.connect(address);
            connection.token = worker.poller().register(channel, connection.connecting ? Poller.WRITE
                    : Poller.READ, connection);
            if (!connection.connecting)
            {
                handler.onConnected(connection);
            }
            return connection;
        }
        catch (final IOException | RuntimeException e)
        {
            channel.close();
            throw e;
        }
    }

    private static void configure(final SocketChannel channel) throws IOException
    {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
    }

    private static String remote(final SocketChannel channel)
    {
        try
        {
            return String.valueOf(channel.getRemoteAddress());
        }
        catch (final IOException e)
        {
            return "?";
        }
    }

    @Override
    public void onReady(final int readyFlags)
    {
        try
        {
            if ((readyFlags & Poller.WRITABLE) != 0)
            {
                if (connecting)
                {
                    finishConnect();
                }
                else
                {
                    flush();
                }
            }
            if ((readyFlags & Poller.READABLE) != 0 && !closed && !readPaused && !inputEnded && !connecting)
            {
                read();
            }
        }
        catch (final IOException e)
        {
            close(e);
        }
    }

    private void finishConnect() throws IOException
    {
        channel.finishConnect();
        connecting = false;
        updateInterest();
        handler.onConnected(this);
        if (!closed && !queue.isEmpty())
        {
            flush();
        }
    }

    // hot path: no allocation
    private void read() throws IOException
    {
        final ByteBuffer buffer = worker.ioBuffer();
        buffer.clear();
        final int n = channel.read(buffer);
        io.onRead();
        if (n < 0)
        {
            inputEnded = true;
            updateInterest();
            handler.onEndOfStream(this);
            return;
        }
        if (n == 0)
        {
            return;
        }
        bytesRead += n;
        buffer.flip();
        worker.beginRead();
        try
        {
            handler.onData(this, buffer);
        }
        finally
        {
            worker.endRead();
        }
    }

    /**
     * Sends what remains in src: written directly when nothing is queued, the rest queued in order.
     * While a read is being handled, bytes of the read buffer are held until the handler returns
     * and what else it writes here joins them, so they leave in one write. src is fully consumed.
     * Worker thread. Hot path: no allocation in steady state.
     */
    public void write(final ByteBuffer src) throws IOException
    {
        if (closed || outputShut)
        {
            throw new IOException("write to a " + (closed ? "closed" : "shut down") + " connection: " + label);
        }
        if (held)
        {
            // Another write from the same read: both leave when it ends (flushHeld). Back-pressure
            // is judged then, on what the kernel did not take.
            if (viewHeld)
            {
                viewHeld = false;
                queue.append(heldView);
            }
            queue.append(src);
            return;
        }
        if (queue.isEmpty() && !connecting)
        {
            if (src == worker.ioBuffer() && worker.inRead() && src.hasRemaining())
            {
                // The read buffer stays untouched until the handler returns: keep a view, not a copy.
                heldView.limit(src.limit()).position(src.position());
                src.position(src.limit());
                viewHeld = true;
                held = true;
                worker.hold(this);
                return;
            }
            countWrite();
            bytesWritten += channel.write(src);
        }
        if (src.hasRemaining())
        {
            queue.append(src);
            notePeak();
            updateInterest();
            checkHighWater();
        }
    }

    /** The read that held output here has been handled: one write for all of it. Worker thread. */
    @Override
    public void flushHeld()
    {
        // hot path: no allocation
        held = false;
        if (closed)
        {
            viewHeld = false;
            return;
        }
        try
        {
            if (viewHeld)
            {
                viewHeld = false;
                countWrite();
                bytesWritten += channel.write(heldView);
                if (heldView.hasRemaining())
                {
                    queue.append(heldView);
                    notePeak();
                    updateInterest();
                    checkHighWater();
                }
                else if (shutdownOutputWhenFlushed && !outputShut)
                {
                    shutOutput();
                }
            }
            else if (!queue.isEmpty())
            {
                flush();
                notePeak();
                checkHighWater();
            }
        }
        catch (final IOException e)
        {
            close(e);
        }
    }

    /** One write call: this connection's count and the worker's. */
    private void countWrite()
    {
        // hot path: no allocation
        writeCalls++;
        io.onWrite();
    }

    private void notePeak()
    {
        if (queue.size() > peakPendingWriteBytes)
        {
            peakPendingWriteBytes = queue.size();
        }
    }

    // hot path: no allocation
    private void flush() throws IOException
    {
        if (!queue.isEmpty())
        {
            final ByteBuffer pending = queue.beginDrain();
            try
            {
                countWrite();
                bytesWritten += channel.write(pending);
            }
            finally
            {
                queue.compactAfterDrain();
            }
        }
        if (queue.isEmpty() && shutdownOutputWhenFlushed && !outputShut)
        {
            shutOutput();
        }
        updateInterest();
        if (aboveHighWater && queue.size() <= lowWaterBytes)
        {
            aboveHighWater = false;
            handler.onWriteQueueLow(this);
        }
    }

    private void checkHighWater()
    {
        if (!aboveHighWater && queue.size() > highWaterBytes)
        {
            aboveHighWater = true;
            handler.onWriteQueueHigh(this);
        }
    }

    /** Stops reading (back-pressure from the other side). Worker thread. */
    public void pauseReading() throws IOException
    {
        if (!readPaused)
        {
            readPaused = true;
            updateInterest();
        }
    }

    /** Resumes reading after {@link #pauseReading()}. Worker thread. */
    public void resumeReading() throws IOException
    {
        if (readPaused && !closed)
        {
            readPaused = false;
            updateInterest();
        }
    }

    /** Half-closes: sends FIN once every queued byte has been written. Worker thread. */
    public void shutdownOutputWhenFlushed() throws IOException
    {
        shutdownOutputWhenFlushed = true;
        if (queue.isEmpty() && !held && !connecting && !outputShut && !closed)
        {
            shutOutput();
        }
    }

    private void shutOutput() throws IOException
    {
        outputShut = true;
        channel.shutdownOutput();
        handler.onOutputShutdown(this);
    }

    private void updateInterest() throws IOException
    {
        if (closed)
        {
            return;
        }
        worker.poller().setInterest(token, interest());
    }

    private int interest()
    {
        int interest = 0;
        if (connecting || !queue.isEmpty())
        {
            interest |= Poller.WRITE;
        }
        if (!readPaused && !inputEnded && !connecting)
        {
            interest |= Poller.READ;
        }
        return interest;
    }

    /**
     * Whether the connection may move to another worker: open, connected, reading, both directions
     * open, nothing queued or held for writing. Worker thread.
     */
    public boolean isMovable()
    {
        return !closed && !connecting && !readPaused && !inputEnded && !outputShut && !shutdownOutputWhenFlushed
            && !held && queue.isEmpty();
    }

    /**
     * Leaves this worker's poller, the socket staying open: what arrives meanwhile waits in the
     * kernel, and the level-triggered registration {@link #attach} makes reports it at once.
     * Between event batches only, on a {@link #isMovable() movable} connection. Worker thread (the old owner).
     */
    public void detach()
    {
        if (!isMovable())
        {
            throw new IllegalStateException("connection " + label + " cannot move now");
        }
        worker.poller().deregister(token);
        token = 0;
    }

    /**
     * Joins the new owner's poller after {@link #detach()}; from now on everything runs on that
     * worker. Its thread, after the hand-over through its inbox (which orders this after every
     * write the old owner made).
     */
    public void attach(final Worker owner) throws IOException
    {
        worker = owner;
        io = owner.ioCounters();
        heldView = owner.ioBuffer().duplicate();
        token = owner.poller().register(channel, interest(), this);
    }

    /** Closes now, dropping anything queued. Worker thread. Idempotent. */
    public void close(final IOException cause)
    {
        if (closed)
        {
            return;
        }
        closed = true;
        if (held)
        {
            writeHeldBeforeClose();
        }
        if (token != 0) // 0: detached, on no worker's poller (a move that failed)
        {
            worker.poller().deregister(token);
        }
        try
        {
            channel.close();
        }
        catch (final IOException e)
        {
            LOG.debug("closing {} failed: {}", label, e.getMessage());
        }
        handler.onClosed(this, cause);
    }

    /**
     * Output held for the end of a read would have been written before this close if it had not
     * been held: give the kernel the same chance to take it.
     */
    private void writeHeldBeforeClose()
    {
        try
        {
            if (viewHeld)
            {
                viewHeld = false;
                countWrite();
                bytesWritten += channel.write(heldView);
            }
            else if (!queue.isEmpty())
            {
                final ByteBuffer pending = queue.beginDrain();
                try
                {
                    countWrite();
                    bytesWritten += channel.write(pending);
                }
                finally
                {
                    queue.compactAfterDrain();
                }
            }
        }
        catch (final IOException e)
        {
            LOG.debug("writing held output of {} before closing failed: {}", label, e.getMessage());
        }
    }

    public boolean isClosed()
    {
        return closed;
    }

    public boolean isOutputShut()
    {
        return outputShut;
    }

    /** Bytes accepted but not yet taken by the kernel. */
    public int pendingWriteBytes()
    {
        return queue.size() + (viewHeld ? heldView.remaining() : 0);
    }

    /** The most bytes ever queued at once: bounded by back-pressure. */
    public int peakPendingWriteBytes()
    {
        return peakPendingWriteBytes;
    }

    public long bytesRead()
    {
        return bytesRead;
    }

    public long bytesWritten()
    {
        return bytesWritten;
    }

    /** Write system calls made (diagnostics: writes per query). */
    public long writeCalls()
    {
        return writeCalls;
    }

    /** The peer sent FIN: no more bytes will arrive. */
    public boolean isInputEnded()
    {
        return inputEnded;
    }

    public boolean isReadPaused()
    {
        return readPaused;
    }

    @Override
    public String toString()
    {
        return label;
    }
}
