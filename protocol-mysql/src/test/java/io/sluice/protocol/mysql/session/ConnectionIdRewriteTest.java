package io.sluice.protocol.mysql.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which CONNECTION_ID() calls answer the Sluice session id, and the text the server then gets. */
class ConnectionIdRewriteTest
{
    private static final long ID = 1_000_000_042L;
    private static final String VALUE = "CAST(1000000042 AS UNSIGNED)";

    /** The rewritten text, or null; the text is placed inside other bytes, as it is inside a packet. */
    private static String rewrite(final String sql, final boolean noBackslashEscapes)
    {
        final byte[] bytes = ("xx" + sql + "yy").getBytes(StandardCharsets.UTF_8);
        final byte[] out = ConnectionIdRewrite.rewrite(ByteBuffer.wrap(bytes), 2, bytes.length - 2, ID,
            noBackslashEscapes);
        return out == null ? null : new String(out, StandardCharsets.UTF_8);
    }

    private static String rewrite(final String sql)
    {
        return rewrite(sql, false);
    }

    private static boolean mentions(final String sql)
    {
        final byte[] bytes = ("xx" + sql + "yy").getBytes(StandardCharsets.UTF_8);
        return ConnectionIdRewrite.mentions(ByteBuffer.wrap(bytes), 2, bytes.length - 2);
    }

    @Test
    void shouldFindTheNameInAnyCaseAnywhere()
    {
        assertTrue(mentions("CONNECTION_ID"));
        assertTrue(mentions("SELECT connection_id()"));
        assertTrue(mentions("select 1, 2, 3, ConNecTion_Id() from t where a = 'x'"));
        assertTrue(mentions("SELECT 'CONNECTION_ID()'"), "a cheap scan: quotes are the rewrite's business");
        assertTrue(mentions("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxconnection_idxxxx"));
        assertFalse(mentions(""));
        assertFalse(mentions("SELECT 1"));
        assertFalse(mentions("CONNECTION_I"));
        assertFalse(mentions("CONNECTION ID"));
        assertFalse(mentions("CONNECTION\u007fID"), "0x7F is no '_' in any case");
        assertFalse(mentions("SELECT * FROM t WHERE connection = 1 AND _id = 2 AND connection_i_d = 3"));
    }

