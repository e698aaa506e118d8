package io.sluice.protocol.mysql.classify;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tokens of one SQL text as {@link SqlLexer} found them: parallel arrays of type and extent,
 * reused from statement to statement (they grow, never shrink). Keyword tests compare bytes and
 * allocate nothing; {@link #text(int)} makes a String for the (uncached) classification.
 * Owned by one thread.
 */
public final class Tokens
{
    private static final int INITIAL_TOKENS = 256;

    private byte[] src;
    private int[] types = new int[INITIAL_TOKENS];
    private int[] starts = new int[INITIAL_TOKENS];
    private int[] ends = new int[INITIAL_TOKENS];
    private int count;
    private int sqlMode;

    void reset(final byte[] src, final int sqlMode)
    {
        this.src = src;
        this.sqlMode = sqlMode;
        this.count = 0;
    }

    // hot path: no allocation (once grown)
    void add(final int type, final int start, final int end)
    {
        if (count == types.length)
        {
            types = Arrays.copyOf(types, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        types[count] = type;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** Number of tokens, the {@code ;} separators included. */
    public int count()
    {
        return count;
    }

    /** The {@link SqlLexer} type of token i, {@link SqlLexer#END} past the last. */
    public int type(final int i)
    {
        return i >= 0 && i < count ? types[i] : SqlLexer.END;
    }

    /** Length in bytes of token i. */
    public int length(final int i)
    {
        return ends[i] - starts[i];
    }

    /** Whether token i is the unquoted word {@code upperCaseKeyword} (ASCII, any case). */
    public boolean is(final int i, final String upperCaseKeyword)
    {
        if (i < 0 || i >= count || types[i] != SqlLexer.WORD || ends[i] - starts[i] != upperCaseKeyword.length())
        {
            return false;
        }
        final int start = starts[i];
        for (int k = 0; k < upperCaseKeyword.length(); k++)
        {
            final int b = src[start + k];
            final int upper = b >= 'a' && b <= 'z' ? b - 32 : b;
            if (upper != upperCaseKeyword.charAt(k))
            {
                return false;
            }
        }
        return true;
    }

    /** Whether token i is the punctuation character c. */
    public boolean isPunct(final int i, final char c)
    {
        return i >= 0 && i < count && types[i] == SqlLexer.PUNCT && src[starts[i]] == c;
    }

    /** Whether token i directly follows token i - 1 (no space or comment between). */
    public boolean adjacent(final int i)
    {
        return i > 0 && i < count && starts[i] == ends[i - 1];
    }

    /** Byte k of token i. */
    public int byteAt(final int i, final int k)
    {
        return src[starts[i] + k] & 0xFF;
    }

    /** The bytes of token i as written, quotes included. */
    public String raw(final int i)
    {
        return new String(src, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** The identifier or string token i without its quotes, doubled quotes and escapes undone. */
    public String text(final int i)
    {
        final String raw = raw(i);
        if (raw.isEmpty())
        {
            return raw;
        }
        final char q = raw.charAt(0);
        if (q != '`' && q != '"' && q != '\'')
        {
            return raw;
        }
        return unquote(raw, q, types[i] == SqlLexer.STRING && (sqlMode & SqlLexer.NO_BACKSLASH_ESCAPES) == 0);
    }

    static String unquote(final String raw, final char q, final boolean backslashEscapes)
    {
        final int stop = raw.length() > 1 && raw.charAt(raw.length() - 1) == q ? raw.length() - 1 : raw.length();
        final StringBuilder sb = new StringBuilder(stop);
        for (int k = 1; k < stop; k++)
        {
            final char c = raw.charAt(k);
            if (c == q && k + 1 < stop && raw.charAt(k + 1) == q)
            {
                sb.append(q);
                k++;
            }
            else if (c == '\\' && backslashEscapes && k + 1 < stop)
            {
                final char e = raw.charAt(++k);
                sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? '\0' : e);
            }
            else
            {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
