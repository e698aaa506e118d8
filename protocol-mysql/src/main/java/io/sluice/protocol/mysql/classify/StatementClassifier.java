package io.sluice.protocol.mysql.classify;

import java.nio.ByteBuffer;

/**
 * The entry point a router calls: classifies the SQL text of a COM_QUERY or COM_STMT_PREPARE payload
 * (UTF-8), through a per-worker {@link ClassifierCache}. Each call lexes the text once into its
 * canonical form (literals replaced by {@code ?}) and looks that up; a hit returns the cached
 * immutable {@link Classification} and allocates nothing; a miss classifies the tokens and caches
 * the result. Statements differing only in literals ({@code SELECT c FROM sbtest1 WHERE id=42} and
 * {@code ...id=7}) share one entry; literals that change the meaning are kept in the key (see
 * {@link Canonicalizer}).
 *
 * <p>Owned by one worker thread, like the sessions it serves: {@link #sqlMode(int)} is set per
 * session before classifying its statements (the cache keys by it). Never throws on any input.
 */
public final class StatementClassifier
{
    /** Slots of the cache by default. */
    public static final int DEFAULT_CACHE_ENTRIES = 4096;
    /** Canonical forms longer than this are classified but not cached. */
    public static final int DEFAULT_MAX_CACHED_BYTES = 4096;

    private static final int PREPARE_KEY_BIT = 1 << 8;

    private final Canonicalizer canonicalizer = new Canonicalizer();
    private final ClassifierCache cache;
    private int sqlMode;

    /** A classifier with a cache of {@link #DEFAULT_CACHE_ENTRIES}. */
    public StatementClassifier()
    {
        this(DEFAULT_CACHE_ENTRIES, DEFAULT_MAX_CACHED_BYTES);
    }

    /**
     * @param cacheEntries   slots of the cache; 0 classifies every statement afresh
     * @param maxCachedBytes canonical forms longer than this are not cached
     */
    public StatementClassifier(final int cacheEntries, final int maxCachedBytes)
    {
        this.cache = cacheEntries > 0 ? new ClassifierCache(cacheEntries, maxCachedBytes) : null;
    }

    /**
     * The sql_mode flags that change how text is read: {@link SqlLexer#ANSI_QUOTES},
     * {@link SqlLexer#NO_BACKSLASH_ESCAPES}.
     */
    public void sqlMode(final int flags)
    {
        sqlMode = flags & (SqlLexer.ANSI_QUOTES | SqlLexer.NO_BACKSLASH_ESCAPES);
    }

    /** The current sql_mode flags. */
    public int sqlMode()
    {
        return sqlMode;
    }

    /** Sets the server version executable comments are compared with (default 11.4.0 = 110400). */
    public void serverVersion(final int version)
    {
        canonicalizer.lexer().serverVersion(version);
        if (null != cache)
        {
            cache.clear();
        }
    }

    /** The cache (counters for the admin API), or null when disabled. */
    public ClassifierCache cache()
    {
        return cache;
    }

    /**
     * Classifies the SQL text of a COM_QUERY: bytes [offset, offset + length) of b (absolute, after
     * the command byte).
     */
    // hot path: no allocation (on a cache hit)
    public Classification classify(final ByteBuffer b, final int offset, final int length)
    {
        return classify(b, offset, length, false);
    }

    /**
     * Classifies the SQL text of a COM_STMT_PREPARE: as {@link #classify}, plus
     * {@link QueryType#PREPARE_STMT}.
     */
    // hot path: no allocation (on a cache hit)
    public Classification classifyPrepare(final ByteBuffer b, final int offset, final int length)
    {
        return classify(b, offset, length, true);
    }

    private Classification classify(final ByteBuffer b, final int offset, final int length, final boolean prepare)
    {
        final Canonicalizer c = canonicalizer;
        final int mode = sqlMode;
        final int key = prepare ? mode | PREPARE_KEY_BIT : mode;
        final ClassifierCache cache = this.cache;
        if (null != cache)
        {
            // the lookup needs only the canonical form; the tokens are recorded on a miss, by a second pass
            c.canonicalize(b, offset, length, mode, false);
            final Classification hit = cache.get(c.canonicalBytes(), c.canonicalLength(), c.hash(), key);
            if (null != hit)
            {
                return hit;
            }
        }
        c.canonicalize(b, offset, length, mode, true);
        Classification result = QueryClassifier.classify(c.tokens(), c.canonical(), mode);
        if (prepare)
        {
            result = new Classification(result.typeMask() | QueryType.PREPARE_STMT, result.flags(), result.operation(),
                result.tables(), result.tempTables(), result.preparedName(), result.inner(), result.canonical());
        }
        if (null != cache)
        {
            cache.put(c.canonicalBytes(), c.canonicalLength(), c.hash(), key, result);
        }
        return result;
    }
}
