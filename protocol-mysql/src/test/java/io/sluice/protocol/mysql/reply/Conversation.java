package io.sluice.protocol.mysql.reply;

import io.sluice.api.ReplyState;
import io.sluice.protocol.mysql.reply.Scans.Completion;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.Wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real server connection with a {@link ReplyTracker} on the bytes it sends, as a backend
 * connection would have. Every byte received is kept, so the whole conversation can be scanned
 * again afterwards in other fragmentations. Commands are sent with a COM_PING right behind them
 * (pipelined), whose OK must follow each response's end immediately: an end found too early or
 * too late would not be followed by that packet.
 */
final class Conversation implements AutoCloseable
{
    private static final byte[] PING_OK_HEAD = {7, 0, 0, 1, 0};

    private final BlockingClient client;
    private final ReplyTracker tracker;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final List<Integer> expected = new ArrayList<>();
    private final List<Completion> completions = new ArrayList<>();
    private final List<String[]> sessionStates = new ArrayList<>();
    private final byte[] readBuffer = new byte[64 * 1024];

    Conversation(final BlockingClient client)
    {
        this.client = client;
        this.tracker = new ReplyTracker(client.capabilities());
    }

    long capabilities()
    {
        return client.capabilities();
    }

    BlockingClient client()
    {
        return client;
    }

    /** Per completion, in order: the session state its last OK reported (last_gtid, schema), or nulls. */
    List<String[]> sessionStates()
    {
        return sessionStates;
    }

    /** A COM_QUERY followed by a COM_PING; checks the ping's OK follows at once. */
    Completion query(final String sql) throws IOException
    {
        return command(Commands.COM_QUERY, sql.getBytes(StandardCharsets.UTF_8));
    }

    /** The command followed by a COM_PING; returns the command's completion. */
    Completion command(final int command, final byte[] arguments) throws IOException
    {
        final List<Completion> done = pipeline(new int[] {command, Commands.COM_PING},
            new byte[][] {arguments, new byte[0]});
        final Completion ping = done.get(done.size() - 1);
        assertEquals(Commands.COM_PING, ping.command());
        assertFalse(ping.error());
        final int index = completions.size() - 1;
        final long pingStart = index == 0 ? 0 : completions.get(index - 1).end();
        final byte[] all = received.toByteArray();
        for (int i = 0; i < PING_OK_HEAD.length; i++)
        {
            assertEquals(PING_OK_HEAD[i], all[(int)pingStart + i], "byte " + i
                    + " of the ping's OK right after the response");
        }
        assertEquals(PING_OK_HEAD.length + 6, ping.end() - pingStart, "the ping's OK is 11 bytes");
        return Commands.willRespond(command) ? done.get(0) : null;
    }

