package io.sluice.protocol.mysql.classify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Lexes one SQL text once and produces, into reused buffers, its canonical form, the form's hash and
 * the {@link Tokens} the classifier works on. The canonical form is MaxScale's: comments (and
 * optimizer hints, and executable comments for newer versions) dropped, the content of executed
 * executable comments kept, each run of white space or comments between two tokens made one
 * space, leading and trailing space dropped, and every literal (string, number, hexadecimal, bit)
 * replaced by {@code ?}. Unlike MaxScale, literals are kept in statements that start with SET,
 * PREPARE or EXECUTE: what they mean depends on the value ({@code SET autocommit=0} begins a
 * transaction, {@code =1} commits; {@code PREPARE s FROM '...'} is classified by its text), so the
 * cache must keep them apart.
 *
 * <p>Owned by one thread; {@link #canonicalize} allocates nothing once its buffers have grown to the
 * longest statement seen.
 */
public final class Canonicalizer
{
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SqlLexer lexer = new SqlLexer();
    private final Tokens tokens = new Tokens();
    /** The statement's bytes, copied out of the packet buffer in one bulk read: arrays lex fastest. */
    private byte[] input = new byte[256];
    private byte[] canonical = new byte[256];
    private int canonicalLength;
    private int hash;

    /** The lexer, e.g. to set the server version executable comments compare with. */
    public SqlLexer lexer()
    {
        return lexer;
    }

    /**
     * Lexes [offset, offset + length) of src (absolute; position and limit ignored), after copying it.
     *
     * @param sqlMode {@link SqlLexer#ANSI_QUOTES} and {@link SqlLexer#NO_BACKSLASH_ESCAPES}
     */
    // hot path: no allocation
    public void canonicalize(final ByteBuffer src, final int offset, final int length, final int sqlMode)
    {
        canonicalize(src, offset, length, sqlMode, true);
    }

    /**
     * As {@link #canonicalize(ByteBuffer, int, int, int)}; without recordTokens, {@link #tokens()} stays
     * empty (a cache lookup needs only the canonical form).
     */
    // hot path: no allocation
    public void canonicalize(final ByteBuffer src, final int offset, final int length, final int sqlMode,
        final boolean recordTokens)
    {
        if (canonical.length < length)
        {
            canonical = new byte[Math.max(length, canonical.length * 2)];
            input = new byte[canonical.length];
        }
        final byte[] in = input;
        src.get(offset, in, 0, length);
        final SqlLexer lx = lexer;
        final Tokens t = tokens;
        final byte[] out = canonical;
        lx.reset(in, 0, length, sqlMode);
        t.reset(in, sqlMode);
        int n = 0;
        boolean keepLiterals = false;
        boolean statementStart = true;
        int type;
        while ((type = lx.next()) != SqlLexer.END)
        {
            final int start = lx.start();
            final int end = lx.end();
            if (recordTokens)
            {
                t.add(type, start, end);
            }
            if (statementStart)
            {
                keepLiterals = type == SqlLexer.WORD && keepsLiterals(in, start, end);
            }
            statementStart = type == SqlLexer.SEMICOLON;
            if (lx.spaceBefore() && n > 0)
            {
                out[n++] = ' ';
            }
            if ((type == SqlLexer.STRING || type == SqlLexer.NUMBER) && !keepLiterals)
            {
                out[n++] = '?';
            }
            else
            {
                System.arraycopy(in, start, out, n, end - start);
                n += end - start;
            }
        }
        canonicalLength = n;
        hash = hash(out, n);
    }

    /** A hash of bytes[0, length): eight bytes per multiplication, so the chain of multiplications is short. */
    private static int hash(final byte[] bytes, final int length)
    {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES)
        {
            h = (h ^ (long)LONGS.get(bytes, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        long tail = 0;
        for (int shift = 0; i < length; i++, shift += 8)
        {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return (int)(h ^ (h >>> 32));
    }

    private static boolean keepsLiterals(final byte[] src, final int start, final int end)
    {
        final int length = end - start;
        if (length == 3)
        {
            return matches(src, start, "SET");
        }
        if (length == 7)
        {
            return matches(src, start, "PREPARE") || matches(src, start, "EXECUTE");
        }
        return false;
    }

    private static boolean matches(final byte[] src, final int start, final String upper)
    {
        for (int k = 0; k < upper.length(); k++)
        {
            final int b = src[start + k];
            if ((b >= 'a' && b <= 'z' ? b - 32 : b) != upper.charAt(k))
            {
                return false;
            }
        }
        return true;
    }

    /** The canonical form's bytes, valid up to {@link #canonicalLength()} until the next call. */
    public byte[] canonicalBytes()
    {
        return canonical;
    }

    /** Length of the canonical form. */
    public int canonicalLength()
    {
        return canonicalLength;
    }

    /** Hash of the canonical form. */
    public int hash()
    {
        return hash;
    }

    /** The canonical form as a String (allocates). */
    public String canonical()
    {
        return new String(canonical, 0, canonicalLength, StandardCharsets.UTF_8);
    }

    /** The tokens of the last text. */
    public Tokens tokens()
    {
        return tokens;
    }
}
