package io.sluice.router.rwsplit;

import io.sluice.api.Query;
import io.sluice.protocol.mysql.wire.Commands;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionLogTest
{
    @Test
    void shouldMatchAnswersToEntriesInOrderSkippingCommandsWithoutAnswers()
    {
        final TransactionLog log = new TransactionLog(1 << 20);
        add(log, Commands.COM_QUERY, "BEGIN", 1);
        add(log, Commands.COM_STMT_SEND_LONG_DATA, "long data", 1);
        add(log, Commands.COM_QUERY, "INSERT", 2);
        assertEquals(2, log.unanswered(), "long data has no answer");
        assertEquals("BEGIN", text(log.awaitingAnswer()));
        log.answered(11);
        assertEquals("INSERT", text(log.awaitingAnswer()), "past the long data");
        log.answered(22);
        assertNull(log.awaitingAnswer());
        assertEquals(11, log.entry(0).checksum);
        assertEquals(22, log.entry(2).checksum);
        assertEquals("BEGIN", text(log.entry(0)), "the entry keeps its own copy of the packet");
    }

    @Test
    void shouldKeepStatementsSentAfterTheEndAsTheNextTransactionsAndReuseEntries()
    {
        final TransactionLog log = new TransactionLog(1 << 20);
        add(log, Commands.COM_QUERY, "BEGIN", 1);
        add(log, Commands.COM_QUERY, "COMMIT", 2);
        add(log, Commands.COM_QUERY, "BEGIN", 3); // pipelined behind the COMMIT
        final TransactionLog.Entry first = log.entry(0);
        final TransactionLog.Entry second = log.entry(1);
        log.answered(1);
        log.answered(2);
        log.endTransaction();
        assertEquals(1, log.size());
        assertEquals(1, log.unanswered());
        assertEquals(3, log.awaitingAnswer().answerSeq, "the next transaction's BEGIN, still owed");
        add(log, Commands.COM_QUERY, "SELECT", 4);
        assertTrue(log.entry(1) == first || log.entry(1) == second, "an entry of the ended transaction is reused");
        assertEquals("SELECT", text(log.entry(1)));
    }

    @Test
    void shouldTurnUnreplayablePastTheMaxSizeUntilTheTransactionEnds()
    {
        final TransactionLog log = new TransactionLog(16);
        assertTrue(add(log, Commands.COM_QUERY, "BEGIN", 1));
        assertFalse(add(log, Commands.COM_QUERY, "INSERT INTO t VALUES (1)", 2), "past 16 bytes: said once");
        assertTrue(add(log, Commands.COM_QUERY, "COMMIT", 3), "and not again");
        assertTrue(log.unreplayableReason().contains("transaction_replay_max_size (16 bytes)"));
        assertEquals(3, log.size(), "entries keep their places for the answers");
        log.answered(1);
        log.answered(2);
        log.answered(3);
        log.endTransaction();
        assertNull(log.unreplayableReason(), "the next transaction starts replayable");
        log.unreplayable("a reason");
        log.unreplayable("another");
        assertEquals("a reason", log.unreplayableReason(), "the first reason stays");
    }

    private static boolean add(final TransactionLog log, final int command, final String sql, final long seq)
    {
        final byte[] text = sql.getBytes(StandardCharsets.US_ASCII);
        final ByteBuffer packet = ByteBuffer.allocate(5 + text.length);
        packet.put(0, (byte)(text.length + 1)).put(4, (byte)command).put(5, text);
        final boolean rewound = log.add(packet, new Command(command), null, seq, true, false, false);
        assertEquals(0, packet.position(), "the packet's position is left as it was");
        return rewound;
    }

    /** A client command's values, as the protocol gives them with a packet. */
    private record Command(int command) implements Query
    {
        @Override
        public boolean isContinuation()
        {
            return false;
        }

        @Override
        public boolean isLoadData()
        {
            return false;
        }

        @Override
        public long statementId()
        {
            return 0;
        }

        @Override
        public boolean expectsResponse()
        {
            return Commands.willRespond(command);
        }
    }

    private static String text(final TransactionLog.Entry e)
    {
        final ByteBuffer p = e.query.packet();
        return StandardCharsets.US_ASCII.decode(p.slice(5, p.remaining() - 5)).toString();
    }
}
