package io.sluice.protocol.mysql.reply;

import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.PacketFramer;
import io.sluice.protocol.mysql.wire.PacketSink;
import io.sluice.protocol.mysql.wire.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

import static io.sluice.protocol.mysql.wire.Commands.COM_PING;
import static io.sluice.protocol.mysql.wire.Commands.COM_QUERY;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_CLOSE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_EXECUTE;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_FETCH;
import static io.sluice.protocol.mysql.wire.Commands.COM_STMT_PREPARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "no allocation in steady state" rule, measured with the JVM's per-thread allocation
 * counter: a warmed-up tracker and framer on a mix of responses and packets cut at socket-read
 * sizes allocate nothing (errors included, as long as nobody asks for the message strings).
 */
class SteadyStateAllocationTest
{
    private static final int WARM_UP_ROUNDS = 20_000;
    private static final int MEASURED_ROUNDS = 20_000;
    private static final int AUTOCOMMIT = 2;
    private static final int MORE_RESULTS = 8;
    private static final int CURSOR_EXISTS = 0x40;

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private static final int[] COMMANDS = {COM_QUERY, COM_QUERY, COM_STMT_PREPARE, COM_STMT_EXECUTE, COM_STMT_FETCH,
        COM_STMT_CLOSE, COM_QUERY, COM_PING};

    private static byte[] responses(final boolean deprecateEof)
    {
        final ServerBytes rs = new ServerBytes().columnCount(3).columnDefs(deprecateEof, AUTOCOMMIT, "a", "b", "c");
        for (int i = 0; i < 40; i++)
        {
            rs.textRow(Integer.toString(i), i % 3 == 0 ? null : "value-" + i, "x".repeat(i * 37 % 300));
        }
        rs.end(deprecateEof, AUTOCOMMIT, 0);
        final ServerBytes call = new ServerBytes().columnCount(1).columnDefs(deprecateEof,
                AUTOCOMMIT | MORE_RESULTS, "1")
            .textRow("1").end(deprecateEof, AUTOCOMMIT | MORE_RESULTS, 0).ok(0, 0, AUTOCOMMIT, 0);
        final ServerBytes prepare = new ServerBytes().prepareOk(7, 2, 1, 0).columnDefs(deprecateEof, AUTOCOMMIT, "?")
            .columnDefs(deprecateEof, AUTOCOMMIT, "a", "b");
        final ServerBytes cursor = new ServerBytes().columnCount(2).columnDefs(true, 0, "a", "b")
            .end(deprecateEof, AUTOCOMMIT | CURSOR_EXISTS, 0);
        final ServerBytes fetch = new ServerBytes().binaryRow(1, 2).binaryRow(3, 4).end(deprecateEof,
                AUTOCOMMIT | CURSOR_EXISTS, 0);
        final ServerBytes err = new ServerBytes().err(1146, "42S02", "Table 't.nonexistent' doesn't exist");
        final ServerBytes ok = new ServerBytes().ok(1, 2, AUTOCOMMIT, 0);
        return Scans.concat(rs.bytes(), call.bytes(), prepare.bytes(), cursor.bytes(), fetch.bytes(),
                err.bytes(), ok.bytes());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void shouldNotAllocateWhileTrackingResponses(final boolean deprecateEof)
    {
        final byte[] stream = responses(deprecateEof);
        final ByteBuffer b = ByteBuffer.allocateDirect(stream.length);
        b.put(0, stream);
        final ReplyTracker t = new ReplyTracker(Capabilities.PROTOCOL_41 | (deprecateEof
                ? Capabilities.DEPRECATE_EOF : 0));
        long completions = trackRounds(t, b, stream.length, WARM_UP_ROUNDS);
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        completions += trackRounds(t, b, stream.length, MEASURED_ROUNDS);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertEquals(7L * (WARM_UP_ROUNDS + MEASURED_ROUNDS), completions);
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + MEASURED_ROUNDS * 7 + " responses");
    }

    private static long trackRounds(final ReplyTracker t, final ByteBuffer b, final int length, final int rounds)
    {
        long completions = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (final int command : COMMANDS)
            {
                t.expect(command);
            }
            // socket reads of varying size
            final int chunkBytes = 100 + round % 1400;
            for (int chunk = 0; chunk < length; chunk += chunkBytes)
            {
                final int to = Math.min(length, chunk + chunkBytes);
                int from = chunk;
                while (from < to)
                {
                    from = t.scan(b, from, to);
                    completions += t.isComplete() ? 1 : 0;
                }
            }
        }
        return completions;
    }

    private static final class Counter implements PacketSink
    {
        long packets;

        @Override
        public void packet(final ByteBuffer b, final int at, final int length, final boolean continuation)
        {
            packets++;
        }
    }

    @Test
    void shouldNotAllocateWhileFramingPackets()
    {
        final ServerBytes packets = new ServerBytes();
        for (int i = 0; i < 50; i++)
        {
            packets.packet(new byte[20 + i * 97 % 3000]);
        }
        final byte[] stream = packets.bytes();
        final ByteBuffer b = ByteBuffer.allocateDirect(stream.length);
        b.put(0, stream);
        final Counter sink = new Counter();
        final PacketFramer framer = new PacketFramer(Wire.MAX_PAYLOAD, sink);
        frameRounds(framer, b, stream.length, WARM_UP_ROUNDS);
        final long before = THREADS.getCurrentThreadAllocatedBytes();
        frameRounds(framer, b, stream.length, MEASURED_ROUNDS);
        final long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertEquals(50L * (WARM_UP_ROUNDS + MEASURED_ROUNDS), sink.packets);
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + MEASURED_ROUNDS * 50 + " packets");
    }

    private static void frameRounds(final PacketFramer framer, final ByteBuffer b, final int length, final int rounds)
    {
        for (int round = 0; round < rounds; round++)
        {
            final int chunkBytes = 100 + round % 1400;
            for (int chunk = 0; chunk < length; chunk += chunkBytes)
            {
                framer.frame(b, chunk, Math.min(length, chunk + chunkBytes));
            }
        }
    }
}
