package io.sluice.protocol.mysql.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * Wraps an outgoing ordinary-protocol byte stream into compressed packets (CLIENT_COMPRESS; header
 * layout in {@link CompressedReader}). The bytes need not be whole ordinary packets: any chunk
 * becomes one or more compressed packets, and the peer reassembles ordinary packets across them.
 *
 * <p>Like the server ({@code my_compress}): a chunk under {@code minCompressBytes} (50) is sent
 * stored (uncompressed length 0), and so is a chunk that deflating would not make smaller. Each
 * compressed packet carries at most {@code maxChunkBytes} (at most 0xFFFFFF) bytes of the stream.
 *
 * <p><b>Sequence ids.</b> Compressed packets have their own sequence, which the client restarts
 * at 0 with each command. The server answers with the id after the last one it read (a command in
 * one compressed packet numbered 0 gets replies numbered 1, 2, ...; after LOCAL INFILE data the
 * count goes on from the client's last data packet). The proxy, speaking as the server, therefore
 * calls {@code sequence(reader.lastSequence() + 1)} for each client packet it passes on;
 * {@link #resetSequence()} (to 0) is for the side that starts an exchange.
 *
 * <p>The deflater and the packet buffer are reused: no allocation per packet once the buffer has
 * grown to the largest chunk. Not thread-safe.
 */
public final class CompressedWriter
{
    /** The server's MIN_COMPRESS_LENGTH: shorter chunks are not worth deflating. */
    public static final int DEFAULT_MIN_COMPRESS_BYTES = 50;
    /** The largest stream chunk per compressed packet (the 3-byte length field). */
    public static final int MAX_CHUNK_BYTES = 0xFFFFFF;
    /** Default chunk: 1 MiB keeps the per-connection buffer small; the ratio barely changes. */
    public static final int DEFAULT_MAX_CHUNK_BYTES = 1 << 20;

    /** Where the compressed packets go. */
    @FunctionalInterface
    public interface Output
    {
        /** Takes every byte in [position, limit) ({@code TcpConnection::write} does). */
        void write(ByteBuffer data) throws IOException;
    }

    private static final byte[] NO_INPUT = new byte[0];

    private final Output output;
    private final int minCompressBytes;
    private final int maxChunkBytes;
    private final Deflater deflater;
    private final ByteBuffer header = ByteBuffer.allocate(CompressedReader.HEADER_BYTES);
    private ByteBuffer packet = ByteBuffer.allocate(CompressedReader.HEADER_BYTES + 256);
    private int sequence;
    private long packets;
    private long compressedPackets;
    private long bytesIn;
    private long bytesOut;

    /** Defaults: 50-byte threshold, 1 MiB chunks, {@link Deflater#BEST_SPEED}. */
    public CompressedWriter(final Output output)
    {
        this(output, DEFAULT_MIN_COMPRESS_BYTES, DEFAULT_MAX_CHUNK_BYTES, Deflater.BEST_SPEED);
    }

    /**
     * @param minCompressBytes chunks shorter than this are sent stored
     * @param maxChunkBytes    stream bytes per compressed packet, 1 to 0xFFFFFF
     * @param level            zlib level, 0 to 9 ({@link Deflater#BEST_SPEED} is 1)
     */
    public CompressedWriter(final Output output, final int minCompressBytes, final int maxChunkBytes, final int level)
    {
        if (maxChunkBytes < 1 || maxChunkBytes > MAX_CHUNK_BYTES)
        {
            throw new IllegalArgumentException("maxChunkBytes must be 1.." + MAX_CHUNK_BYTES + ": " + maxChunkBytes);
        }
        this.output = output;
        this.minCompressBytes = minCompressBytes;
        this.maxChunkBytes = maxChunkBytes;
        this.deflater = new Deflater(level);
    }

    /** Sends [position, limit) of {@code src} as compressed packets; src ends at its limit. */
    public void write(final ByteBuffer src) throws IOException
    {
        while (src.hasRemaining())
        {
            final int n = Math.min(src.remaining(), maxChunkBytes);
            bytesIn += n;
            if (n < minCompressBytes || !writeDeflated(src, n))
            {
                writeStored(src, n);
            }
        }
    }

    /** The next packet gets sequence id 0. */
    public void resetSequence()
    {
        sequence = 0;
    }

    /** The next packet gets this sequence id (mod 256). */
    public void sequence(final int next)
    {
        sequence = next & 0xFF;
    }

    /** The sequence id the next packet will carry. */
    public int nextSequence()
    {
        return sequence & 0xFF;
    }

    /** Compressed packets written, stored or deflated. */
    public long packets()
    {
        return packets;
    }

    /** Packets whose payload was deflated. */
    public long compressedPackets()
    {
        return compressedPackets;
    }

    /** Stream bytes taken. */
    public long bytesIn()
    {
        return bytesIn;
    }

    /** Bytes handed to the output, headers included. */
    public long bytesOut()
    {
        return bytesOut;
    }

    /** Releases the deflater's native memory. */
    public void close()
    {
        deflater.end();
    }

    /** Deflates n bytes of src into one packet; false (src untouched) if that would not make them smaller. */
    private boolean writeDeflated(final ByteBuffer src, final int n) throws IOException
    {
        ensurePacketCapacity(CompressedReader.HEADER_BYTES + n);
        final int start = src.position();
        final int limit = src.limit();
        deflater.reset();
        src.limit(start + n);
        packet.clear();
        // Worth it only if strictly smaller (my_compress): give the deflater n - 1 bytes of room.
        packet.position(CompressedReader.HEADER_BYTES).limit(CompressedReader.HEADER_BYTES + n - 1);
        try
        {
            deflater.setInput(src);
            deflater.finish();
            int stalls = 0;
            while (!deflater.finished() && packet.hasRemaining() && stalls < 2)
            {
                stalls = deflater.deflate(packet) == 0 ? stalls + 1 : 0;
            }
        }
        finally
        {
            deflater.setInput(NO_INPUT);
            src.limit(limit);
        }
        if (!deflater.finished())
        {
            src.position(start);
            return false;
        }
        src.position(start + n);
        final int compressed = packet.position() - CompressedReader.HEADER_BYTES;
        putHeader(packet, compressed, n);
        packet.flip();
        bytesOut += packet.remaining();
        output.write(packet);
        compressedPackets++;
        return true;
    }

    private void writeStored(final ByteBuffer src, final int n) throws IOException
    {
        if (n < 4096)
        {
            // Small: one write of header and payload together.
            ensurePacketCapacity(CompressedReader.HEADER_BYTES + n);
            packet.clear();
            putHeader(packet, n, 0);
            packet.position(CompressedReader.HEADER_BYTES);
            final int limit = src.limit();
            src.limit(src.position() + n);
            packet.put(src);
            src.limit(limit);
            packet.flip();
            bytesOut += packet.remaining();
            output.write(packet);
            return;
        }
        header.clear();
        putHeader(header, n, 0);
        bytesOut += CompressedReader.HEADER_BYTES + n;
        output.write(header);
        final int limit = src.limit();
        final int end = src.position() + n;
        src.limit(end);
        try
        {
            output.write(src);
        }
        finally
        {
            src.limit(limit);
            src.position(end);
        }
    }

    private void putHeader(final ByteBuffer b, final int payloadBytes, final int uncompressedBytes)
    {
        b.put(0, (byte)payloadBytes);
        b.put(1, (byte)(payloadBytes >>> 8));
        b.put(2, (byte)(payloadBytes >>> 16));
        b.put(3, (byte)sequence);
        b.put(4, (byte)uncompressedBytes);
        b.put(5, (byte)(uncompressedBytes >>> 8));
        b.put(6, (byte)(uncompressedBytes >>> 16));
        sequence = (sequence + 1) & 0xFF;
        packets++;
    }

    private void ensurePacketCapacity(final int bytes)
    {
        if (packet.capacity() < bytes)
        {
            packet = ByteBuffer.allocate(Math.max(bytes, Math.min(2 * packet.capacity(),
                CompressedReader.HEADER_BYTES + maxChunkBytes)));
        }
    }
}
