package io.sluice.protocol.mysql.compress;

import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Undoes the compressed protocol (CLIENT_COMPRESS) on a byte stream: compressed packets in, the
 * ordinary packet stream out.
 *
 * <pre>
 *  0      3    4       7
 *  +------+----+-------+------------------------------+
 *  | clen | seq| ulen  | payload (clen bytes)         |
 *  +------+----+-------+------------------------------+
 *  clen: payload length (3 bytes LE)   seq: compressed sequence id
 *  ulen: length after inflating (3 bytes LE); 0 = the payload is stored, not compressed
 * </pre>
 * The payloads, inflated and concatenated, are the ordinary protocol's bytes: ordinary packets may
 * span compressed packets and one compressed packet may hold several. The reader does not look at
 * them; the sink gets them in pieces at arbitrary boundaries, like bytes from a socket.
 *
 * <p>Input may come in chunks cut anywhere, down to one byte. Stored payloads go to the sink
 * straight from the input buffer; compressed ones are inflated as they arrive into one reused
 * output buffer. Only the 7-byte header is ever buffered. No allocation after construction.
 *
 * <p>Not thread-safe: one connection, one thread.
 */
public final class CompressedReader
{
    /** Bytes of the compressed packet header. */
    public static final int HEADER_BYTES = 7;

    /** Receives the ordinary protocol stream. */
    @FunctionalInterface
    public interface Sink
    {
        /**
         * Bytes of the ordinary stream, in [position, limit) of a buffer the reader reuses (or of the
         * caller's input buffer): consume or copy them before returning.
         */
        void onData(ByteBuffer data) throws IOException;
    }

    private static final byte[] NO_INPUT = new byte[0];

    private final Sink sink;
    private final Inflater inflater = new Inflater();
    private final ByteBuffer output;
    private final byte[] header = new byte[HEADER_BYTES];
    private int headerBytes;
    private int remaining;          // payload bytes of the current packet still to come
    private int expectedInflated;   // 0 for a stored payload
    private long inflatedSoFar;
    private int lastSequence = -1;
    private long packets;

    /** A reader with a 64 KiB inflate buffer. */
    public CompressedReader(final Sink sink)
    {
        this(sink, 64 * 1024);
    }

    /** A reader inflating into a buffer of this size (each sink call gets at most this many bytes). */
    public CompressedReader(final Sink sink, final int outputBufferBytes)
    {
        this.sink = sink;
        this.output = ByteBuffer.allocate(outputBufferBytes);
    }

    /**
     * Consumes [position, limit) of {@code input} (position ends at limit), passing every ordinary
     * byte it completes to the sink.
     *
     * @throws ProtocolException if the stream is not valid compressed protocol
     */
    public void feed(final ByteBuffer input) throws IOException
    {
        while (input.hasRemaining())
        {
            if (headerBytes < HEADER_BYTES)
            {
                final int n = Math.min(HEADER_BYTES - headerBytes, input.remaining());
                input.get(header, headerBytes, n);
                headerBytes += n;
                if (headerBytes == HEADER_BYTES)
                {
                    startPacket();
                }
                continue;
            }
            final int n = Math.min(remaining, input.remaining());
            if (expectedInflated == 0)
            {
                passStored(input, n);
            }
            else
            {
                inflate(input, n);
            }
            remaining -= n;
            if (remaining == 0)
            {
                endPacket();
            }
        }
    }

    /** The sequence id of the last compressed packet whose header was read; -1 before any. */
    public int lastSequence()
    {
        return lastSequence;
    }

    /** Compressed packets whose header was read. */
    public long packets()
    {
        return packets;
    }

    /** True between packets (no partial header or payload held). */
    public boolean atPacketBoundary()
    {
        return headerBytes == 0;
    }

    /** Releases the inflater's native memory. */
    public void close()
    {
        inflater.end();
    }

    private void startPacket() throws IOException
    {
        remaining = int3(header, 0);
        lastSequence = header[3] & 0xFF;
        expectedInflated = int3(header, 4);
        inflatedSoFar = 0;
        packets++;
        if (expectedInflated != 0)
        {
            inflater.reset();
        }
        if (remaining == 0)
        {
            endPacket();
        }
    }

    private void endPacket() throws IOException
    {
        if (expectedInflated != 0)
        {
            // All input given: drain what the inflater still holds.
            drainInflater();
            if (!inflater.finished() || inflatedSoFar != expectedInflated)
            {
                throw new ProtocolException("compressed packet " + lastSequence + " inflates to " + inflatedSoFar
                    + " bytes, header says " + expectedInflated);
            }
            inflater.setInput(NO_INPUT);
        }
        headerBytes = 0;
        remaining = 0;
    }

    private void passStored(final ByteBuffer input, final int n) throws IOException
    {
        final int limit = input.limit();
        final int end = input.position() + n;
        input.limit(end);
        try
        {
            sink.onData(input);
        }
        finally
        {
            input.limit(limit);
            input.position(end);
        }
    }

    private void inflate(final ByteBuffer input, final int n) throws IOException
    {
        final int limit = input.limit();
        final int end = input.position() + n;
        // The inflater reads [position, limit) of the buffer it was given: narrow it to this packet.
        input.limit(end);
        try
        {
            inflater.setInput(input);
            drainInflater();
            if (input.hasRemaining())
            {
                throw new ProtocolException("compressed packet " + lastSequence + " has data after its end");
            }
        }
        finally
        {
            inflater.setInput(NO_INPUT);
            input.limit(limit);
            input.position(end);
        }
    }

    private void drainInflater() throws IOException
    {
        while (true)
        {
            output.clear();
            final int produced;
            try
            {
                produced = inflater.inflate(output);
            }
            catch (final DataFormatException e)
            {
                throw new ProtocolException("compressed packet " + lastSequence + ": " + e.getMessage());
            }
            if (produced > 0)
            {
                inflatedSoFar += produced;
                if (inflatedSoFar > expectedInflated)
                {
                    throw new ProtocolException("compressed packet " + lastSequence + " inflates beyond "
                        + expectedInflated + " bytes");
                }
                output.flip();
                sink.onData(output);
                continue;
            }
            if (inflater.finished() || inflater.needsInput())
            {
                return;
            }
            if (inflater.needsDictionary())
            {
                throw new ProtocolException("compressed packet " + lastSequence + " needs a preset dictionary");
            }
        }
    }

    private static int int3(final byte[] b, final int at)
    {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
