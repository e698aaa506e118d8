package io.sluice.bench;

import io.sluice.protocol.mysql.wire.PacketFramer;
import io.sluice.protocol.mysql.wire.PacketSink;
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
 * The client-side framer on a stream of 100 COM_QUERY packets of typical sizes (a point select
 * of 40 bytes up to a 4 KB multi-row insert; about 79 KB in all), delivered in socket reads of
 * {@code chunkBytes}: 16 KiB (a loaded connection) or 1460 (one TCP segment, so that most
 * packets above a few hundred bytes are cut and go through the carry buffer). One operation
 * frames the whole stream; the sink only adds up lengths.
 *
 * Expected: 0 B/op (gc.alloc.rate.norm) in steady state; the carry buffer grows in the first
 * operation and is reused.
 */
@State(Scope.Thread)
public class PacketFramerBenchmark extends SluiceBenchmark
{
    static final int QUERIES = 100;
    static final int[] SQL_BYTES = {40, 62, 85, 120, 180, 260, 400, 900, 1800, 4000};

    @Param({"16384", "1460"})
    public int chunkBytes;

    private ByteBuffer stream;
    private int length;
    private PacketFramer framer;
    private final Counter sink = new Counter();

    static final class Counter implements PacketSink
    {
        long packets;
        long bytes;

        @Override
        public void packet(final ByteBuffer b, final int at, final int length, final boolean continuation)
        {
            packets++;
            bytes += length + (b.get(at + Wire.HEADER_BYTES) & 1);
        }
    }

    @Setup
    public void setUp()
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < QUERIES; i++)
        {
            final int sqlBytes = SQL_BYTES[i * 7 % SQL_BYTES.length];
            final StringBuilder sql = new StringBuilder("SELECT * FROM customers WHERE id = ").append(i);
            while (sql.length() < sqlBytes)
            {
                sql.append(" OR id = ").append(sql.length());
            }
            final byte[] text = sql.substring(0, sqlBytes).getBytes(StandardCharsets.US_ASCII);
            final int payload = 1 + text.length;
            out.write(payload);
            out.write(payload >>> 8);
            out.write(payload >>> 16);
            out.write(0);
            out.write(0x03); // COM_QUERY
            out.writeBytes(text);
        }
        final byte[] bytes = out.toByteArray();
        length = bytes.length;
        stream = ByteBuffer.allocateDirect(length);
        stream.put(0, bytes);
        framer = new PacketFramer(Wire.MAX_PAYLOAD * 4L, sink);
    }

    @Benchmark
    public long frameQueries()
    {
        final PacketFramer f = framer;
        for (int chunk = 0; chunk < length; chunk += chunkBytes)
        {
            f.frame(stream, chunk, Math.min(length, chunk + chunkBytes));
        }
        return sink.packets;
    }
}
