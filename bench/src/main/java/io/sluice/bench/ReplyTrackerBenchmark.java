package io.sluice.bench;

import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Wire;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The reply tracker on a realistic text result set: 1000 rows of 5 columns (ints, short
 * strings, a decimal), about 55 KB, scanned in 16 KiB chunks as socket reads would deliver it,
 * so rows are cut at chunk ends. One operation is one whole response.
 *
 * <ul>
 *   <li>{@code scanResultSet}: expect a COM_QUERY, scan every chunk with the caller's loop.</li>
 *   <li>{@code walkPacketHeadersBaseline}: only hop from header to header over the same bytes,
 *       understanding nothing: the floor any framing costs.</li>
 * </ul>
 * Expected: 0 B/op (gc.alloc.rate.norm) in steady state.
 */
@State(Scope.Thread)
public class ReplyTrackerBenchmark extends SluiceBenchmark
{
    static final int ROWS = 1000;
    static final int CHUNK_BYTES = 16 * 1024;

    @Param({"false", "true"})
    public boolean deprecateEof;

    private ByteBuffer stream;
    private int length;
    private ReplyTracker tracker;

    @Setup
    public void setUp()
    {
        final byte[] bytes = resultSet(deprecateEof);
        length = bytes.length;
        stream = ByteBuffer.allocateDirect(length);
        stream.put(0, bytes);
        tracker = new ReplyTracker(Capabilities.PROTOCOL_41 | (deprecateEof ? Capabilities.DEPRECATE_EOF : 0));
    }

    @Benchmark
    public long scanResultSet()
    {
        final ReplyTracker t = tracker;
        t.expect(Commands.COM_QUERY);
        for (int chunk = 0; chunk < length; chunk += CHUNK_BYTES)
        {
            final int to = Math.min(length, chunk + CHUNK_BYTES);
            int from = chunk;
            while (from < to)
            {
                from = t.scan(stream, from, to);
            }
        }
        if (!t.isComplete())
        {
            throw new IllegalStateException("response not complete: " + t);
        }
        return t.rows();
    }

    @Benchmark
    public int walkPacketHeadersBaseline()
    {
        final ByteBuffer b = stream;
        int packets = 0;
        int at = 0;
        while (at < length)
        {
            at += Wire.HEADER_BYTES + Wire.payloadLength(b, at);
            packets++;
        }
        return packets;
    }

    /** The server's bytes for SELECT id, name, qty, email, price ... (1000 rows). */
    static byte[] resultSet(final boolean deprecateEof)
    {
        final Packets p = new Packets();
        p.packet(new byte[] {5});
        for (final String name : new String[] {"id", "name", "qty", "email", "price"})
        {
            p.packet(columnDefinition(name));
        }
        if (!deprecateEof)
        {
            p.packet(new byte[] {(byte)0xFE, 0, 0, 2, 0});
        }
        for (int i = 1; i <= ROWS; i++)
        {
            final ByteArrayOutputStream row = new ByteArrayOutputStream();
            lenencString(row, Integer.toString(i));
            lenencString(row, String.format("customer-%04d", i));
            lenencString(row, Integer.toString(i * 7 % 1000));
            lenencString(row, String.format("user%04d@example.com", i));
            lenencString(row, String.format("%d.%02d", i % 500, i % 100));
            p.packet(row.toByteArray());
        }
        p.packet(deprecateEof ? new byte[] {(byte)0xFE, 0, 0, 2, 0, 0, 0} : new byte[] {(byte)0xFE, 0, 0, 2, 0});
        return p.bytes();
    }

    private static byte[] columnDefinition(final String name)
    {
        final ByteArrayOutputStream d = new ByteArrayOutputStream();
        lenencString(d, "def");
        lenencString(d, "shop");
        lenencString(d, "customers");
        lenencString(d, "customers");
        lenencString(d, name);
        lenencString(d, name);
        d.writeBytes(new byte[] {0x0C, 0x21, 0, (byte)0xFF, 0, 0, 0, (byte)0xFD, 0, 0, 0, 0, 0});
        return d.toByteArray();
    }

    private static void lenencString(final ByteArrayOutputStream out, final String s)
    {
        final byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length); // all short
        out.writeBytes(bytes);
    }

    /** Packets with consecutive sequence ids. */
    static final class Packets
    {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int sequence;

        Packets packet(final byte[] payload)
        {
            out.write(payload.length);
            out.write(payload.length >>> 8);
            out.write(payload.length >>> 16);
            out.write(sequence++);
            out.writeBytes(payload);
            return this;
        }

        byte[] bytes()
        {
            return out.toByteArray();
        }
    }
}