    @Test
    void shouldAnswerTheSessionIdForASelectItemOfItsOwn()
    {
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID()`", rewrite("SELECT CONNECTION_ID()"));
        assertEquals("select " + VALUE + " AS `connection_id()`", rewrite("select connection_id()"));
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID( )`;", rewrite("SELECT CONNECTION_ID( );"));
        assertEquals("SELECT 1, " + VALUE + " AS `CONNECTION_ID()`, @@server_id FROM dual",
            rewrite("SELECT 1, CONNECTION_ID(), @@server_id FROM dual"));
        assertEquals("SELECT DISTINCT SQL_NO_CACHE " + VALUE + " AS `CONNECTION_ID()` INTO @id",
            rewrite("SELECT DISTINCT SQL_NO_CACHE CONNECTION_ID() INTO @id"));
        assertEquals("/* app */ SELECT\n  " + VALUE + " AS `Connection_Id()` -- mine\n",
            rewrite("/* app */ SELECT\n  Connection_Id() -- mine\n"));
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID()` FROM t WHERE id = CONNECTION_ID()",
            rewrite("SELECT CONNECTION_ID() FROM t WHERE id = CONNECTION_ID()"));
    }

    @Test
    void shouldKeepAnAliasTheClientGave()
    {
        assertEquals("SELECT " + VALUE + " AS id", rewrite("SELECT CONNECTION_ID() AS id"));
        assertEquals("SELECT " + VALUE + " id, 2", rewrite("SELECT CONNECTION_ID() id, 2"));
        assertEquals("SELECT " + VALUE + " `my id`", rewrite("SELECT CONNECTION_ID() `my id`"));
        assertEquals("SELECT " + VALUE + " 'my id'", rewrite("SELECT CONNECTION_ID() 'my id'"));
        assertEquals("SELECT " + VALUE + " /* c */ AS \"x\"", rewrite("SELECT CONNECTION_ID() /* c */ AS \"x\""));
    }

    @Test
    void shouldRewriteEachSelectOfAUnionAndEachLeadingSelectStatement()
    {
        assertEquals("SELECT 1 FROM t UNION SELECT " + VALUE + " AS `CONNECTION_ID()`",
            rewrite("SELECT 1 FROM t UNION SELECT CONNECTION_ID()"));
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID()`; SELECT " + VALUE + " AS c",
            rewrite("SELECT CONNECTION_ID(); SELECT CONNECTION_ID() AS c"));
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID()`; SET @a = CONNECTION_ID(); SELECT CONNECTION_ID()",
            rewrite("SELECT CONNECTION_ID(); SET @a = CONNECTION_ID(); SELECT CONNECTION_ID()"),
            "from the first statement that is no SELECT on, nothing is rewritten");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 1",
        "SELECT CONNECTION_ID() + 0",
        "SELECT CONNECTION_ID()+0",
        "SELECT CONNECTION_ID() = 5",
        "SELECT CONNECTION_ID() IS NOT NULL",
        "SELECT CONNECTION_ID() IN (1, 2)",
        "SELECT CONNECTION_ID() DIV 2",
        "SELECT CONCAT('id ', CONNECTION_ID())",
        "SELECT (CONNECTION_ID())",
        "SELECT 1 + CONNECTION_ID()",
        "SELECT -CONNECTION_ID()",
        "SELECT ID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()",
        "SELECT * FROM t WHERE id IN (SELECT CONNECTION_ID())",
        "SELECT (SELECT CONNECTION_ID())",
        "SELECT x FROM (SELECT CONNECTION_ID() AS x) AS d",
        "SELECT 'CONNECTION_ID()'",
        "SELECT \"CONNECTION_ID()\"",
        "SELECT `CONNECTION_ID()`",
        "SELECT 'it''s', 'CONNECTION_ID()'",
        "SELECT 'a\\', CONNECTION_ID(), '",
        "SELECT /* CONNECTION_ID() */ 1",
        "SELECT 1 -- CONNECTION_ID()",
        "SELECT 1 # CONNECTION_ID()",
        "SELECT /*! CONNECTION_ID() */",
        "SELECT CONNECTION_ID() /*!, 1 */",
        "SELECT /*M!100000 1, */ CONNECTION_ID()",
        "SELECT test.CONNECTION_ID()",
        "SELECT @CONNECTION_ID",
        "SELECT CONNECTION_ID",
        "SELECT CONNECTION_ID(1)",
        "SELECT CONNECTION_IDS()",
        "SELECT MY_CONNECTION_ID()",
        "SELECT 'unterminated, CONNECTION_ID()",
        "SET @id = CONNECTION_ID()",
        "INSERT INTO t SELECT CONNECTION_ID()",
        "DO CONNECTION_ID()",
        "KILL CONNECTION_ID()",
        "(SELECT CONNECTION_ID())",
        "WITH c AS (SELECT 1) SELECT CONNECTION_ID() FROM c",
        "SELECT 'é\\', CONNECTION_ID()"
    })
    void shouldLeaveTheServersIdEverywhereElse(final String sql)
    {
        assertNull(rewrite(sql), sql);
    }

    @Test
    void shouldReadQuotesAsTheSessionsSqlModeSays()
    {
        // With backslash escapes, 'a\' goes on: the call is inside the string. Without, the string ends there.
        assertNull(rewrite("SELECT 'a\\', CONNECTION_ID(), 'b'", false));
        assertEquals("SELECT 'a\\', " + VALUE + " AS `CONNECTION_ID()`, 'b'",
            rewrite("SELECT 'a\\', CONNECTION_ID(), 'b'", true));
    }

    @Test
    void shouldDoubleABacktickOfTheCallsTextInItsAlias()
    {
        assertEquals("SELECT " + VALUE + " AS `CONNECTION_ID(/* `` */)`", rewrite("SELECT CONNECTION_ID(/* ` */)"));
    }
}
