package io.sluice.protocol.mysql.session;

import java.nio.ByteBuffer;

/**
 * MariaDB's {@code KILL} as the client side reads it in a COM_QUERY, the forms that name a
 * connection by number:
 * <pre>
 * KILL [HARD | SOFT] [CONNECTION | QUERY | QUERY ID] digits [;...]
 * </pre>
 * Keywords in any case; white space and comments anywhere between the words, before and after
 * (MaxScale's special-query pattern, plus comments between the words). Anything else is no KILL
 * here and goes to the server as it is: what the server parses as an expression or a user
 * ({@code KILL (SELECT 1)}, {@code KILL 0x10}, {@code KILL USER app}), an executable comment, an
 * unterminated comment (a syntax error), a second statement after the first. One instance per
 * client side, refilled by each {@link #parse} (no allocation). Worker thread only.
 */
final class KillStatement
{
    /** What the KILL stops. */
    enum Kind
    {
        /** {@code KILL [CONNECTION] N}: the connection (thread) N, and its statement. */
        CONNECTION,
        /** {@code KILL QUERY N}: the statement connection N runs; the connection stays. */
        QUERY,
        /** {@code KILL QUERY ID N}: the statement whose query id (not connection id) is N. */
        QUERY_ID
    }

    private Kind kind = Kind.CONNECTION;
    private boolean soft;
    private long id;

    /**
     * Reads the text in [at, end) of b: true if it is a KILL of the forms above, whose values
     * {@link #kind()}, {@link #isSoft()} and {@link #id()} then give.
     */
    // hot path: no allocation
    boolean parse(final ByteBuffer b, final int at, final int end)
    {
        int p = SqlText.skipSpaceAndCommentsStrict(b, at, end);
        if (p < 0 || !SqlText.isWord(b, p, end, "KILL"))
        {
            return false;
        }
        p = SqlText.skipSpaceAndCommentsStrict(b, p + 4, end);
        soft = false;
        if (p >= 0 && SqlText.isWord(b, p, end, "HARD"))
        {
            p = SqlText.skipSpaceAndCommentsStrict(b, p + 4, end);
        }
        else if (p >= 0 && SqlText.isWord(b, p, end, "SOFT"))
        {
            soft = true;
            p = SqlText.skipSpaceAndCommentsStrict(b, p + 4, end);
        }
        kind = Kind.CONNECTION;
        if (p >= 0 && SqlText.isWord(b, p, end, "CONNECTION"))
        {
            p = SqlText.skipSpaceAndCommentsStrict(b, p + 10, end);
        }
        else if (p >= 0 && SqlText.isWord(b, p, end, "QUERY"))
        {
            kind = Kind.QUERY;
            p = SqlText.skipSpaceAndCommentsStrict(b, p + 5, end);
            if (p >= 0 && SqlText.isWord(b, p, end, "ID"))
            {
                kind = Kind.QUERY_ID;
                p = SqlText.skipSpaceAndCommentsStrict(b, p + 2, end);
            }
        }
        return p >= 0 && number(b, p, end);
    }

    /** The decimal id at p, then only white space, comments and ';' up to the end (empty statements are nothing). */
    private boolean number(final ByteBuffer b, final int at, final int end)
    {
        long value = 0;
        int p = at;
        while (p < end && b.get(p) >= '0' && b.get(p) <= '9')
        {
            if (value > (Long.MAX_VALUE - 9) / 10)
            {
                return false; // more than the server's thread ids can be: the server says what it is
            }
            value = value * 10 + b.get(p) - '0';
            p++;
        }
        if (p == at || p < end && (SqlText.isWordByte(b.get(p)) || b.get(p) == '.'))
        {
            return false;
        }
        p = SqlText.skipSpaceAndCommentsStrict(b, p, end);
        while (p >= 0 && p < end && b.get(p) == ';')
        {
            p = SqlText.skipSpaceAndCommentsStrict(b, p + 1, end);
        }
        if (p != end)
        {
            return false;
        }
        id = value;
        return true;
    }

    /** What the last KILL read stops. */
    Kind kind()
    {
        return kind;
    }

    /** True for {@code KILL SOFT}: the server does not interrupt operations that would leave a table damaged. */
    boolean isSoft()
    {
        return soft;
    }

    /** The id the last KILL read names: a connection id, or for {@link Kind#QUERY_ID} a query id. */
    long id()
    {
        return id;
    }
}
