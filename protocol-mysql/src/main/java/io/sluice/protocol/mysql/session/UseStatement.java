package io.sluice.protocol.mysql.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Recognises {@code USE db} in a COM_QUERY text, the other way than COM_INIT_DB to change the
 * default database, so the session knows which database a server connection opened later must
 * start in. Leading white space and comments are skipped; the name may be quoted with backticks
 * ({@code ``} inside stands for one). Anything else is not a USE.
 */
final class UseStatement
{
    private UseStatement()
    {
    }

    /**
     * The database a {@code USE} statement in [at, at + length) of b names, or null if the text is
     * no USE. Allocates only for a USE.
     */
    // hot path: no allocation unless the statement is a USE
    static String database(final ByteBuffer b, final int at, final int length)
    {
        final int end = at + length;
        int p = SqlText.skipSpaceAndComments(b, at, end);
        if (end - p < 4 || (b.get(p) | 0x20) != 'u' || (b.get(p + 1) | 0x20) != 's' || (b.get(p + 2) | 0x20) != 'e')
        {
            return null;
        }
        p += 3;
        final int nameAt = SqlText.skipSpaceAndComments(b, p, end);
        if (nameAt == p || nameAt >= end)
        {
            return null; // "USEFUL..." or nothing after USE
        }
        return name(b, nameAt, end);
    }

    private static String name(final ByteBuffer b, final int at, final int end)
    {
        final StringBuilder name = new StringBuilder();
        int p = at;
        if (b.get(p) == '`')
        {
            p++;
            while (p < end)
            {
                final byte c = b.get(p);
                if (c == '`')
                {
                    if (p + 1 < end && b.get(p + 1) == '`')
                    {
                        name.append('`');
                        p += 2;
                        continue;
                    }
                    return rest(b, p + 1, end) ? utf8(name) : null;
                }
                name.append((char)(c & 0xFF));
                p++;
            }
            return null; // unterminated
        }
        while (p < end && !SqlText.isSpace(b.get(p)) && b.get(p) != ';')
        {
            name.append((char)(b.get(p) & 0xFF));
            p++;
        }
        return rest(b, p, end) ? utf8(name) : null;
    }

    /** Only white space, comments and one optional ';' may follow the name. */
    private static boolean rest(final ByteBuffer b, final int at, final int end)
    {
        int p = SqlText.skipSpaceAndComments(b, at, end);
        if (p < end && b.get(p) == ';')
        {
            p = SqlText.skipSpaceAndComments(b, p + 1, end);
        }
        return p == end;
    }

    /** The bytes gathered as chars 0..255 are UTF-8: decode them. */
    private static String utf8(final StringBuilder latin1)
    {
        final byte[] bytes = new byte[latin1.length()];
        for (int i = 0; i < bytes.length; i++)
        {
            bytes[i] = (byte)latin1.charAt(i);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
