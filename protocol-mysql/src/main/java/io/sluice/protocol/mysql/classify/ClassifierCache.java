package io.sluice.protocol.mysql.classify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A bounded per-worker map from canonical form (and the lexer flags it was read under) to its
 * {@link Classification}, like MaxScale's per-thread caching parser. Open addressing on the
 * canonical hash: a key lives in one of {@link #PROBES} consecutive slots; a lookup compares hash,
 * flags, length and bytes. When all of a key's slots are taken, one of them is evicted, round robin.
 * Entries are never removed otherwise: a statement read under other sql_mode flags is another key,
 * so a change of sql_mode never returns a class decided under the old one.
 *
 * <p>Owned by one worker thread: only it calls {@link #get} and {@link #put}. The counters are
 * written by the owner with opaque stores and may be read from any thread (the admin API).
 */
public final class ClassifierCache
{
    /** Slots a key may occupy. */
    public static final int PROBES = 8;

    private static final VarHandle HITS;
    private static final VarHandle MISSES;
    private static final VarHandle EVICTIONS;
    private static final VarHandle SIZE;

    static
    {
        try
        {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            HITS = lookup.findVarHandle(ClassifierCache.class, "hits", long.class);
            MISSES = lookup.findVarHandle(ClassifierCache.class, "misses", long.class);
            EVICTIONS = lookup.findVarHandle(ClassifierCache.class, "evictions", long.class);
            SIZE = lookup.findVarHandle(ClassifierCache.class, "size", int.class);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int slotMask;
    private final int maxKeyBytes;
    private final int[] hashes;
    private final int[] modes;
    private final byte[][] keys;
    private final Classification[] values;
    private int evictionCursor;

    private long hits;
    private long misses;
    private long evictions;
    private int size;

    /**
     * @param capacity    slots, rounded up to a power of two (at least {@link #PROBES})
     * @param maxKeyBytes canonical forms longer than this are not cached
     */
    public ClassifierCache(final int capacity, final int maxKeyBytes)
    {
        final int slots = Math.max(PROBES, Integer.highestOneBit(Math.max(1, capacity - 1)) << 1);
        this.slotMask = slots - 1;
        this.maxKeyBytes = maxKeyBytes;
        this.hashes = new int[slots];
        this.modes = new int[slots];
        this.keys = new byte[slots][];
        this.values = new Classification[slots];
    }

    /** Number of slots. */
    public int capacity()
    {
        return slotMask + 1;
    }

    /** The longest canonical form cached. */
    public int maxKeyBytes()
    {
        return maxKeyBytes;
    }

    private int home(final int hash)
    {
        return (hash * 0x9E3779B9) >>> 7 & slotMask;
    }

    /**
     * The cached class of key[0, length) read under mode, or null (a miss, counted).
     */
    // hot path: no allocation
    public Classification get(final byte[] key, final int length, final int hash, final int mode)
    {
        final int home = home(hash);
        for (int p = 0; p < PROBES; p++)
        {
            final int s = (home + p) & slotMask;
            final byte[] k = keys[s];
            if (null != k && hashes[s] == hash && modes[s] == mode && k.length == length
                && Arrays.equals(k, 0, length, key, 0, length))
            {
                HITS.setOpaque(this, hits + 1);
                return values[s];
            }
        }
        MISSES.setOpaque(this, misses + 1);
        return null;
    }

    /**
     * Caches value for key[0, length) under mode (copies the key); evicts one of the key's slots if all
     * are taken. A key longer than {@link #maxKeyBytes()} is not cached.
     */
    public void put(final byte[] key, final int length, final int hash, final int mode, final Classification value)
    {
        if (length > maxKeyBytes)
        {
            return;
        }
        final int home = home(hash);
        int slot = -1;
        for (int p = 0; p < PROBES && slot < 0; p++)
        {
            final int s = (home + p) & slotMask;
            if (null == keys[s])
            {
                slot = s;
                SIZE.setOpaque(this, size + 1);
            }
        }
        if (slot < 0)
        {
            slot = (home + (evictionCursor++ & (PROBES - 1))) & slotMask;
            EVICTIONS.setOpaque(this, evictions + 1);
        }
        keys[slot] = Arrays.copyOf(key, length);
        hashes[slot] = hash;
        modes[slot] = mode;
        values[slot] = value;
    }

    /** Drops every entry (counters stay). */
    public void clear()
    {
        Arrays.fill(keys, null);
        Arrays.fill(values, null);
        SIZE.setOpaque(this, 0);
    }

    /** Lookups that found their key; any thread. */
    public long hits()
    {
        return (long)HITS.getOpaque(this);
    }

    /** Lookups that did not; any thread. */
    public long misses()
    {
        return (long)MISSES.getOpaque(this);
    }

    /** Entries replaced by another key; any thread. */
    public long evictions()
    {
        return (long)EVICTIONS.getOpaque(this);
    }

    /** Entries held; any thread. */
    public int size()
    {
        return (int)SIZE.getOpaque(this);
    }
}
