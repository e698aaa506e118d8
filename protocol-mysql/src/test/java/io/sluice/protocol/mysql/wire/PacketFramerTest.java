package io.sluice.protocol.mysql.wire;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Client packets framed from every fragmentation of the stream.
 */
class PacketFramerTest
{
    private static final long MAX_ALLOWED = 64L * 1024 * 1024;

    /** A delivered packet: its bytes (copied during the call) and flag. */
    private record Delivered(byte[] bytes, boolean continuation)
    {
        @Override
        public boolean equals(final Object o)
        {
            return o instanceof Delivered d && Arrays.equals(bytes, d.bytes) && continuation == d.continuation;
        }

        @Override
        public int hashCode()
        {
            return Arrays.hashCode(bytes) * 31 + Boolean.hashCode(continuation);
        }

        @Override
        public String toString()
        {
            return "Delivered[" + bytes.length + " bytes" + (continuation ? ", continuation" : "") + "]";
        }
    }

    private static final class Collector implements PacketSink
    {
        final List<Delivered> packets = new ArrayList<>();
        final List<ByteBuffer> buffers = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();

        @Override
        public void packet(final ByteBuffer b, final int at, final int length, final boolean continuation)
        {
            final byte[] copy = new byte[length];
            b.get(at, copy);
            packets.add(new Delivered(copy, continuation));
            buffers.add(b);
            offsets.add(at);
        }
    }

    /** Packets with the given payload lengths, payload bytes numbered; the expected deliveries in out. */
    private static byte[] stream(final List<Delivered> out, final int... payloadLengths)
    {
        final ByteArrayOutputStream s = new ByteArrayOutputStream();
        boolean continuation = false;
        int sequence = 0;
        for (final int length : payloadLengths)
        {
            final byte[] packet = new byte[Wire.HEADER_BYTES + length];
            Wire.putHeader(ByteBuffer.wrap(packet), 0, length, sequence++);
            for (int i = 0; i < length; i++)
            {
                packet[Wire.HEADER_BYTES + i] = (byte)(i * 7 + sequence);
            }
            s.writeBytes(packet);
            out.add(new Delivered(packet, continuation));
            continuation = length == Wire.MAX_PAYLOAD;
        }
        return s.toByteArray();
    }

    /** Feeds the stream cut at the given positions, each chunk at an odd offset of a buffer overwritten afterwards. */
    private static Collector feed(final PacketFramer framer, final Collector sink,
            final byte[] stream, final int... cuts)
    {
        final ByteBuffer b = ByteBuffer.allocateDirect(stream.length + 32);
        int start = 0;
        for (int i = 0; i <= cuts.length; i++)
        {
            final int end = i < cuts.length ? cuts[i] : stream.length;
            b.put(11, stream, start, end - start);
            framer.frame(b, 11, 11 + end - start);
            final byte[] garbage = new byte[end - start];
            Arrays.fill(garbage, (byte)0x5A);
            b.put(11, garbage);
            start = end;
        }
        return sink;
    }

    private static List<Delivered> frameCut(final byte[] stream, final int... cuts)
    {
        final Collector sink = new Collector();
        final PacketFramer framer = new PacketFramer(MAX_ALLOWED, sink);
        feed(framer, sink, stream, cuts);
        assertFalse(framer.hasPartialPacket());
        return sink.packets;
    }

