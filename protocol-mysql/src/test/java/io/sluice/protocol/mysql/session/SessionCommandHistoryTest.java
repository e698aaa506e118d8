package io.sluice.protocol.mysql.session;

import io.sluice.protocol.mysql.wire.Commands;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The session command history: recording while routing, outcomes, closed prepares, pruning. */
class SessionCommandHistoryTest
{
    private static ByteBuffer packet(final int sequence, final int command, final String text)
    {
        final byte[] body = text.getBytes(StandardCharsets.UTF_8);
        final ByteBuffer b = ByteBuffer.allocate(5 + body.length);
        b.put((byte)(1
                + body.length)).put((byte)0).put((byte)0).put((byte)sequence).put((byte)command).put(body).flip();
        return b;
    }

    @Test
    void shouldRecordOnlyWhileAPacketIsRouted()
    {
        final SessionCommandHistory h = new SessionCommandHistory();
        assertThrows(IllegalStateException.class, () -> h.add(packet(0, Commands.COM_QUERY, "SET @a=1")));
        h.routing(-1);
        final ByteBuffer set = packet(3, Commands.COM_QUERY, "SET @a=1");
        final long id = h.add(set);
        assertEquals(0, set.position(), "the router's buffer is left as it was");
        final SessionCommandHistory.Entry entry = h.routed();
        assertEquals(id, entry.id());
        assertNull(h.routed(), "taken once");
        assertEquals(0, entry.packet().get(3), "a replayed command starts at sequence 0");
        assertEquals(Commands.COM_QUERY, entry.command());
        assertEquals("COM_QUERY 'SET @a=1'", entry.describe());
        assertSame(SessionCommandHistory.Outcome.PENDING, entry.outcome());
        h.outcome(entry, true);
        assertSame(SessionCommandHistory.Outcome.ERROR, entry.outcome());
    }

    @Test
    void shouldRunChecksWaitingForTheClientsOutcomeOnceItIsKnown()
    {
        final SessionCommandHistory h = new SessionCommandHistory();
        h.routing(-1);
        h.add(packet(0, Commands.COM_QUERY, "SET @a=1"));
        final SessionCommandHistory.Entry entry = h.routed();
        final List<SessionCommandHistory.Outcome> seen = new java.util.ArrayList<>();
        entry.whenKnown(seen::add); // a server replayed it before the client's reply came
        assertEquals(List.of(), seen);
        h.outcome(entry, false);
        assertEquals(List.of(SessionCommandHistory.Outcome.OK), seen);
        entry.whenKnown(seen::add); // known now: at once
        assertEquals(List.of(SessionCommandHistory.Outcome.OK, SessionCommandHistory.Outcome.OK), seen);
    }

    @Test
    void shouldForgetAPrepareWhenTheClientClosesItAndPruneTheOldest()
    {
        final SessionCommandHistory h = new SessionCommandHistory();
        h.routing(-1);
        h.add(packet(0, Commands.COM_QUERY, "SET NAMES utf8mb4"));
        h.routed();
        h.routing(7);
        h.add(packet(0, Commands.COM_STMT_PREPARE, "SELECT ?"));
        h.routed();
        h.routing(8);
        h.add(packet(0, Commands.COM_STMT_PREPARE, "SELECT ?, ?"));
        h.routed();
        assertEquals(3, h.size());
        h.statementClosed(7);
        final List<SessionCommandHistory.Entry> left = h.snapshot();
        assertEquals(2, left.size());
        assertEquals(8, left.get(1).statementId());
        h.statementClosed(99); // never prepared: nothing happens
        assertEquals(2, h.size());
        assertTrue(h.removeOldest());
        assertEquals(Commands.COM_STMT_PREPARE, h.snapshot().get(0).command());
        h.clear();
        assertFalse(h.removeOldest());
        assertEquals(2, left.size(), "a snapshot is the replaying connection's own");
    }
}
