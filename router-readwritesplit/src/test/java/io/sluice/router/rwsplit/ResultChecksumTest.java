package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.reply.ReplyTracker;
import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The checksum a replayed statement's answer must match: answers made of real protocol bytes, read
 * by protocol-mysql's ReplyTracker as a server connection reads them.
 */
class ResultChecksumTest
{
    private static final RwSplitConfig.TrxChecksum FULL = RwSplitConfig.TrxChecksum.FULL;

    @Test
    void shouldMatchOksOfTheSameOutcomeWhateverTheirStatusAndSessionState()
    {
        final long plain = checksum(FULL, false, 1, ok(1, 0, 0x0003, 0, new byte[0]));
        final long tracked = checksum(FULL, false, 1,
                ok(1, 0, 0x4003, 0, "0-3-77".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(plain, tracked, "another server's status flags and session state: the same outcome");
        assertNotEquals(plain, checksum(FULL, false, 1, ok(2, 0, 0x0003, 0, new byte[0])), "affected rows count");
        assertNotEquals(plain, checksum(FULL, false, 1, ok(1, 7, 0x0003, 0, new byte[0])), "insert id counts");
        assertNotEquals(plain, checksum(FULL, false, 1, ok(1, 0, 0x0003, 1, new byte[0])), "warnings count");
    }

    @Test
    void shouldIgnoreOksUnderResultOnlyAndInsertIdReadersUnderNoInsertId()
    {
        assertEquals(checksum(RwSplitConfig.TrxChecksum.RESULT_ONLY, false, 1, ok(1, 5, 3, 0, new byte[0])),
            checksum(RwSplitConfig.TrxChecksum.RESULT_ONLY, false, 1, ok(3, 9, 3, 0, new byte[0])));
        final byte[] a = resultSet("5");
        final byte[] b = resultSet("6");
        assertNotEquals(checksum(RwSplitConfig.TrxChecksum.NO_INSERT_ID, false, 1, a),
            checksum(RwSplitConfig.TrxChecksum.NO_INSERT_ID, false, 1, b), "a result set counts");
        assertEquals(checksum(RwSplitConfig.TrxChecksum.NO_INSERT_ID, true, 1, a),
            checksum(RwSplitConfig.TrxChecksum.NO_INSERT_ID, true, 1, b), "but not a LAST_INSERT_ID() reader's");
    }

    @Test
    void shouldHashAResultSetsBytesTheSameInAnyCut()
    {
        final byte[] rows = resultSet("42");
        final long whole = checksum(FULL, false, rows.length, rows);
        assertEquals(whole, checksum(FULL, false, 1, rows), "byte by byte");
        assertEquals(whole, checksum(FULL, false, 3, rows), "the fifth byte (the column count) in a later cut");
        assertNotEquals(whole, checksum(FULL, false, rows.length, resultSet("43")), "another row");
    }

    @Test
    void shouldTellErrorsApartByCode()
    {
        assertEquals(checksum(FULL, false, 100, err(1213, "40001", "Deadlock found")),
            checksum(FULL, false, 100, err(1213, "40001", "Deadlock found when trying to get lock")));
        assertNotEquals(checksum(FULL, false, 100, err(1213, "40001", "x")),
            checksum(FULL, false, 100, err(1205, "HY000", "x")));
        assertNotEquals(checksum(FULL, false, 100, err(1213, "40001", "x")),
            checksum(FULL, false, 100, ok(0, 0, 3, 0, new byte[0])));
    }

    /** Feeds the answer through a ReplyTracker in cuts of {@code cut} bytes, as a server connection reads. */
    private static long checksum(final RwSplitConfig.TrxChecksum mode, final boolean readsInsertId, final int cut,
        final byte[] answer)
    {
        final ReplyTracker tracker = new ReplyTracker(Capabilities.PROTOCOL_41 | Capabilities.SESSION_TRACK);
        tracker.expect(Commands.COM_QUERY);
        final ResultChecksum checksum = new ResultChecksum();
        final ByteBuffer b = ByteBuffer.wrap(answer);
        int from = 0;
        while (from < answer.length)
        {
            final int to = Math.min(answer.length, from + cut);
            int at = from;
            while (at < to)
            {
                final int end = tracker.scan(b, at, to);
                b.limit(end).position(at);
                checksum.update(b);
                assertEquals(at, b.position(), "the buffer's position is left as it was");
                b.limit(answer.length);
                at = end;
            }
            from = to;
        }
        assertEquals(true, tracker.isComplete(), "the whole answer was fed");
        return checksum.finish(tracker, mode, readsInsertId);
    }

    private static byte[] ok(final long affected, final long insertId, final int status, final int warnings,
        final byte[] gtid)
    {
        final ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0x00);
        p.write((int)affected);
        p.write((int)insertId);
        p.write(status & 0xFF);
        p.write(status >> 8);
        p.write(warnings);
        p.write(0);
        if ((status & 0x4000) != 0)
        {
            p.write(0); // info: empty
            // session state: one SESSION_TRACK_GTIDS entry (type 3): encoding 0, then the GTID
            final int entry = 2 + gtid.length;
            p.write(2 + entry);
            p.write(3);
            p.write(entry);
            p.write(0);
            p.write(gtid.length);
            p.write(gtid, 0, gtid.length);
        }
        return packets(p.toByteArray());
    }

    private static byte[] err(final int code, final String sqlState, final String message)
    {
        final ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0xFF);
        p.write(code & 0xFF);
        p.write(code >> 8);
        p.write('#');
        p.writeBytes(sqlState.getBytes(StandardCharsets.US_ASCII));
        p.writeBytes(message.getBytes(StandardCharsets.US_ASCII));
        return packets(p.toByteArray());
    }

    /** One column, one row holding {@code value}, EOFs after the definitions and the rows. */
    private static byte[] resultSet(final String value)
    {
        final ByteArrayOutputStream def = new ByteArrayOutputStream();
        for (final String s : new String[] {"def", "test", "t", "t", "n", "n"})
        {
            def.write(s.length());
            def.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
        }
        def.writeBytes(new byte[] {0x0c, 0x21, 0, 11, 0, 0, 0, 3, 0, 0, 0, 0, 0});
        final byte[] eof = {(byte)0xFE, 0, 0, 0x03, 0};
        final byte[] row = new byte[1 + value.length()];
        row[0] = (byte)value.length();
        System.arraycopy(value.getBytes(StandardCharsets.US_ASCII), 0, row, 1, value.length());
        return packets(new byte[] {1}, def.toByteArray(), eof, row, eof);
    }

    private static byte[] packets(final byte[]... payloads)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sequence = 1;
        for (final byte[] payload : payloads)
        {
            out.write(payload.length);
            out.write(payload.length >> 8);
            out.write(payload.length >> 16);
            out.write(sequence++);
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }
}
