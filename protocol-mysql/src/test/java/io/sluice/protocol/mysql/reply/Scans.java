package io.sluice.protocol.mysql.reply;

import io.sluice.api.ReplyState;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds a server byte stream to a {@link ReplyTracker} in chunks, the way a backend connection
 * would (the caller's loop of the tracker's javadoc), and records every response end with the
 * Reply values seen there. Each chunk is copied to an odd offset of a reused direct buffer that
 * is overwritten after the call, so a tracker keeping references to old bytes would fail.
 */
final class Scans
{
    private static final int CHUNK_OFFSET = 13;

    private Scans()
    {
    }

    /** The Reply values at the end of a response, and that end's offset in the stream. */
    record Completion(long end, ReplyState state, int command, long rows, long affectedRows, long lastInsertId,
        int serverStatus, int warnings, boolean error, int errorCode, String sqlState, String errorMessage,
        long statementId, int parameterCount)
    {
        static Completion of(final long end, final ReplyTracker t)
        {
            return new Completion(end, t.state(), t.command(), t.rows(), t.affectedRows(), t.lastInsertId(),
                t.serverStatus(), t.warnings(), t.isError(), t.errorCode(), t.sqlState(), t.errorMessage(),
                t.statementId(), t.parameterCount());
        }
    }

    /** Feeds the stream cut at the given positions (ascending, inside the stream). */
    static List<Completion> feed(final ReplyTracker t, final byte[] stream, final int... cuts)
    {
        final ByteBuffer b = ByteBuffer.allocateDirect(stream.length + 2 * CHUNK_OFFSET);
        final List<Completion> completions = new ArrayList<>();
        int chunkStart = 0;
        for (int i = 0; i <= cuts.length; i++)
        {
            final int chunkEnd = i < cuts.length ? cuts[i] : stream.length;
            feedChunk(t, b, stream, chunkStart, chunkEnd, completions);
            chunkStart = chunkEnd;
        }
        return completions;
    }

    /** Feeds the stream in chunks of chunkBytes. */
    static List<Completion> feedInChunks(final ReplyTracker t, final byte[] stream, final int chunkBytes)
    {
        final ByteBuffer b = ByteBuffer.allocateDirect(chunkBytes + 2 * CHUNK_OFFSET);
        final List<Completion> completions = new ArrayList<>();
        for (int at = 0; at < stream.length; at += chunkBytes)
        {
            feedChunk(t, b, stream, at, Math.min(stream.length, at + chunkBytes), completions);
        }
        return completions;
    }

    private static void feedChunk(final ReplyTracker t, final ByteBuffer b, final byte[] stream,
        final int chunkStart, final int chunkEnd, final List<Completion> completions)
    {
        final int length = chunkEnd - chunkStart;
        b.put(CHUNK_OFFSET, stream, chunkStart, length);
        final int to = CHUNK_OFFSET + length;
        int from = CHUNK_OFFSET;
        while (from < to)
        {
            final int end = t.scan(b, from, to);
            assertTrue(end > from && end <= to, "scan returned " + end + " for [" + from + ", " + to + ")");
            if (end < to)
            {
                assertTrue(t.isComplete(), "scan stopped inside the chunk but the response is not complete");
            }
            if (t.isComplete())
            {
                completions.add(Completion.of(chunkStart + (end - CHUNK_OFFSET), t));
            }
            if (t.isLoadDataInProgress())
            {
                // What the client connection does once it forwarded the client's empty packet.
                t.endLoadData();
            }
            from = end;
        }
        b.put(CHUNK_OFFSET, garbage(length), 0, length);
    }

    private static byte[] garbage = new byte[0];

    private static byte[] garbage(final int length)
    {
        if (garbage.length < length)
        {
            garbage = new byte[length];
            Arrays.fill(garbage, (byte)0xA5);
        }
        return garbage;
    }

    /**
     * Feeds the stream whole, one byte at a time, cut at every position (two chunks), and cut
     * at random positions; each must give the expected completions, and leave nothing outstanding.
     */
    static void assertEveryWay(final Supplier<ReplyTracker> fresh, final byte[] stream, final List<Completion> expected)
    {
        assertFeeds(fresh, stream, expected, "whole");
        assertEquals(expected, byteAtATime(fresh.get(), stream), "one byte at a time");
        for (int cut = 1; cut < stream.length; cut++)
        {
            final ReplyTracker t = fresh.get();
            assertEquals(expected, feed(t, stream, cut), "cut at " + cut);
            assertTrue(t.isComplete() && t.outstandingResponses() == 0, "cut at " + cut + ": " + t);
        }
        final Random random = new Random(stream.length);
        for (int round = 0; round < 50 && stream.length > 3; round++)
        {
            final int[] cuts = random.ints(1 + random.nextInt(Math.min(8, stream.length - 1)), 1, stream.length)
                .distinct().sorted().toArray();
            assertEquals(expected, feed(fresh.get(), stream, cuts), "cut at " + Arrays.toString(cuts));
        }
    }

    /** For streams too long to cut everywhere: whole, at the given cuts one at a time, and in various chunk sizes. */
    static void assertCutsAt(final Supplier<ReplyTracker> fresh, final byte[] stream, final List<Completion> expected,
        final int... cuts)
    {
        assertFeeds(fresh, stream, expected, "whole");
        for (final int cut : cuts)
        {
            if (cut > 0 && cut < stream.length)
            {
                assertEquals(expected, feed(fresh.get(), stream, cut), "cut at " + cut);
            }
        }
        for (final int chunkBytes : new int[] {1, 7, 4096, 16 * 1024, 65_536 + 3})
        {
            assertEquals(expected, feedInChunks(fresh.get(), stream, chunkBytes), "chunks of " + chunkBytes);
        }
    }

    private static void assertFeeds(final Supplier<ReplyTracker> fresh, final byte[] stream,
        final List<Completion> expected, final String how)
    {
        final ReplyTracker t = fresh.get();
        assertEquals(expected, feed(t, stream), how);
        assertTrue(t.isComplete(), how + ": not complete at the end: " + t);
        assertEquals(0, t.outstandingResponses(), how);
    }

    static List<Completion> byteAtATime(final ReplyTracker t, final byte[] stream)
    {
        return feedInChunks(t, stream, 1);
    }

    /** Concatenates responses. */
    static byte[] concat(final byte[]... parts)
    {
        int length = 0;
        for (final byte[] part : parts)
        {
            length += part.length;
        }
        final byte[] all = new byte[length];
        int at = 0;
        for (final byte[] part : parts)
        {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
