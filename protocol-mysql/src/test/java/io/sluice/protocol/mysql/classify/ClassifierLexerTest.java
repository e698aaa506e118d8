package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.sluice.protocol.mysql.classify.SqlLexer.ANSI_QUOTES;
import static io.sluice.protocol.mysql.classify.SqlLexer.NO_BACKSLASH_ESCAPES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexical cases: comments, quotes, escapes, sql_mode, executable comments, hints; the canonical form. */
class ClassifierLexerTest
{
    private static String canonical(final String sql, final int sqlMode)
    {
        final Canonicalizer c = new Canonicalizer();
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        c.canonicalize(ByteBuffer.wrap(bytes), 0, bytes.length, sqlMode);
        return c.canonical();
    }

    private static List<String> tokens(final String sql, final int sqlMode)
    {
        final SqlLexer lexer = new SqlLexer();
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        lexer.reset(bytes, 0, bytes.length, sqlMode);
        final List<String> out = new ArrayList<>();
        int type;
        while ((type = lexer.next()) != SqlLexer.END)
        {
            out.add(type + ":" + new String(bytes, lexer.start(), lexer.end() - lexer.start(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "SELECT c FROM sbtest1 WHERE id=42                 | SELECT c FROM sbtest1 WHERE id=?",
        "SELECT  c\\n\\tFROM   t1 WHERE a = 'x'             | SELECT c FROM t1 WHERE a = ?",
        "  SELECT 1  ;  | SELECT ? ;",
        "SELECT 1.5e-3, .5, 0x1F, 0b101, X'0A', B'01', N'nat' | SELECT ?, ?, ?, ?, ?, ?, ?",
        "SELECT -5, 1+2                                   | SELECT -?, ?+?",
        "SELECT 'it''s', 'a\\'b', \"q\"                   | SELECT ?, ?, ?",
        "SELECT _utf8mb4'x' COLLATE utf8mb4_bin          | SELECT _utf8mb4? COLLATE utf8mb4_bin",
        "SELECT a /* comment */ FROM t1 # tail            | SELECT a FROM t1",
        "SELECT a -- comment\\nFROM t1                     | SELECT a FROM t1",
        "SELECT a--1 FROM t1                              | SELECT a--? FROM t1",
        "SELECT /*+ MAX_EXECUTION_TIME(1000) */ a FROM t1 | SELECT a FROM t1",
        "SELECT `t1`.`c 1`, 1t, t1.c2 FROM `db`.`t1`      | SELECT `t1`.`c 1`, 1t, t1.c2 FROM `db`.`t1`",
        "SELECT @a, @'b c', @@global.x, @@session.y, ?    | SELECT @a, @'b c', @@global.x, @@session.y, ?",
        "/*!40101 SET NAMES utf8 */                       | SET NAMES utf8",
        "SELECT 1 /*!50700 + 2 */                         | SELECT ? + ?",
        "SELECT 1 /*!999999 + 2 */                        | SELECT ?",
        "SELECT 1 /*M!100500 + 2 */ /*M!999999 + 3 */     | SELECT ? + ?",
        "SELECT 1 /*! + 2 */                              | SELECT ? + ?",
        "SELECT 1 /*M! + 2 */                             | SELECT ? + ?",
        "SET autocommit=0                                 | SET autocommit=0",
        "PREPARE s FROM 'SELECT 1'                        | PREPARE s FROM 'SELECT 1'",
        "EXECUTE IMMEDIATE 'SELECT 1'                     | EXECUTE IMMEDIATE 'SELECT 1'",
        "SELECT 1; SET @a=1; SELECT 2                     | SELECT ?; SET @a=1; SELECT ?",
        "SELECT 'unterminated                             | SELECT ?",
        "SELECT 1 /* unterminated                         | SELECT ?",
    })
    void shouldProduceTheCanonicalForm(final String sql, final String expected)
    {
        assertEquals(expected, canonical(sql.replace("\\n", "\n").replace("\\t", "\t"), 0));
    }

    @Test
    void shouldEndAStringAtABackslashQuoteOnlyWithNoBackslashEscapes()
    {
        final String sql = "SELECT 'a\\'; DROP TABLE t1; SELECT '";
        final Classification escaped = QueryClassifier.classify(sql, 0);
        assertEquals("SELECT ?", canonical(sql, 0));
        assertEquals(QueryType.READ, escaped.typeMask());
        assertFalse(escaped.has(Classification.FLAG_MULTI_STATEMENT));

        final Classification plain = QueryClassifier.classify(sql, NO_BACKSLASH_ESCAPES);
        assertEquals("SELECT ?; DROP TABLE t1; SELECT ?", canonical(sql, NO_BACKSLASH_ESCAPES));
        assertTrue(plain.has(Classification.FLAG_MULTI_STATEMENT));
        assertTrue(plain.is(QueryType.WRITE));
        assertEquals(List.of("t1"), plain.tables());
    }

    @Test
    void shouldReadDoubleQuotesAsIdentifiersUnderAnsiQuotes()
    {
        final String sql = "SELECT \"a\" FROM \"db\".\"t 1\" WHERE b = 'x'";
        assertEquals("SELECT ? FROM ?.? WHERE b = ?", canonical(sql, 0));
        assertEquals("SELECT \"a\" FROM \"db\".\"t 1\" WHERE b = ?", canonical(sql, ANSI_QUOTES));
        assertEquals(List.of("db.t 1"), QueryClassifier.classify(sql, ANSI_QUOTES).tables());
        assertEquals(List.of(), QueryClassifier.classify(sql, 0).tables());
        // a backslash inside an ANSI-quoted identifier escapes nothing
        assertEquals(List.of("a\\"), QueryClassifier.classify("SELECT 1 FROM \"a\\\"", ANSI_QUOTES).tables());
    }

    @Test
    void shouldUnquoteBackticksAndDoubledQuotes()
    {
        assertEquals(List.of("my db.t`1"), QueryClassifier.classify("SELECT * FROM `my db`.`t``1`", 0).tables());
        assertEquals(List.of("1:SELECT", "2:`a;b`", "9:;", "3:'c;d'"), tokens("SELECT `a;b`; 'c;d'", 0));
    }

    @Test
    void shouldTokenizeVariablesNumbersAndIdentifiersStartingWithDigits()
    {
        assertEquals(List.of("1:SELECT", "5:@a", "8:,", "5:@`b`", "8:,", "6:@@global.max_connections", "8:,", "7:?"),
            tokens("SELECT @a, @`b`, @@global.max_connections, ?", 0));
        assertEquals(List.of("4:1e5", "1:1e", "1:2abc", "4:0x1F", "1:0xg", "4:.5", "1:t1", "8:.", "1:c"),
            tokens("1e5 1e 2abc 0x1F 0xg .5 t1.c", 0));
    }

    @Test
    void shouldSkipExecutableCommentsForNewerServersOnly()
    {
        final StatementClassifier older = new StatementClassifier(16, 1024);
        older.serverVersion(100400);
        final byte[] sql = "SELECT 1 /*M!100500 FOR UPDATE */".getBytes(StandardCharsets.UTF_8);
        assertFalse(older.classify(ByteBuffer.wrap(sql), 0, sql.length).has(Classification.FLAG_LOCKING_READ));
        final StatementClassifier newer = new StatementClassifier(16, 1024);
        assertTrue(newer.classify(ByteBuffer.wrap(sql), 0, sql.length).has(Classification.FLAG_LOCKING_READ));
        // /*!50700 is MySQL's form: MariaDB runs it (its version is higher)
        assertTrue(QueryClassifier.classify("/*!50700 INSERT INTO t1 VALUES (1) */", 0).is(QueryType.WRITE));
        // five digits are a MySQL version, always below MariaDB's six: /*!99999 runs too
        assertTrue(QueryClassifier.classify("/*!99999 INSERT INTO t1 VALUES (1) */", 0).is(QueryType.WRITE));
        assertTrue(QueryClassifier.classify("/*!999999 INSERT INTO t1 VALUES (1) */ SELECT 1", 0).isReadOnly());
    }

    @Test
    void shouldKeepTheHintOutOfTheClassAndTheCanonicalForm()
    {
        final Classification c = QueryClassifier.classify("SELECT /*+ BKA(t1) NO_ICP(t1) */ a FROM t1", 0);
        assertEquals("SELECT a FROM t1", c.canonical());
        assertEquals(QueryType.READ, c.typeMask());
    }

    @Test
    void shouldTellCommentsFromOperators()
    {
        assertEquals("SELECT ?-?", canonical("SELECT 1-1", 0));
        assertEquals("SELECT ?", canonical("SELECT 1 --\n", 0));
        assertEquals("SELECT ?", canonical("SELECT 1 --", 0));
        assertEquals("SELECT ?", canonical("SELECT 1 #; DROP TABLE t1", 0));
        assertFalse(QueryClassifier.classify("SELECT 1 -- ; DROP TABLE t1", 0)
            .has(Classification.FLAG_MULTI_STATEMENT));
        assertTrue(QueryClassifier.classify("SELECT 1 --; DROP TABLE t1", 0).has(Classification.FLAG_MULTI_STATEMENT));
    }

    @Test
    void shouldHashTheCanonicalForm()
    {
        final Canonicalizer a = new Canonicalizer();
        final Canonicalizer b = new Canonicalizer();
        final byte[] x = "SELECT c FROM t WHERE id = 1".getBytes(StandardCharsets.UTF_8);
        final byte[] y = "SELECT  c FROM t /* */ WHERE id = 99999".getBytes(StandardCharsets.UTF_8);
        final byte[] z = "SELECT d FROM t WHERE id = 1".getBytes(StandardCharsets.UTF_8);
        a.canonicalize(ByteBuffer.wrap(x), 0, x.length, 0);
        b.canonicalize(ByteBuffer.wrap(y), 0, y.length, 0);
        assertEquals(a.hash(), b.hash());
        assertEquals(a.canonical(), b.canonical());
        b.canonicalize(ByteBuffer.wrap(z), 0, z.length, 0);
        assertNotEquals(a.hash(), b.hash());
    }

    @Test
    void shouldLexAtAnOffsetOfADirectBuffer()
    {
        final byte[] sql = "xxSELECT 1 FROM t9yy".getBytes(StandardCharsets.UTF_8);
        final ByteBuffer direct = ByteBuffer.allocateDirect(sql.length);
        direct.put(0, sql);
        final StatementClassifier c = new StatementClassifier();
        final Classification r = c.classify(direct, 2, sql.length - 4);
        assertEquals("SELECT ? FROM t9", r.canonical());
        assertEquals(List.of("t9"), r.tables());
    }
}
