package io.sluice.protocol.mysql.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which COM_QUERY texts are a KILL naming a connection by number, and with which values. */
class KillStatementTest
{
    private final KillStatement kill = new KillStatement();

    /** Parses the text placed inside other bytes, as it is inside a packet. */
    private boolean parse(final String sql)
    {
        final byte[] bytes = ("xx" + sql + "yy").getBytes(StandardCharsets.UTF_8);
        return kill.parse(ByteBuffer.wrap(bytes), 2, bytes.length - 2);
    }

    private void assertKill(final String sql, final KillStatement.Kind kind, final boolean soft, final long id)
    {
        assertTrue(parse(sql), sql);
        assertEquals(kind, kill.kind(), sql);
        assertEquals(soft, kill.isSoft(), sql);
        assertEquals(id, kill.id(), sql);
    }

    @Test
    void shouldReadEveryFormOfMariaDbsGrammar()
    {
        assertKill("KILL 1000000001", KillStatement.Kind.CONNECTION, false, 1_000_000_001L);
        assertKill("KILL CONNECTION 42", KillStatement.Kind.CONNECTION, false, 42);
        assertKill("KILL QUERY 42", KillStatement.Kind.QUERY, false, 42);
        assertKill("KILL QUERY ID 42", KillStatement.Kind.QUERY_ID, false, 42);
        assertKill("KILL HARD 7", KillStatement.Kind.CONNECTION, false, 7);
        assertKill("KILL SOFT 7", KillStatement.Kind.CONNECTION, true, 7);
        assertKill("KILL HARD CONNECTION 8", KillStatement.Kind.CONNECTION, false, 8);
        assertKill("KILL SOFT QUERY 9", KillStatement.Kind.QUERY, true, 9);
        assertKill("KILL SOFT QUERY ID 10", KillStatement.Kind.QUERY_ID, true, 10);
        assertKill("KILL HARD QUERY ID 11", KillStatement.Kind.QUERY_ID, false, 11);
    }

    @Test
    void shouldIgnoreCaseSpacesCommentsAndOneSemicolon()
    {
        assertKill("kill query 12", KillStatement.Kind.QUERY, false, 12);
        assertKill("Kill Soft Query Id 13", KillStatement.Kind.QUERY_ID, true, 13);
        assertKill("  \t\nKILL\n\tQUERY   14  ", KillStatement.Kind.QUERY, false, 14);
        assertKill("KILL 15;", KillStatement.Kind.CONNECTION, false, 15);
        assertKill("KILL 16 ; -- done\n", KillStatement.Kind.CONNECTION, false, 16);
        assertKill("/* from the app */ KILL /* which */ QUERY /* id: */ 17 /* end */",
            KillStatement.Kind.QUERY, false, 17);
        assertKill("# a line comment\nKILL 18", KillStatement.Kind.CONNECTION, false, 18);
        assertKill("KILL/**/19", KillStatement.Kind.CONNECTION, false, 19);
        assertKill("KILL 0000020", KillStatement.Kind.CONNECTION, false, 20);
        assertKill("KILL 0", KillStatement.Kind.CONNECTION, false, 0);
        assertKill("KILL 2147483647", KillStatement.Kind.CONNECTION, false, 2_147_483_647L);
        assertKill("KILL 9223372036854775799", KillStatement.Kind.CONNECTION, false, 9_223_372_036_854_775_799L);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "KILL", "KILL ", "KILL;", "KILL QUERY", "KILL QUERY ID", "KILL CONNECTION",
        "KILL5", "KILLS 5", "SKILL 5", "SELECT 5", "KILL 5 6", "KILL 5x", "KILL 5.0", "KILL 5e3", "KILL 0x10",
        "KILL -5", "KILL +5", "KILL (5)", "KILL (SELECT 5)", "KILL 5+1", "KILL CONNECTION_ID()",
        "KILL USER app", "KILL QUERY USER app", "KILL ID 5", "KILL CONNECTION ID 5", "KILL QUERY QUERY 5",
        "KILL HARD SOFT 5", "KILL SOFT HARD 5", "KILL QUERY HARD 5", "KILL CONNECTION QUERY 5",
        "KILL 5; SELECT 1", "KILL 5;; 6", "KILL /*! QUERY */ 5", "/*! KILL 5 */", "KILL 5 /*! ,6 */",
        "KILL /*M!100000 QUERY */ 5", "KILL 99999999999999999999", "KILL 9223372036854775807", "KILL `5`",
        "KILL '5'", "-- KILL 5", "# KILL 5", "/* KILL 5 */", "KILL 5 /* unterminated", "KILL /* 5",
        "KILL QUERYID 5", "KILL 5 /*/"
    })
    void shouldRefuseWhatIsNotAKillOfANumberedConnection(final String sql)
    {
        assertFalse(parse(sql), () -> sql + " parsed as " + kill.kind() + " " + kill.id());
    }

    @Test
    void shouldTakeEmptyStatementsAfterTheKillAsTheServerDoes()
    {
        assertKill("KILL 5;;", KillStatement.Kind.CONNECTION, false, 5);
        assertKill("KILL QUERY 6 ; /* c */ ; ", KillStatement.Kind.QUERY, false, 6);
        assertKill("KILL 7 -- no newline", KillStatement.Kind.CONNECTION, false, 7);
    }

    @Test
    void shouldKeepNoValueOfAnEarlierKill()
    {
        assertKill("KILL SOFT QUERY ID 1", KillStatement.Kind.QUERY_ID, true, 1);
        assertKill("KILL 2", KillStatement.Kind.CONNECTION, false, 2);
    }
}
