package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-worker cache: keys, literals that matter, sql_mode, eviction and the counters. */
class ClassifierCacheTest
{
    private static Classification classify(final StatementClassifier c, final String sql)
    {
        final byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return c.classify(ByteBuffer.wrap(bytes), 0, bytes.length);
    }

    @Test
    void shouldShareOneEntryAcrossLiterals()
    {
        final StatementClassifier c = new StatementClassifier(64, 1024);
        final Classification first = classify(c, "SELECT c FROM sbtest1 WHERE id=1");
        final Classification second = classify(c, "SELECT c FROM sbtest1 WHERE id=987654");
        final Classification third = classify(c, "SELECT c FROM sbtest1 /* hint */ WHERE id='x'");
        assertSame(first, second);
        assertSame(first, third);
        assertEquals(1, c.cache().misses());
        assertEquals(2, c.cache().hits());
        assertEquals(1, c.cache().size());
        assertEquals("SELECT c FROM sbtest1 WHERE id=?", first.canonical());
    }

    @Test
    void shouldKeepLiteralsThatChangeTheMeaning()
    {
        final StatementClassifier c = new StatementClassifier(64, 1024);
        for (int round = 0; round < 3; round++)
        {
            assertTrue(classify(c, "SET autocommit=0").is(QueryType.DISABLE_AUTOCOMMIT));
            assertTrue(classify(c, "SET autocommit=1").is(QueryType.ENABLE_AUTOCOMMIT));
            assertEquals(QueryType.READ, classify(c, "PREPARE s FROM 'SELECT 1'").inner().typeMask());
            assertEquals(QueryType.WRITE, classify(c, "PREPARE s FROM 'DELETE FROM t1'").inner().typeMask());
            assertTrue(classify(c, "EXECUTE IMMEDIATE 'SELECT 1'").isReadOnly());
            assertTrue(classify(c, "EXECUTE IMMEDIATE 'UPDATE t1 SET a=1'").is(QueryType.WRITE));
        }
        assertEquals(6, c.cache().misses());
        assertEquals(12, c.cache().hits());
    }

    @Test
    void shouldKeyBySqlMode()
    {
        final StatementClassifier c = new StatementClassifier(64, 1024);
        final String sql = "SELECT 'a\\'; DELETE FROM t1; SELECT '";
        assertTrue(classify(c, sql).isReadOnly());
        c.sqlMode(SqlLexer.NO_BACKSLASH_ESCAPES);
        assertTrue(classify(c, sql).is(QueryType.WRITE));
        c.sqlMode(0);
        assertTrue(classify(c, sql).isReadOnly());

        // the same canonical bytes read under another mode are another key
        final String ansi = "SELECT \"a\" FROM t1";
        assertEquals(0, classify(c, ansi).tables().indexOf("t1"));
        c.sqlMode(SqlLexer.ANSI_QUOTES);
        final Classification underAnsi = classify(c, ansi);
        assertEquals("SELECT \"a\" FROM t1", underAnsi.canonical());
        assertEquals(SqlLexer.ANSI_QUOTES, c.sqlMode());
        assertEquals(4, c.cache().misses());
    }

    @Test
    void shouldTellPrepareFromQuery()
    {
        final StatementClassifier c = new StatementClassifier(64, 1024);
        final byte[] sql = "SELECT a FROM t1 WHERE b = ?".getBytes(StandardCharsets.UTF_8);
        final Classification prepared = c.classifyPrepare(ByteBuffer.wrap(sql), 0, sql.length);
        final Classification query = c.classify(ByteBuffer.wrap(sql), 0, sql.length);
        assertEquals(QueryType.READ | QueryType.PREPARE_STMT, prepared.typeMask());
        assertEquals(QueryType.READ, query.typeMask());
        assertSame(prepared, c.classifyPrepare(ByteBuffer.wrap(sql), 0, sql.length));
    }

    @Test
    void shouldEvictWhenAKeysSlotsAreTaken()
    {
        final StatementClassifier c = new StatementClassifier(ClassifierCache.PROBES, 1024);
        assertEquals(ClassifierCache.PROBES, c.cache().capacity());
        final int statements = 100;
        for (int i = 0; i < statements; i++)
        {
            classify(c, "SELECT c" + i + " FROM t1");
        }
        assertEquals(statements, c.cache().misses());
        assertEquals(ClassifierCache.PROBES, c.cache().size());
        assertEquals(statements - ClassifierCache.PROBES, c.cache().evictions());
        // the most recent one is still there
        classify(c, "SELECT c99 FROM t1");
        assertEquals(1, c.cache().hits());
    }

    @Test
    void shouldNotCacheLongStatementsOrWithoutACache()
    {
        final StatementClassifier c = new StatementClassifier(64, 32);
        final String longSql = "SELECT a, b, c, d, e, f, g FROM some_table WHERE x = 1";
        assertNotSame(classify(c, longSql), classify(c, longSql));
        assertEquals(0, c.cache().size());
        assertEquals(2, c.cache().misses());

        final StatementClassifier uncached = new StatementClassifier(0, 0);
        assertEquals(null, uncached.cache());
        assertEquals(QueryType.READ, classify(uncached, "SELECT 1").typeMask());
    }

    @Test
    void shouldPublishCountersToOtherThreads() throws Exception
    {
        final StatementClassifier c = new StatementClassifier();
        for (int i = 0; i < 1000; i++)
        {
            classify(c, "SELECT c FROM sbtest1 WHERE id=" + i);
        }
        final AtomicLong seen = new AtomicLong();
        final Thread reader = new Thread(() -> seen.set(c.cache().hits() * 1_000_000 + c.cache().misses()));
        reader.start();
        reader.join();
        assertEquals(999L * 1_000_000 + 1, seen.get());
    }

    @Test
    void shouldForgetEntriesWhenTheServerVersionChanges()
    {
        final StatementClassifier c = new StatementClassifier(64, 1024);
        assertTrue(classify(c, "SELECT 1 /*M!100600 FOR UPDATE */").has(Classification.FLAG_LOCKING_READ));
        c.serverVersion(100500);
        assertTrue(classify(c, "SELECT 1 /*M!100600 FOR UPDATE */").isReadOnly());
        assertEquals(2, c.cache().misses());
    }
}