    @Test
    void shouldDeliverPacketsInsideAChunkAsViewsWithoutCopy()
    {
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, 1, 33, 0, 250, 1000);
        final ByteBuffer b = ByteBuffer.allocateDirect(stream.length + 5);
        b.put(5, stream);
        final Collector sink = new Collector();
        final PacketFramer framer = new PacketFramer(MAX_ALLOWED, sink);
        framer.frame(b, 5, 5 + stream.length);
        assertEquals(expected, sink.packets);
        int at = 5;
        for (int i = 0; i < expected.size(); i++)
        {
            assertSame(b, sink.buffers.get(i));
            assertEquals(at, sink.offsets.get(i));
            at += expected.get(i).bytes().length;
        }
        assertEquals(0, framer.carryCapacity(), "nothing was cut, nothing was copied");
    }

    @Test
    void shouldDeliverTheSamePacketsAtEveryCutAndOneByteAtATime()
    {
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, 1, 33, 0, 250, 3, 1500, 1, 17);
        for (int cut = 1; cut < stream.length; cut++)
        {
            assertEquals(expected, frameCut(stream, cut), "cut at " + cut);
        }
        assertEquals(expected, frameCut(stream, java.util.stream.IntStream.range(1, stream.length).toArray()));
        final Random random = new Random(42);
        for (int round = 0; round < 200; round++)
        {
            final int[] cuts = random.ints(1 + random.nextInt(20), 1, stream.length).distinct().sorted().toArray();
            assertEquals(expected, frameCut(stream, cuts), "cut at " + Arrays.toString(cuts));
        }
    }

    @Test
    void shouldReportAPartialPacketUntilItsLastByte()
    {
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, 100);
        final Collector sink = new Collector();
        final PacketFramer framer = new PacketFramer(MAX_ALLOWED, sink);
        final ByteBuffer b = ByteBuffer.wrap(stream);
        framer.frame(b, 0, 2);
        assertTrue(framer.hasPartialPacket(), "inside the header");
        assertEquals(2, framer.partialPacketBytes());
        framer.frame(b, 2, 50);
        assertTrue(framer.hasPartialPacket(), "inside the payload");
        assertEquals(50, framer.partialPacketBytes());
        assertTrue(sink.packets.isEmpty());
        framer.frame(b, 50, stream.length);
        assertFalse(framer.hasPartialPacket());
        assertEquals(0, framer.partialPacketBytes());
        assertEquals(expected, sink.packets);
    }

    @Test
    void shouldFlagContinuationsOfFullPacketsAndReuseTheGrownCarry()
    {
        // A 0xFFFFFF packet, then its continuation; then a full one followed by an empty continuation.
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, Wire.MAX_PAYLOAD, 10, 5, Wire.MAX_PAYLOAD, 0, 2);
        assertEquals(List.of(false, true, false, false, true, false),
            expected.stream().map(Delivered::continuation).toList());
        final Collector sink = new Collector();
        final PacketFramer framer = new PacketFramer(MAX_ALLOWED, sink);
        final int[] cuts = java.util.stream.IntStream.iterate(16 * 1024, c -> c < stream.length, c -> c
                + 16 * 1024).toArray();
        feed(framer, sink, stream, cuts);
        assertEquals(expected, sink.packets);
        assertEquals(PacketFramer.MAX_PACKET_BYTES, framer.carryCapacity());

        // Again on the same framer: the carry buffer is reused, not grown.
        final Collector again = new Collector();
        final PacketFramer second = new PacketFramer(MAX_ALLOWED, again);
        feed(second, again, stream, cuts);
        final int capacity = second.carryCapacity();
        feed(second, again, stream, cuts);
        assertEquals(capacity, second.carryCapacity());
        assertEquals(2 * expected.size(), again.packets.size());
    }

    @Test
    void shouldRefuseAPacketLongerThanTheMaximumAtItsHeader()
    {
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, 10, 1001, 10);
        final Collector sink = new Collector();
        final PacketFramer framer = new PacketFramer(1000, sink);
        // Only the header of the long packet has arrived: refused before its payload is buffered.
        final PacketTooLargeException e = assertThrows(PacketTooLargeException.class,
            () -> framer.frame(ByteBuffer.wrap(stream), 0, 14 + 4));
        assertEquals(1001, e.payloadBytes());
        assertEquals(1000, e.maxPayloadBytes());
        assertEquals(List.of(expected.get(0)), sink.packets);

        final Collector whole = new Collector();
        assertThrows(PacketTooLargeException.class,
            () -> new PacketFramer(1000, whole).frame(ByteBuffer.wrap(stream), 0, stream.length));
        assertEquals(List.of(expected.get(0)), whole.packets);
    }

    @Test
    void shouldCountContinuationsTowardsTheMaximum()
    {
        final List<Delivered> expected = new ArrayList<>();
        final byte[] stream = stream(expected, Wire.MAX_PAYLOAD, 100);
        final Collector sink = new Collector();
        assertThrows(PacketTooLargeException.class,
            () -> new PacketFramer(Wire.MAX_PAYLOAD + 99L, sink).frame(ByteBuffer.wrap(stream), 0, stream.length));
        assertEquals(List.of(expected.get(0)), sink.packets);

        final Collector exact = new Collector();
        new PacketFramer(Wire.MAX_PAYLOAD + 100L, exact).frame(ByteBuffer.wrap(stream), 0, stream.length);
        assertEquals(expected, exact.packets);
    }
}
