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
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

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
 * <p>TLS ({@link #startTls}): from then on reads go into the connection's own {@link TlsLayer} buffers, are
 * unwrapped and handed on as plain text; writes are wrapped into its output buffer, which leaves at the end of
 * the read being handled (held as above) or at once outside a read. The handshake runs on the worker, without
 * blocking it: the engine's delegated tasks (key exchange and signature: 2-3 ms of CPU with an EC P-256 key on a
 * warm JVM, tens of ms on a cold one) run on {@link TlsTasks}' threads while the connection's reading pauses.
 *
 * <p>Threading: everything runs on the owning worker. Hot path (read, write, flush): no
 * allocation in steady state (with TLS, none by Sluice's code: the JDK's SSLEngine makes a small result
 * object per record).
 */
public final class TcpConnection implements IoHandler, Worker.HeldOutput
{
    private static final Logger LOG = LoggerFactory.getLogger(TcpConnection.class);
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

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
    /** Null until {@link #startTls}. */
    private TlsLayer tls;
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
        if (tls != null)
        {
            readTls();
            return;
        }
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
        if (tls != null && buffer.hasRemaining() && !closed)
        {
            // TLS started while this read was handled: what the handler left is the start of the peer's handshake.
            if (tls.netIn.remaining() < buffer.remaining())
            {
                tls.netIn = ByteBuffer.allocate(tls.netIn.position() + buffer.remaining()).put(tls.netIn.flip());
            }
            tls.netIn.put(buffer);
            pumpTls();
        }
    }

    // ---- TLS ----

    /**
     * Switches to TLS with {@code engine} (client or server mode set): what arrives from now on is unwrapped by it,
     * what is written is wrapped (held in plain text until the handshake completes). Called while a read is handled,
     * the bytes the handler leaves unconsumed in the read buffer are the peer's first TLS bytes. Worker thread.
     */
    public void startTls(final SSLEngine engine) throws IOException
    {
        if (tls != null)
        {
            throw new IOException("TLS already started: " + label);
        }
        tls = new TlsLayer(engine, 0);
        engine.beginHandshake();
        // A client sends its hello now; a server waits for the client's.
        pumpTls();
    }

    /** True once {@link #startTls} was called. */
    public boolean isTls()
    {
        return tls != null;
    }

    /** True once the TLS handshake completed. */
    public boolean isTlsEstablished()
    {
        return tls != null && !tls.handshaking;
    }

    // hot path: no allocation
    private void readTls() throws IOException
    {
        final TlsLayer t = tls;
        if (t.tasksRunning)
        {
            return; // a readiness event of the same batch: read when the tasks are done
        }
        if (!t.netIn.hasRemaining())
        {
            t.growNetIn(); // a record longer than the session's packet size: only if the peer's records need it
        }
        final int n;
        try
        {
            n = channel.read(t.netIn);
        }
        catch (final IOException e)
        {
            if (t.handshaking)
            {
                LOG.warn("{}: TLS handshake failed: {}", label, e.getMessage());
            }
            throw e;
        }
        if (n < 0)
        {
            inputEnded = true;
            if (t.handshaking)
            {
                LOG.warn("{}: TLS handshake failed: the peer closed the connection during the handshake", label);
                close(new IOException("the peer closed the connection during the TLS handshake"));
                return;
            }
            updateInterest();
            handler.onEndOfStream(this);
            return;
        }
        if (n == 0)
        {
            return;
        }
        bytesRead += n;
        pumpTls();
    }

    /**
     * Runs the engine as far as the bytes at hand allow: handshake steps (wrapping what the engine must send,
     * running its tasks), then unwrapping records into appIn, which goes to the handler whenever it fills and once
     * the input is used up. A TLS failure (bad record, refused certificate, garbage in place of a handshake) sends
     * the engine's alert if it has one, logs a line and throws: only this connection closes.
     */
    // hot path: no allocation by Sluice (one SSLEngineResult per unwrap, the JDK's)
    private void pumpTls() throws IOException
    {
        final boolean outerRead = worker.inRead();
        if (!outerRead)
        {
            worker.beginRead(); // what the handlers write for this input leaves in one write per socket
        }
        boolean peerClosed = false;
        try
        {
            peerClosed = unwrapAll();
        }
        catch (final SSLException e)
        {
            failTls(e);
        }
        finally
        {
            if (!outerRead)
            {
                worker.endRead();
            }
        }
        if (peerClosed && !closed && !inputEnded)
        {
            // close_notify: the peer sends no more, as a FIN says.
            inputEnded = true;
            updateInterest();
            handler.onEndOfStream(this);
        }
    }

    /** Returns true if the peer closed its side of TLS (close_notify). */
    private boolean unwrapAll() throws IOException
    {
        final TlsLayer t = tls;
        final SSLEngine engine = t.engine;
        t.netIn.flip();
        try
        {
            while (!closed)
            {
                final SSLEngineResult.HandshakeStatus hs = engine.getHandshakeStatus();
                if (hs == SSLEngineResult.HandshakeStatus.NEED_TASK)
                {
                    startDelegatedTasks();
                    break; // the input waits in netIn; reading resumes when the tasks are done
                }
                if (hs == SSLEngineResult.HandshakeStatus.NEED_WRAP)
                {
                    if (!wrapHandshake())
                    {
                        break;
                    }
                    continue;
                }
                if (t.handshaking && hs == SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING)
                {
                    handshakeFinished();
                    continue;
                }
                if (!t.netIn.hasRemaining() && hs != SSLEngineResult.HandshakeStatus.NEED_UNWRAP_AGAIN)
                {
                    break;
                }
                final SSLEngineResult r = engine.unwrap(t.netIn, t.appIn);
                final SSLEngineResult.Status status = r.getStatus();
                if (status == SSLEngineResult.Status.BUFFER_UNDERFLOW)
                {
                    break; // part of a record: wait for the rest
                }
                if (status == SSLEngineResult.Status.BUFFER_OVERFLOW)
                {
                    if (t.appIn.position() > 0)
                    {
                        deliverTls();
                    }
                    else
                    {
                        t.growAppIn();
                    }
                    continue;
                }
                if (status == SSLEngineResult.Status.CLOSED)
                {
                    return true;
                }
                if (r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.FINISHED && t.handshaking)
                {
                    handshakeFinished();
                }
            }
        }
        finally
        {
            t.netIn.compact();
        }
        if (t.appIn.position() > 0 && !closed)
        {
            deliverTls();
        }
        return false;
    }

    private void deliverTls()
    {
        final ByteBuffer app = tls.appIn;
        app.flip();
        try
        {
            handler.onData(this, app);
        }
        finally
        {
            app.clear();
        }
    }

    /** Wraps one handshake message and writes it; false if the engine has closed its output. */
    private boolean wrapHandshake() throws IOException
    {
        final SSLEngineResult r = tls.engine.wrap(EMPTY, tls.netOut);
        if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW)
        {
            flushTlsOut();
            if (tls.netOut.position() == 0)
            {
                tls.growNetOut();
            }
            return true;
        }
        flushTlsOut();
        if (r.getStatus() == SSLEngineResult.Status.CLOSED)
        {
            return false;
        }
        if (r.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.FINISHED && tls.handshaking)
        {
            handshakeFinished();
        }
        return true;
    }

    /**
     * Hands the engine's delegated tasks (key exchange and signature: milliseconds of CPU) to {@link TlsTasks}, off the
     * worker; reading pauses meanwhile, and the handshake goes on on the worker once they are done. Control plane.
     */
    private void startDelegatedTasks() throws IOException
    {
        final TlsLayer t = tls;
        t.tasksRunning = true;
        updateInterest();
        TlsTasks.run(t.engine, taskNs ->
        {
            t.taskNs += taskNs;
            worker.execute(this::delegatedTasksDone);
        });
    }

    /** Back on the worker after the delegated tasks: the handshake continues with the input at hand. */
    private void delegatedTasksDone()
    {
        if (closed)
        {
            return;
        }
        tls.tasksRunning = false;
        try
        {
            updateInterest();
            pumpTls();
        }
        catch (final IOException e)
        {
            close(e);
        }
    }

    private void handshakeFinished() throws IOException
    {
        final TlsLayer t = tls;
        t.handshaking = false;
        if (LOG.isDebugEnabled())
        {
            LOG.debug("{}: TLS established in {} us ({} us of it in the engine's tasks, off the worker): {}", label,
                (System.nanoTime() - t.startNs) / 1000, t.taskNs / 1000, t.describe());
        }
        if (t.pendingPlain != null)
        {
            final ByteBuffer pending = t.pendingPlain;
            t.pendingPlain = null;
            pending.flip();
            writeTls(pending);
        }
    }

    /** Sends the engine's alert if it has one, logs why TLS failed, and throws. */
    private void failTls(final SSLException e) throws IOException
    {
        final String what = tls.handshaking ? "TLS handshake failed" : "TLS failed";
        LOG.warn("{}: {}: {}", label, what, e.getMessage());
        try
        {
            tls.engine.closeOutbound();
            tls.netOut.clear();
            while (!tls.engine.isOutboundDone())
            {
                final SSLEngineResult r = tls.engine.wrap(EMPTY, tls.netOut);
                if (r.getStatus() != SSLEngineResult.Status.OK || r.bytesProduced() == 0)
                {
                    break;
                }
            }
            flushTlsOut();
        }
        catch (final IOException | RuntimeException alertFailed)
        {
            LOG.debug("{}: could not send the TLS alert: {}", label, alertFailed.getMessage());
        }
        throw new IOException(what + ": " + e.getMessage(), e);
    }

    /** Wraps all of src into netOut; it leaves when the current read ends, or at once outside a read. */
    // hot path: no allocation by Sluice (one SSLEngineResult per record, the JDK's)
    private void writeTls(final ByteBuffer src) throws IOException
    {
        final TlsLayer t = tls;
        if (t.handshaking)
        {
            t.holdPlain(src);
            return;
        }
        while (src.hasRemaining())
        {
            final SSLEngineResult r = t.engine.wrap(src, t.netOut);
            final SSLEngineResult.Status status = r.getStatus();
            if (status == SSLEngineResult.Status.BUFFER_OVERFLOW)
            {
                if (t.netOut.position() == 0)
                {
                    t.growNetOut();
                }
                flushTlsOut();
                continue;
            }
            if (status == SSLEngineResult.Status.CLOSED)
            {
                throw new IOException("write to a closed TLS connection: " + label);
            }
            if (r.bytesConsumed() == 0 && r.bytesProduced() == 0)
            {
                throw new IOException("TLS engine made no progress (" + t.engine.getHandshakeStatus() + "): " + label);
            }
        }
        if (worker.inRead())
        {
            if (!held)
            {
                held = true;
                worker.hold(this);
            }
        }
        else
        {
            flushTlsOut();
        }
    }

    /** Writes what netOut holds: straight to the socket when nothing is queued, the rest queued. */
    // hot path: no allocation
    private void flushTlsOut() throws IOException
    {
        final ByteBuffer out = tls.netOut;
        if (out.position() == 0)
        {
            return;
        }
        out.flip();
        if (queue.isEmpty() && !connecting)
        {
            writeCalls++;
            bytesWritten += channel.write(out);
        }
        if (out.hasRemaining())
        {
            queue.append(out);
            notePeak();
            updateInterest();
            checkHighWater();
        }
        out.clear();
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
        if (tls != null)
        {
            writeTls(src);
            return;
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
            if (tls != null)
            {
                flushTlsOut();
                if (queue.isEmpty() && shutdownOutputWhenFlushed && !outputShut)
                {
                    shutOutput();
                }
            }
            else if (viewHeld)
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
        if (tls != null && !tls.handshaking && !tls.engine.isOutboundDone())
        {
            // close_notify before the FIN, as TLS asks
            tls.engine.closeOutbound();
            tls.engine.wrap(EMPTY, tls.netOut);
            tls.netOut.flip();
            channel.write(tls.netOut);
            tls.netOut.clear();
        }
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
        if (!readPaused && !inputEnded && !connecting && (tls == null || !tls.tasksRunning))
        {
            interest |= Poller.READ;
        }
        return interest;
    }

    /**
     * Whether the connection may move to another worker: open, connected, reading, both directions
     * open, nothing queued or held for writing, and not TLS (its engine's buffers and the handshake
     * tasks it hands to other threads belong to the worker it started on). Worker thread.
     */
    public boolean isMovable()
    {
        return !closed && !connecting && !readPaused && !inputEnded && !outputShut && !shutdownOutputWhenFlushed
            && !held && queue.isEmpty() && tls == null;
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
            if (tls != null && tls.netOut.position() > 0)
            {
                tls.netOut.flip();
                writeCalls++;
                bytesWritten += channel.write(tls.netOut);
                tls.netOut.clear();
            }
            else if (viewHeld)
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
