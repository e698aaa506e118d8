package io.sluice.protocol.mysql.session;

import java.nio.ByteBuffer;

/**
 * What the client side reads of a COM_QUERY's text by hand (USE, KILL, CONNECTION_ID()): white space
 * and comments between words, words in any case. An executable comment ({@code /*!...*}{@code /},
 * {@code /*M!...*}{@code /}) is text the server runs, so it is not skipped. Allocates nothing.
 */
final class SqlText
{
    private SqlText()
    {
    }

    /**
     * The first position from {@code from} that is not white space or a comment ({@code /* *}{@code /},
     * {@code # ...}, {@code -- ...}), or {@code end}. An unterminated comment runs to the end.
     */
    // hot path: no allocation
    static int skipSpaceAndComments(final ByteBuffer b, final int from, final int end)
    {
        return skip(b, from, end, false);
    }

    /**
     * As {@link #skipSpaceAndComments}, but -1 when a {@code /*} comment does not end (the server
     * refuses such a statement with a syntax error).
     */
    static int skipSpaceAndCommentsStrict(final ByteBuffer b, final int from, final int end)
    {
        return skip(b, from, end, true);
    }

    private static int skip(final ByteBuffer b, final int from, final int end, final boolean strict)
    {
        int p = from;
        while (p < end)
        {
            final byte c = b.get(p);
            if (isSpace(c))
            {
                p++;
            }
            else if (c == '/' && p + 1 < end && b.get(p + 1) == '*' && !isExecutableComment(b, p, end))
            {
                p += 2;
                while (p + 1 < end && !(b.get(p) == '*' && b.get(p + 1) == '/'))
                {
                    p++;
                }
                if (p + 1 >= end && strict)
                {
                    return -1;
                }
                p += 2;
            }
            else if (c == '#' || c == '-' && p + 2 < end && b.get(p + 1) == '-' && isSpace(b.get(p + 2)))
            {
                while (p < end && b.get(p) != '\n')
                {
                    p++;
                }
            }
            else
            {
                break;
            }
        }
        return Math.min(p, end);
    }

    /** True if the comment opening at p ({@code /*}) is one the server executes: {@code /*!} or {@code /*M!}. */
    static boolean isExecutableComment(final ByteBuffer b, final int p, final int end)
    {
        return p + 2 < end && (b.get(p + 2) == '!'
            || (b.get(p + 2) | 0x20) == 'm' && p + 3 < end && b.get(p + 3) == '!');
    }

    static boolean isSpace(final byte c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** True for the bytes of an unquoted word: ASCII letters, digits, '_', '$', and any non-ASCII byte. */
    static boolean isWordByte(final byte c)
    {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c < 0;
    }

    /**
     * True if the word at p is {@code word} (given in upper case) in any case and ends there: the byte
     * after it, if any, is not part of a word.
     */
    // hot path: no allocation
    static boolean isWord(final ByteBuffer b, final int p, final int end, final String word)
    {
        final int n = word.length();
        if (end - p < n)
        {
            return false;
        }
        for (int i = 0; i < n; i++)
        {
            final int c = b.get(p + i);
            final int upper = c >= 'a' && c <= 'z' ? c - 32 : c;
            if (upper != word.charAt(i))
            {
                return false;
            }
        }
        return p + n == end || !isWordByte(b.get(p + n));
    }

    /** The end of the word starting at p (the first byte that is not part of a word). */
    static int wordEnd(final ByteBuffer b, final int p, final int end)
    {
        int q = p;
        while (q < end && isWordByte(b.get(q)))
        {
            q++;
        }
        return q;
    }
}
