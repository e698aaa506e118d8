package io.sluice.protocol.mysql.classify;

import java.nio.ByteBuffer;
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
        int h = 0x811C9DC5;
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
                h = (h ^ ' ') * 0x01000193;
            }
            if ((type == SqlLexer.STRING || type == SqlLexer.NUMBER) && !keepLiterals)
            {
                out[n++] = '?';
                h = (h ^ '?') * 0x01000193;
            }
            else
            {
                for (int i = start; i < end; i++)
                {
                    final byte b = in[i];
                    out[n++] = b;
                    h = (h ^ (b & 0xFF)) * 0x01000193;
                }
            }
        }
        canonicalLength = n;
        hash = h ^ (h >>> 16);
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

    /** Hash of the canonical form (FNV-1a, folded). */
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
