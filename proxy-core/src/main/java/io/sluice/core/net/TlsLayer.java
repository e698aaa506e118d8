package io.sluice.core.net;

import javax.net.ssl.SSLEngine;
import java.nio.ByteBuffer;

/**
 * The TLS state of one {@link TcpConnection}: the JDK's {@link SSLEngine} and the connection's own buffers, each
 * allocated once when TLS starts (sized by the engine's session) and reused for every record:
 * <pre>
 *   socket --read--> netIn --unwrap--> appIn --> handler.onData
 *   write(src) --wrap--> netOut --write--> socket (the rest queued as for a plain connection)
 * </pre>
 * A buffer grows only if the peer's records need it (the engine's session says so). What the connection's owner
 * writes while the handshake runs (a login that follows the upgrade request at once) waits in plain text in
 * {@link #pendingPlain}, allocated then, and is wrapped when the handshake completes.
 *
 * <p>Threading: the connection's worker only.
 */
final class TlsLayer
{
    final SSLEngine engine;
    /** Write mode: ciphertext read and not yet unwrapped, in [0, position). */
    ByteBuffer netIn;
    /** Write mode: plain text unwrapped and not yet delivered, in [0, position). */
    ByteBuffer appIn;
    /** Write mode: ciphertext wrapped and not yet written, in [0, position). */
    ByteBuffer netOut;
    /** Write mode: plain text written before the handshake completed; null when none. */
    ByteBuffer pendingPlain;
    boolean handshaking = true;
    /** The engine's delegated tasks run on {@link TlsTasks}: reading waits. */
    boolean tasksRunning;
    /** When the handshake began, for the log line that tells how long it took. */
    final long startNs = System.nanoTime();
    /** Time spent in the engine's delegated tasks (key exchange, signatures), for the same log line. */
    long taskNs;

    TlsLayer(final SSLEngine engine, final int initialInBytes)
    {
        this.engine = engine;
        final int packetBytes = engine.getSession().getPacketBufferSize();
        // Heap buffers: the JDK's ciphers work on arrays without copies; socket I/O of a heap buffer goes
        // through the JDK's per-thread cached direct buffer.
        this.netIn = ByteBuffer.allocate(Math.max(packetBytes, initialInBytes));
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        this.netOut = ByteBuffer.allocate(packetBytes);
    }

    /** Keeps plain text written during the handshake (login only: allocates). */
    void holdPlain(final ByteBuffer src)
    {
        if (pendingPlain == null)
        {
            pendingPlain = ByteBuffer.allocate(Math.max(1024, src.remaining()));
        }
        if (pendingPlain.remaining() < src.remaining())
        {
            pendingPlain = grown(pendingPlain, pendingPlain.position() + src.remaining());
        }
        pendingPlain.put(src);
    }

    /** netIn is full and the engine still needs more of a record: make room as the session asks. */
    void growNetIn()
    {
        netIn = grown(netIn, Math.max(engine.getSession().getPacketBufferSize(), netIn.capacity() * 2));
    }

    void growAppIn()
    {
        appIn = grown(appIn, Math.max(engine.getSession().getApplicationBufferSize(), appIn.capacity() * 2));
    }

    void growNetOut()
    {
        netOut = grown(netOut, Math.max(engine.getSession().getPacketBufferSize(), netOut.capacity() * 2));
    }

    /** A copy of a write-mode buffer with at least {@code capacity} bytes. */
    private static ByteBuffer grown(final ByteBuffer b, final int capacity)
    {
        final ByteBuffer bigger = ByteBuffer.allocate(Math.max(capacity, b.capacity()));
        b.flip();
        bigger.put(b);
        return bigger;
    }

    /** The negotiated version and cipher suite, for logs. */
    String describe()
    {
        return engine.getSession().getProtocol() + " " + engine.getSession().getCipherSuite();
    }
}