    /**
     * Sends the commands in one write and reads until every response is complete.
     *
     * @return the completions, one per command that has a response
     */
    List<Completion> pipeline(final int[] commands, final byte[][] arguments) throws IOException
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int responses = 0;
        for (int i = 0; i < commands.length; i++)
        {
            out.writeBytes(BlockingClient.commandBytes(commands[i], arguments[i]));
            tracker.expect(commands[i]);
            expected.add(commands[i]);
            responses += Commands.willRespond(commands[i]) ? 1 : 0;
        }
        final int first = completions.size();
        client.write(out.toByteArray());
        final int wanted = first + responses;
        readUntil(() -> completions.size() == wanted);
        final List<Completion> done = completions.subList(first, wanted);
        assertEachResponseStartsAtSequenceOne(done);
        return new ArrayList<>(done);
    }

    /** Sends a query that must be answered with a LOCAL INFILE request; returns without sending data. */
    void queryExpectingLocalInfile(final String sql) throws IOException
    {
        tracker.expect(Commands.COM_QUERY);
        expected.add(Commands.COM_QUERY);
        client.command(Commands.COM_QUERY, sql);
        final int before = completions.size();
        readUntil(tracker::isLoadDataInProgress);
        assertEquals(before, completions.size());
        assertEquals(ReplyState.LOAD_DATA, tracker.state());
        assertFalse(tracker.isComplete());
    }

    /**
     * Sends the file content in packets of packetBytes (sequence from 2), then the empty packet; reads the OK or ERR.
     */
    Completion sendLocalInfileData(final byte[] content, final int packetBytes) throws IOException
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sequence = 2;
        for (int at = 0; at < content.length; at += packetBytes)
        {
            final int n = Math.min(packetBytes, content.length - at);
            final byte[] header = new byte[4];
            Wire.putHeader(ByteBuffer.wrap(header), 0, n, sequence++);
            out.writeBytes(header);
            out.write(content, at, n);
        }
        final byte[] empty = new byte[4];
        Wire.putHeader(ByteBuffer.wrap(empty), 0, 0, sequence);
        out.writeBytes(empty);
        client.write(out.toByteArray());
        // what the client connection does when it forwards the client's empty packet
        tracker.endLoadData();
        final int wanted = completions.size() + 1;
        readUntil(() -> completions.size() == wanted);
        return completions.get(wanted - 1);
    }

    private void readUntil(final BooleanSupplier done) throws IOException
    {
        final ByteBuffer b = ByteBuffer.wrap(readBuffer);
        while (!done.getAsBoolean())
        {
            final int n = client.read(readBuffer);
            if (n < 0)
            {
                throw new IOException("server closed the connection");
            }
            final long chunkStart = received.size();
            received.write(readBuffer, 0, n);
            int from = 0;
            while (from < n)
            {
                final int end = tracker.scan(b, from, n);
                if (tracker.isComplete())
                {
                    completions.add(Completion.of(chunkStart + end, tracker));
                    sessionStates.add(new String[] {tracker.trackedVariable("last_gtid"), tracker.trackedSchema(),
                        tracker.trackedVariable("autocommit")});
                }
                from = end;
            }
            assertTrue(!done.getAsBoolean() || tracker.isComplete() || tracker.isLoadDataInProgress(),
                "read stopped inside a response");
        }
    }

    /** Each response after a completion starts with a packet of sequence id 1, as a new response does. */
    private void assertEachResponseStartsAtSequenceOne(final List<Completion> done)
    {
        final byte[] all = received.toByteArray();
        for (final Completion c : done)
        {
            if (c.end() < all.length)
            {
                assertEquals(1, all[(int)c.end() + 3], "sequence id of the packet after the end at " + c.end());
            }
        }
        assertEquals(all.length, done.get(done.size() - 1).end(), "bytes after the last response");
    }

    List<Completion> completions()
    {
        return completions;
    }

    byte[] received()
    {
        return received.toByteArray();
    }

    /**
     * Scans everything received again with fresh trackers, in chunks of other sizes and cut at
     * random places: the same ends with the same values must come out.
     */
    void assertRescansAgree()
    {
        final byte[] all = received();
        final List<int[]> chunkings = new ArrayList<>();
        final Random random = new Random(all.length);
        for (int round = 0; round < 10; round++)
        {
            chunkings.add(random.ints(1 + random.nextInt(40), 1, all.length).distinct().sorted().toArray());
        }
        chunkings.add(new int[0]);
        for (final int[] cuts : chunkings)
        {
            assertEquals(completions, Scans.feed(fresh(), all, cuts), "rescan cut at " + cuts.length + " places");
        }
        for (final int chunkBytes : all.length < 4_000_000
                ? new int[] {1, 3, 16 * 1024 + 1} : new int[] {3, 16 * 1024 + 1})
        {
            assertEquals(completions, Scans.feedInChunks(fresh(), all, chunkBytes),
                    "rescan in chunks of " + chunkBytes);
        }
    }

    private ReplyTracker fresh()
    {
        final ReplyTracker t = new ReplyTracker(client.capabilities());
        for (final int command : expected)
        {
            t.expect(command);
        }
        return t;
    }

    /** Fails if the server sends anything more. */
    void assertQuiet() throws IOException
    {
        assertTrue(client.isQuiet(200), "the server sent bytes after the last response");
    }

    @Override
    public void close() throws IOException
    {
        client.close();
    }
}
