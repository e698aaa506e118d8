package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.Classification;
import io.sluice.protocol.mysql.classify.SqlLexer;
import io.sluice.protocol.mysql.classify.StatementClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlModesTest
{
    private static final int A = SqlLexer.ANSI_QUOTES;
    private static final int N = SqlLexer.NO_BACKSLASH_ESCAPES;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "SET sql_mode = 'ANSI_QUOTES' | 1",
        "SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_BACKSLASH_ESCAPES' | 2",
        "SET @@session.sql_mode = 'ansi' | 1",
        "SET sql_mode = 'ORACLE,NO_BACKSLASH_ESCAPES' | 3",
        "SET sql_mode = 'STRICT_ALL_TABLES' | 0",
        "SET sql_mode = '' | 0",
        "SET sql_mode = DEFAULT | 0",
        "SET sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES') | 3",
        "SET GLOBAL sql_mode = 'ANSI_QUOTES' | 2",
        "SET NAMES utf8mb4, sql_mode = \"NO_BACKSLASH_ESCAPES\" | 2",
    })
    void shouldFollowTheSessionsSqlMode(final String sql, final int expected)
    {
        final StatementClassifier classifier = new StatementClassifier();
        final ByteBuffer b = ByteBuffer.wrap(sql.getBytes(StandardCharsets.UTF_8));
        final Classification c = classifier.classify(b, 0, b.limit());
        assertTrue(c.has(Classification.FLAG_SQL_MODE) || sql.contains("GLOBAL"), c.describe());
        assertEquals(expected, SqlModes.after(c.canonical(), N), c.canonical() + " (from NO_BACKSLASH_ESCAPES)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"SELECT 'a\\\\'; DELETE FROM t; -- ' | MASTER"})
    void shouldNotHideAStatementInAStringUnderNoBackslashEscapes(final String sql, final Route expected)
    {
        final StatementClassifier classifier = new StatementClassifier();
        classifier.sqlMode(SqlModes.after("SET sql_mode = 'NO_BACKSLASH_ESCAPES'", 0));
        final ByteBuffer b = ByteBuffer.wrap(sql.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, RouteRules.query(classifier.classify(b, 0, b.limit()), false, false, false, false,
            false), "the server sees two statements, one a DELETE");
        assertEquals(A | N, A | SqlModes.after("SET sql_mode = 'NO_BACKSLASH_ESCAPES'", 0));
    }
}
