package io.sluice.protocol.mysql.session;

import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sequence id of the error Sluice sends in place of the rest of a response when the server
 * connection fails: one more than the last packet of the exchange, as the server numbers them.
 */
class ReplyPositionTest
{
    private static final byte[] COLUMN_DEF = {3, 'd', 'e', 'f', 0, 0, 0, 1, 'a', 0};
    private static final byte[] EOF = {(byte)0xFE, 0, 0, 2, 0};
    private static final byte[] EOF_MORE_RESULTS = {(byte)0xFE, 0, 0, 2 | 8, 0};
    private static final byte[] ROW = {1, 'x'};
    private static final byte[] OK = {0, 0, 0, 2, 0, 0, 0};

    private final ByteArrayOutputStream server = new ByteArrayOutputStream();
    private int serverSequence = 1;
    private final ReplyTracker tracker = new ReplyTracker(Capabilities.PROTOCOL_41 | Capabilities.MULTI_RESULTS);
    private final ReplyPosition client = new ReplyPosition();
    private int scanned;

    /** What the client side computes once it has passed on everything scanned so far. */
    private int next(final int clientSequence)
    {
        if (scanned > 0)
        {
            client.delivered(tracker);
        }
        return client.nextErrorSequence(clientSequence);
    }

    private ReplyPositionTest packet(final byte[] payload)
    {
        server.write(payload.length);
        server.write(0);
        server.write(0);
        server.write(serverSequence++);
        server.write(payload, 0, payload.length);
        return this;
    }

    private ReplyPositionTest resultHead()
    {
        return packet(new byte[] {1}).packet(COLUMN_DEF).packet(EOF);
    }

    /** The tracker scans everything written so far but the last {@code short} bytes. */
    private void scanAllBut(final int cut)
    {
        final byte[] bytes = server.toByteArray();
        tracker.scan(ByteBuffer.wrap(bytes), scanned, bytes.length - cut);
        scanned = bytes.length - cut;
    }

    @Test
    void shouldFollowTheClientsCommandBeforeTheServerAnswers()
    {
        assertEquals(1, next(0), "still logging in: after the command's packet 0");
        tracker.expect(Commands.COM_QUERY);
        assertEquals(1, next(0));
        assertEquals(3, next(2), "a command of three packets (0xFFFFFF continued)");
    }

    @Test
    void shouldFollowTheLastRowForwarded()
    {
        tracker.expect(Commands.COM_QUERY);
        resultHead();
        for (int i = 0; i < 5; i++)
        {
            packet(ROW);
        }
        scanAllBut(0);
        // count, definition, EOF (1..3), rows 4..8
        assertEquals(9, next(0));
        packet(ROW);
        scanAllBut(1);
        assertEquals(-1, next(0), "inside a row: no packet can follow");
        scanAllBut(0);
        assertEquals(10, next(0));
    }

    @Test
    void shouldWrapPast255()
    {
        tracker.expect(Commands.COM_QUERY);
        resultHead();
        for (int i = 0; i < 300; i++)
        {
            packet(ROW);
            if (serverSequence == 256)
            {
                scanAllBut(0);
                assertEquals(0, next(0), "after packet 255 comes 0");
            }
        }
        scanAllBut(0);
        assertEquals((3 + 300 + 1) & 0xFF, next(0));
    }

    @Test
    void shouldFollowTheServerBetweenTheResultsOfAMultiResult()
    {
        tracker.expect(Commands.COM_QUERY);
        resultHead().packet(ROW).packet(EOF_MORE_RESULTS);
        scanAllBut(0);
        assertEquals(6, next(0));
    }

    @Test
    void shouldFollowTheClientsLocalInfileData()
    {
        tracker.expect(Commands.COM_QUERY);
        packet(new byte[] {(byte)0xFB, 'f'}); // LOCAL INFILE request, packet 1
        scanAllBut(0);
        assertTrue(tracker.isLoadDataInProgress());
        // the client sends the file as packets 2 and 3, then the empty packet 4
        assertEquals(3, next(2));
        tracker.endLoadData();
        assertEquals(5, next(4), "the OK would be packet 5");
    }

    @Test
    void shouldFollowTheClientWhenTheNextPipelinedResponseHasNotBegun()
    {
        tracker.expect(Commands.COM_PING);
        tracker.expect(Commands.COM_PING);
        packet(OK);
        scanAllBut(0);
        assertTrue(tracker.isComplete());
        assertEquals(1, tracker.outstandingResponses());
        assertEquals(1, next(0));
        client.answeredHere();
        assertEquals(1, client.nextErrorSequence(0), "after an error Sluice made, the next one follows the client");
    }
}
