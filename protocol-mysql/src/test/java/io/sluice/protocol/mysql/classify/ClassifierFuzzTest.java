package io.sluice.protocol.mysql.classify;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never an exception: random bytes, random SQL-ish token soup, and corpus statements cut and mutated,
 * under every sql_mode combination, through the cache and without it. Anything unparsed is a write.
 */
class ClassifierFuzzTest
{
    private static final long SEED = 0x5EED_C1A55L;
    private static final String[] PIECES = {"SELECT", "INSERT", "SET", "@a", "@@global.x", "'", "\"", "`", "\\", "/*",
        "*/", "/*!", "/*M!100500", "/*+", "--", "-- ", "#", "\n", ";", "(", ")", ",", "=", ":=", "FROM", "t1", "INTO",
        "FOR", "UPDATE", "PREPARE", "EXECUTE", "IMMEDIATE", "WITH", "0x", "1e", ".", "?", "autocommit", "TRANSACTION",
        "READ", "ONLY", "CREATE", "TEMPORARY", "TABLE", "DROP", "BEGIN", "NOT", "ATOMIC", "END", "é", "\u0000", " "};

    @Test
    void shouldNeverThrowOnRandomBytes()
    {
        final SplittableRandom random = new SplittableRandom(SEED);
        final StatementClassifier cached = new StatementClassifier(256, 1024);
        int unparsed = 0;
        for (int i = 0; i < 5000; i++)
        {
            final byte[] bytes = new byte[random.nextInt(200)];
            for (int k = 0; k < bytes.length; k++)
            {
                bytes[k] = (byte)random.nextInt(256);
            }
            unparsed += check(cached, bytes, random.nextInt(4)) ? 1 : 0;
        }
        assertTrue(unparsed > 2500, unparsed + " of 5000 random byte strings unparsed");
    }

    @Test
    void shouldNeverThrowOnTokenSoup()
    {
        final SplittableRandom random = new SplittableRandom(SEED + 1);
        final StatementClassifier cached = new StatementClassifier(256, 1024);
        for (int i = 0; i < 5000; i++)
        {
            final StringBuilder sb = new StringBuilder();
            final int n = random.nextInt(30);
            for (int k = 0; k < n; k++)
            {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            check(cached, sb.toString().getBytes(StandardCharsets.UTF_8), random.nextInt(4));
        }
    }

    @Test
    void shouldNeverThrowOnCutAndMutatedCorpusStatements()
    {
        final List<String> corpus = Corpus.statements();
        final SplittableRandom random = new SplittableRandom(SEED + 2);
        final StatementClassifier cached = new StatementClassifier(1024, 4096);
        for (int i = 0; i < 5000; i++)
        {
            final byte[] bytes = corpus.get(random.nextInt(corpus.size())).getBytes(StandardCharsets.UTF_8);
            final int cut = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            for (int m = random.nextInt(3); m > 0 && cut > 0; m--)
            {
                bytes[random.nextInt(cut)] = (byte)"';\"`/*-#\\@()".charAt(random.nextInt(12));
            }
            final byte[] prefix = new byte[cut];
            System.arraycopy(bytes, 0, prefix, 0, cut);
            check(cached, prefix, random.nextInt(4));
        }
    }

    /** Classifies through the cache and afresh; both must agree. True when unparsed. */
    private static boolean check(final StatementClassifier cached, final byte[] bytes, final int sqlMode)
    {
        cached.sqlMode(sqlMode);
        final ByteBuffer b = ByteBuffer.allocateDirect(bytes.length + 2);
        b.put(1, bytes);
        final Classification viaCache = cached.classify(b, 1, bytes.length);
        final StatementClassifier uncached = new StatementClassifier(0, 0);
        uncached.sqlMode(sqlMode);
        final Classification fresh = uncached.classify(ByteBuffer.wrap(bytes), 0, bytes.length);
        assertNotNull(viaCache);
        assertEquals(fresh.describe(), viaCache.describe());
        if (viaCache.has(Classification.FLAG_UNPARSED))
        {
            assertTrue(viaCache.is(QueryType.WRITE));
        }
        return viaCache.has(Classification.FLAG_UNPARSED);
    }
}
