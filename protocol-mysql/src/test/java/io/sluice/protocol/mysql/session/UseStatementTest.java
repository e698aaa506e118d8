package io.sluice.protocol.mysql.session;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which COM_QUERY texts change the default database, and to what. */
class UseStatementTest
{
    private static String use(final String sql)
    {
        final byte[] bytes = ("xx" + sql + "yy").getBytes(StandardCharsets.UTF_8);
        return UseStatement.database(ByteBuffer.wrap(bytes), 2, bytes.length - 4);
    }

    @Test
    void shouldFindTheDatabaseOfAUse()
    {
        assertEquals("test2", use("USE test2"));
        assertEquals("test2", use("use test2;"));
        assertEquals("test2", use("  \n\tUse   test2 ;  "));
        assertEquals("my db", use("USE `my db`"));
        assertEquals("a`b", use("USE `a``b`"));
        assertEquals("dbé", use("USE `dbé`"));
        assertEquals("d", use("/* a comment */ USE /* another */ d -- trailing\n"));
        assertEquals("d", use("# a line comment\nUSE d"));
    }

    @Test
    void shouldRefuseWhatIsNoUse()
    {
        assertNull(use("USER"));
        assertNull(use("USEd"));
        assertNull(use("USE"));
        assertNull(use("USE  "));
        assertNull(use("SELECT 1"));
        assertNull(use("USE a b"));
        assertNull(use("USE `unterminated"));
        assertNull(use("USE a; SELECT 1"));
        assertNull(use("/*! USE a */"));
        assertNull(use(""));
    }
}
