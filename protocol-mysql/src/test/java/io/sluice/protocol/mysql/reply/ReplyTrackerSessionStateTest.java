package io.sluice.protocol.mysql.reply;

import io.sluice.protocol.mysql.wire.Capabilities;
import io.sluice.protocol.mysql.wire.Commands;
import io.sluice.protocol.mysql.wire.ServerStatus;
import io.sluice.protocol.mysql.wire.Wire;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an OK's session state tells (MariaDB's session tracking: {@code last_gtid} and other system
 * variables, the schema), and the head of a prepare's answer held whole so its statement id can be
 * rewritten, at every cut of the server's bytes.
 */
class ReplyTrackerSessionStateTest
{
    private static final long CAPABILITIES = Capabilities.PROTOCOL_41 | Capabilities.SECURE_CONNECTION
        | Capabilities.MULTI_RESULTS | Capabilities.SESSION_TRACK | Capabilities.DEPRECATE_EOF;

    /** A session state block: entries of (type, lenenc data). */
    private static byte[] state(final byte[]... entries)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (final byte[] e : entries)
        {
            out.writeBytes(e);
        }
        return out.toByteArray();
    }

    private static byte[] lenencString(final String s)
    {
        final byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static byte[] entry(final int type, final byte[] data)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        out.write(data.length);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] variable(final String name, final String value)
    {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(lenencString(name));
        data.writeBytes(lenencString(value));
        return entry(0, data.toByteArray());
    }

    private static byte[] schema(final String name)
    {
        return entry(1, lenencString(name));
    }

    @Test
    void shouldReadTrackedVariablesAndSchemaFromAnOkAtEveryCut()
    {
        final int status = ServerStatus.AUTOCOMMIT | ServerStatus.SESSION_STATE_CHANGED;
        final byte[] stream = new ServerBytes().okWithSessionState(1, 7, status, 0, "",
            state(variable("last_gtid", "0-1-42"), schema("test2"), variable("autocommit", "ON"))).bytes();
        for (int cut = 0; cut < stream.length; cut++)
        {
            final ReplyTracker t = new ReplyTracker(CAPABILITIES);
            t.expect(Commands.COM_QUERY);
            final ByteBuffer b = ByteBuffer.wrap(stream);
            int from = t.scan(b, 0, cut);
            from = t.scan(b, from, stream.length);
            assertEquals(stream.length, from);
            assertTrue(t.isComplete(), "cut at " + cut);
            assertEquals("0-1-42", t.trackedVariable("last_gtid"), "cut at " + cut);
            final long[] gtid = new long[3];
            assertTrue(t.trackedGtid(gtid));
            assertArrayEquals(new long[] {0, 1, 42}, gtid, "cut at " + cut);
            assertEquals("0-1-42", t.trackedVariable("LAST_GTID"), "names match in any case");
            assertEquals("ON", t.trackedVariable("autocommit"));
            assertNull(t.trackedVariable("last_gtid_x"));
            assertEquals("test2", t.trackedSchema());
            assertTrue(t.hasTrackedSchema());
            assertEquals(7, t.lastInsertId());
        }
    }

    @Test
    void shouldParseOnlyAWholeGtid()
    {
        for (final String[] c : new String[][] {{"1-300-1234567890123", "1,300,1234567890123"}, {"", ""},
            {"0-1", ""}, {"0-1-", ""}, {"a-1-2", ""}, {"0-1-2,1-1-3", ""}})
        {
            final byte[] stream = new ServerBytes().okWithSessionState(1, 0,
                ServerStatus.AUTOCOMMIT | ServerStatus.SESSION_STATE_CHANGED, 0, "", state(variable("last_gtid", c[0])))
                .bytes();
            final ReplyTracker t = new ReplyTracker(CAPABILITIES);
            t.expect(Commands.COM_QUERY);
            t.scan(ByteBuffer.wrap(stream), 0, stream.length);
            final long[] gtid = {-1, -1, -1};
            assertEquals(!c[1].isEmpty(), t.trackedGtid(gtid), c[0]);
            if (!c[1].isEmpty())
            {
                final String[] parts = c[1].split(",");
                assertArrayEquals(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2])}, gtid, c[0]);
            }
            else
            {
                assertArrayEquals(new long[] {-1, -1, -1}, gtid, "untouched for " + c[0]);
            }
        }
    }

    @Test
    void shouldReportNothingWithoutTheStateChangedFlagOrCapability()
    {
        final byte[] state = state(variable("last_gtid", "0-1-42"));
        final byte[] flagOff = new ServerBytes().okWithSessionState(1, 0, ServerStatus.AUTOCOMMIT,
                0, "", state).bytes();
        final ReplyTracker t = new ReplyTracker(CAPABILITIES);
        t.expect(Commands.COM_QUERY);
        t.scan(ByteBuffer.wrap(flagOff), 0, flagOff.length);
        assertTrue(t.isComplete());
        assertNull(t.trackedVariable("last_gtid"));
        assertFalse(t.trackedGtid(new long[3]));
        assertNull(t.trackedSchema());

        // Without CLIENT_SESSION_TRACK the rest of an OK is its info text, never session state.
        final byte[] plain = new ServerBytes().ok(1, 0, ServerStatus.AUTOCOMMIT | ServerStatus.SESSION_STATE_CHANGED, 0)
            .bytes();
        final ReplyTracker untracked = new ReplyTracker(CAPABILITIES & ~Capabilities.SESSION_TRACK);
        untracked.expect(Commands.COM_QUERY);
        untracked.scan(ByteBuffer.wrap(plain), 0, plain.length);
        assertTrue(untracked.isComplete());
        assertNull(untracked.trackedVariable("last_gtid"));
    }

    @Test
    void shouldForgetTheSessionStateOfThePreviousResponse()
    {
        final byte[] first = new ServerBytes().okWithSessionState(1, 0,
            ServerStatus.AUTOCOMMIT | ServerStatus.SESSION_STATE_CHANGED, 0, "", state(schema("test2"))).bytes();
        final byte[] second = new ServerBytes().ok(0, 0, ServerStatus.AUTOCOMMIT, 0).bytes();
        final ReplyTracker t = new ReplyTracker(CAPABILITIES);
        t.expect(Commands.COM_QUERY);
        t.expect(Commands.COM_PING);
        t.scan(ByteBuffer.wrap(first), 0, first.length);
        assertEquals("test2", t.trackedSchema());
        t.scan(ByteBuffer.wrap(second), 0, second.length);
        assertNull(t.trackedSchema());
    }

    @Test
    void shouldHoldThePrepareHeadUntilItsStatementIdIsThereAtEveryCut()
    {
        final byte[] prepare = new ServerBytes().prepareOk(0x01020304L, 1, 0, 0).columnDefs(true, 0, "x").bytes();
        final byte[] ping = new ServerBytes().ok(0, 0, ServerStatus.AUTOCOMMIT, 0).bytes();
        final byte[] stream = Scans.concat(prepare, ping);
        for (int cut = 0; cut <= stream.length; cut++)
        {
            final ReplyTracker t = new ReplyTracker(CAPABILITIES);
            t.holdPrepareHead(true);
            t.expect(Commands.COM_STMT_PREPARE);
            t.expect(Commands.COM_PING);
            final List<Integer> ends = new ArrayList<>();
            final byte[] forwarded = feedWithCarry(t, stream, cut, ends);
            assertEquals(List.of(prepare.length, stream.length), ends, "cut at " + cut);
            // The id was found whole in the bytes passed on, and rewritten there.
            assertEquals(0x0A0B0C0DL, Wire.int4(ByteBuffer.wrap(forwarded), Wire.HEADER_BYTES + 1), "cut at " + cut);
            assertEquals(0x01020304L, t.statementId() == 0 ? 0x01020304L : t.statementId());
        }
    }

    /**
     * Feeds two chunks as the backend connection does: the bytes a scan does not take (a prepare's cut
     * head) are carried and put in front of the next chunk; each prepare id found is rewritten to
     * 0x0A0B0C0D in the bytes passed on. Returns the bytes passed on.
     */
    private static byte[] feedWithCarry(final ReplyTracker t, final byte[] stream, final int cut,
            final List<Integer> ends)
    {
        final ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
        byte[] carry = new byte[0];
        final int[][] chunks = {{0, cut}, {cut, stream.length}};
        for (final int[] chunk : chunks)
        {
            final byte[] bytes = new byte[carry.length + chunk[1] - chunk[0]];
            System.arraycopy(carry, 0, bytes, 0, carry.length);
            System.arraycopy(stream, chunk[0], bytes, carry.length, chunk[1] - chunk[0]);
            final ByteBuffer b = ByteBuffer.wrap(bytes);
            int from = 0;
            carry = new byte[0];
            while (from < bytes.length)
            {
                final int end = t.scan(b, from, bytes.length);
                if (end == from)
                {
                    carry = java.util.Arrays.copyOfRange(bytes, from, bytes.length);
                    assertTrue(carry.length < Wire.HEADER_BYTES + 5, "only a head is ever carried");
                    break;
                }
                final int idAt = t.takePrepareIdPosition();
                if (idAt >= 0)
                {
                    assertTrue(idAt >= from && idAt + 4 <= end, "the id lies in the bytes scanned");
                    Wire.putInt4(b, idAt, 0x0A0B0C0DL);
                }
                forwarded.write(bytes, from, end - from);
                from = end;
                if (t.isComplete())
                {
                    ends.add(forwarded.size());
                }
            }
        }
        assertEquals(0, carry.length, "nothing is left over at the end");
        return forwarded.toByteArray();
    }
}
