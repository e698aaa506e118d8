package io.sluice.protocol.mysql.compress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompressedRoundTripTest
{
    private static final int MAX = 0xFFFFFF;

    @Test
    void shouldRoundTripAtEverySplitPosition() throws IOException
    {
        final byte[] stream = concat(ordinaryPacket(0, text(10)), ordinaryPacket(1, text(300)),
            ordinaryPacket(2, random(200, 1)), ordinaryPacket(3, new byte[0]));
        // Three writes at arbitrary places (not packet boundaries): small stored, deflated, random stored.
        final byte[] wire = compress(stream, 30, 400);
        for (int split = 0; split <= wire.length; split++)
        {
            final Collector out = new Collector();
            final CompressedReader reader = new CompressedReader(out);
            reader.feed(ByteBuffer.wrap(wire, 0, split));
            reader.feed(ByteBuffer.wrap(wire, split, wire.length - split));
            assertArrayEquals(stream, out.bytes(), "split at " + split);
            assertTrue(reader.atPacketBoundary());
            reader.close();
        }
    }

    @Test
    void shouldRoundTripOneByteAtATime() throws IOException
    {
        final byte[] stream = concat(ordinaryPacket(0, text(5000)), ordinaryPacket(1, random(3000, 2)));
        final byte[] wire = compress(stream, 1000, 4321);
        final Collector out = new Collector();
        final CompressedReader reader = new CompressedReader(out, 64);
        final ByteBuffer one = ByteBuffer.allocateDirect(1);
        for (final byte b : wire)
        {
            one.clear();
            one.put(b).flip();
            reader.feed(one);
            assertEquals(0, one.remaining());
        }
        assertArrayEquals(stream, out.bytes());
    }

    @Test
    void shouldSendShortAndIncompressibleChunksStored() throws IOException
    {
        final Collector wire = new Collector();
        final CompressedWriter writer = new CompressedWriter(wire);
        writer.write(ByteBuffer.wrap(text(49)));
        final byte[] fifty = new byte[50];
        Arrays.fill(fifty, (byte)'x');
        writer.write(ByteBuffer.wrap(fifty));
        writer.write(ByteBuffer.wrap(random(500, 3)));
        final byte[] w = wire.bytes();

        // 49 bytes: stored (uncompressed length 0), sequence 0
        assertEquals(49, int3(w, 0));
        assertEquals(0, w[3]);
        assertEquals(0, int3(w, 4));
        int at = 7 + 49;
        // 50 compressible bytes: deflated, sequence 1, uncompressed length 50
        final int clen = int3(w, at);
        assertEquals(1, w[at + 3]);
        assertEquals(50, int3(w, at + 4));
        assertTrue(clen < 50);
        assertArrayEquals(fifty, inflate(Arrays.copyOfRange(w, at + 7, at + 7 + clen), 50),
            "a plain java.util.zip.Inflater reads the payload (zlib format)");
        at += 7 + clen;
        // random bytes do not shrink: stored
        assertEquals(500, int3(w, at));
        assertEquals(2, w[at + 3]);
        assertEquals(0, int3(w, at + 4));
        assertEquals(at + 7 + 500, w.length);
        assertEquals(3, writer.packets());
        assertEquals(1, writer.compressedPackets());
        assertEquals(599, writer.bytesIn());
        assertEquals(w.length, writer.bytesOut());
    }

    @Test
    void shouldTrackAndResetTheSequence() throws IOException
    {
        final Collector wire = new Collector();
        final CompressedWriter writer = new CompressedWriter(wire, 50, 10, Deflater.BEST_SPEED);
        writer.sequence(254);
        writer.write(ByteBuffer.wrap(text(25))); // 3 packets of at most 10 bytes: 254, 255, 0
        assertEquals(1, writer.nextSequence());
        writer.resetSequence();
        writer.write(ByteBuffer.wrap(text(5)));
        final byte[] w = wire.bytes();
        assertEquals(254 & 0xFF, w[3] & 0xFF);
        assertEquals(255, w[17 + 3] & 0xFF);
        assertEquals(0, w[34 + 3] & 0xFF);
        assertEquals(0, w[34 + 12 + 3] & 0xFF);

        final Collector out = new Collector();
        final CompressedReader reader = new CompressedReader(out);
        reader.feed(ByteBuffer.wrap(w));
        assertEquals(0, reader.lastSequence());
        assertEquals(4, reader.packets());
    }

    @Test
    void shouldRoundTripOrdinaryPacketsCrossing16MiB() throws IOException
    {
        // A 16 MiB + 100 byte payload: one full 0xFFFFFF ordinary packet plus its continuation, then a
        // small packet; half compressible text, half random.
        final byte[] big = new byte[MAX + 100];
        final byte[] noise = random(MAX / 2, 4);
        final byte[] words = text(big.length - noise.length);
        System.arraycopy(words, 0, big, 0, words.length);
        System.arraycopy(noise, 0, big, words.length, noise.length);
        final byte[] stream = concat(ordinaryPacket(1, Arrays.copyOf(big, MAX)),
            ordinaryPacket(2, Arrays.copyOfRange(big, MAX, big.length)), ordinaryPacket(3, text(7)));

        for (final int chunk : new int[] {CompressedWriter.DEFAULT_MAX_CHUNK_BYTES, MAX})
        {
            final Collector wire = new Collector();
            final CompressedWriter writer = new CompressedWriter(wire, 50, chunk, Deflater.BEST_SPEED);
            writer.write(ByteBuffer.wrap(stream));
            final byte[] w = wire.bytes();
            for (int at = 0; at < w.length; at += 7 + int3(w, at))
            {
                assertTrue(int3(w, at) <= MAX && int3(w, at + 4) <= MAX);
            }
            final Collector out = new Collector();
            final CompressedReader reader = new CompressedReader(out);
            for (int at = 0; at < w.length; at += 65_521) // a prime, so reads cut headers too
            {
                reader.feed(ByteBuffer.wrap(w, at, Math.min(65_521, w.length - at)));
            }
            assertArrayEquals(stream, out.bytes(), "chunk " + chunk);
            assertTrue(writer.compressedPackets() > 0 && writer.compressedPackets() < writer.packets(),
                "some chunks deflated, the random ones stored");
        }
    }

    @Test
    void shouldReadPacketsMadeByAPlainDeflater() throws IOException
    {
        // Built by hand, independently of CompressedWriter: a deflated packet, an empty packet, a stored one.
        final byte[] first = text(1000);
        final Deflater d = new Deflater();
        d.setInput(first);
        d.finish();
        final byte[] buf = new byte[2000];
        final int clen = d.deflate(buf);
        d.end();
        final ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(header(clen, 0, first.length), 0, 7);
        wire.write(buf, 0, clen);
        wire.write(header(0, 1, 0), 0, 7);
        wire.write(header(3, 2, 0), 0, 7);
        wire.write(new byte[] {7, 8, 9}, 0, 3);
        final Collector out = new Collector();
        new CompressedReader(out).feed(ByteBuffer.wrap(wire.toByteArray()));
        assertArrayEquals(concat(first, new byte[] {7, 8, 9}), out.bytes());
    }

    @Test
    void shouldRejectACorruptStream()
    {
        final byte[] good = compress(text(500), 500, 500);
        final byte[] wrongLength = good.clone();
        wrongLength[4]++; // header says one byte more than inflates
        assertThrows(ProtocolException.class,
                () -> new CompressedReader(new Collector()).feed(ByteBuffer.wrap(wrongLength)));
        final byte[] garbage = good.clone();
        garbage[9] ^= 0x55;
        assertThrows(ProtocolException.class,
                () -> new CompressedReader(new Collector()).feed(ByteBuffer.wrap(garbage)));
    }

    @Test
    void shouldNotAllocatePerPacketOnceWarm() throws IOException
    {
        final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!(bean instanceof com.sun.management.ThreadMXBean))
        {
            return;
        }
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)bean;
        final ByteBuffer sinkCopy = ByteBuffer.allocate(1 << 16);
        final CompressedReader reader = new CompressedReader(data ->
        {
            sinkCopy.clear();
            sinkCopy.put(data);
        });
        final ByteBuffer wireBuf = ByteBuffer.allocate(1 << 16);
        final CompressedWriter writer = new CompressedWriter(data -> wireBuf.put(data));
        final ByteBuffer compressible = ByteBuffer.wrap(text(2000));
        final ByteBuffer small = ByteBuffer.wrap(text(20));
        final Runnable round = () ->
        {
            try
            {
                wireBuf.clear();
                compressible.rewind();
                small.rewind();
                writer.write(compressible);
                writer.write(small);
                wireBuf.flip();
                reader.feed(wireBuf);
            }
            catch (final IOException e)
            {
                throw new AssertionError(e);
            }
        };
        for (int i = 0; i < 20_000; i++)
        {
            round.run();
        }
        final long tid = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 10_000; i++)
        {
            round.run();
        }
        final long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 10_000, "allocated " + allocated + " bytes over 20,000 packets");
    }

    // ---- helpers ----

    /** The stream written in pieces cut at {@code cutA} and {@code cutB}. */
    private static byte[] compress(final byte[] stream, final int cutA, final int cutB)
    {
        try
        {
            final Collector wire = new Collector();
            final CompressedWriter writer = new CompressedWriter(wire);
            final int a = Math.min(cutA, stream.length);
            final int b = Math.max(a, Math.min(cutB, stream.length));
            writer.write(ByteBuffer.wrap(stream, 0, a));
            writer.write(ByteBuffer.wrap(stream, a, b - a));
            writer.write(ByteBuffer.wrap(stream, b, stream.length - b));
            writer.close();
            return wire.bytes();
        }
        catch (final IOException e)
        {
            throw new AssertionError(e);
        }
    }

    private static byte[] ordinaryPacket(final int seq, final byte[] payload)
    {
        final byte[] p = new byte[4 + payload.length];
        p[0] = (byte)payload.length;
        p[1] = (byte)(payload.length >>> 8);
        p[2] = (byte)(payload.length >>> 16);
        p[3] = (byte)seq;
        System.arraycopy(payload, 0, p, 4, payload.length);
        return p;
    }

    private static byte[] header(final int clen, final int seq, final int ulen)
    {
        return new byte[] {(byte)clen, (byte)(clen >>> 8), (byte)(clen >>> 16), (byte)seq,
            (byte)ulen, (byte)(ulen >>> 8), (byte)(ulen >>> 16)};
    }

    private static byte[] inflate(final byte[] data, final int size)
    {
        try
        {
            final Inflater inflater = new Inflater();
            inflater.setInput(data);
            final byte[] out = new byte[size];
            assertEquals(size, inflater.inflate(out));
            assertTrue(inflater.finished());
            inflater.end();
            return out;
        }
        catch (final java.util.zip.DataFormatException e)
        {
            throw new AssertionError(e);
        }
    }

    private static byte[] text(final int n)
    {
        final byte[] words = "SELECT id, name FROM customers WHERE region = 'north' ORDER BY id; ".getBytes();
        final byte[] b = new byte[n];
        for (int i = 0; i < n; i++)
        {
            b[i] = words[i % words.length];
        }
        return b;
    }

    private static byte[] random(final int n, final long seed)
    {
        final byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] concat(final byte[]... parts)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] p : parts)
        {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }

    private static int int3(final byte[] b, final int at)
    {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    /** Both a writer output and a reader sink: copies everything it gets. */
    private static final class Collector implements CompressedWriter.Output, CompressedReader.Sink
    {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(final ByteBuffer data)
        {
            consume(data);
        }

        @Override
        public void onData(final ByteBuffer data)
        {
            consume(data);
        }

        private void consume(final ByteBuffer data)
        {
            final byte[] b = new byte[data.remaining()];
            data.get(b);
            bytes.write(b, 0, b.length);
        }

        byte[] bytes()
        {
            return bytes.toByteArray();
        }
    }
}
