package io.sluice.protocol.mysql.session;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * {@code CONNECTION_ID()} answers the Sluice session id, the client's connection id from the
 * handshake, whichever server runs the statement (MaxScale does nothing: its clients get the id of
 * the server connection that ran it). Rather than answer statements itself, the client side
 * rewrites the COM_QUERY text before routing it, under a narrow rule:
 *
 * <ul>
 *   <li>Only in a statement that begins with {@code SELECT} (leading comments aside; in a text of
 *       several statements, up to the first one that does not), and only in a select list at the
 *       outermost level (the statement's own, or another {@code SELECT} of a {@code UNION},
 *       {@code EXCEPT} or {@code INTERSECT} outside parentheses).</li>
 *   <li>Only a select item that is the call itself, {@code CONNECTION_ID()} in any case: followed by
 *       an alias ({@code AS x}, {@code x}, {@code `x`}, {@code 'x'}), a comma, the clause that ends the
 *       list ({@code FROM}, {@code INTO}, {@code WHERE}...) or the end of the statement.</li>
 *   <li>The call becomes {@code CAST(id AS UNSIGNED)}, the type the function has (INT UNSIGNED,
 *       length 10); without an alias it gets its own text as alias, so the column keeps its name.</li>
 * </ul>
 *
 * Everything else keeps the server's value: the function in an expression
 * ({@code CONNECTION_ID() + 0}), in a subquery, or in {@code WHERE}, {@code ON}, {@code HAVING} and
 * the like, where it usually meets server-side ids ({@code information_schema.PROCESSLIST WHERE
 * ID = CONNECTION_ID()} finds the session's own server connection); other statements
 * ({@code SET @id = CONNECTION_ID()}, {@code INSERT ... SELECT}, {@code DO}); prepared statements
 * (COM_STMT_PREPARE); a qualified {@code db.CONNECTION_ID()} (a stored function). Nothing inside
 * string literals, quoted identifiers or comments is touched; a text with an executable comment
 * ({@code /*!...*}{@code /}), an unterminated quote, or a backslash right after a non-ASCII byte (which
 * in sjis, big5 or gbk may be half a character rather than an escape) is left alone entirely.
 *
 * <p>The scan that decides whether a text mentions the function at all ({@link #mentions}) is a
 * case-insensitive Boyer-Moore-Horspool search that allocates nothing; the rewrite allocates.
 */
final class ConnectionIdRewrite
{
    private static final String NAME = "CONNECTION_ID";
    private static final int NAME_LENGTH = NAME.length();
    /** Boyer-Moore-Horspool shifts for the name in either case. */
    private static final int[] SHIFT = new int[256];
    /** Words that end a select list: after the call, they mean it has no alias. */
    private static final String[] LIST_ENDS = {"FROM", "INTO", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
        "UNION", "EXCEPT", "INTERSECT", "WINDOW", "FOR", "LOCK", "PROCEDURE"};
    /** Words that continue an expression after the call: the item is more than the call. */
    private static final String[] OPERATORS = {"AND", "OR", "XOR", "NOT", "IS", "IN", "LIKE", "BETWEEN", "DIV",
        "MOD", "REGEXP", "RLIKE", "SOUNDS", "COLLATE", "MEMBER", "ESCAPE"};
    /** SELECT's options, which come before the first item. */
    private static final String[] SELECT_OPTIONS = {"ALL", "DISTINCT", "DISTINCTROW", "HIGH_PRIORITY",
        "STRAIGHT_JOIN", "SQL_SMALL_RESULT", "SQL_BIG_RESULT", "SQL_BUFFER_RESULT", "SQL_CACHE", "SQL_NO_CACHE",
        "SQL_CALC_FOUND_ROWS"};

    static
    {
        java.util.Arrays.fill(SHIFT, NAME_LENGTH);
        for (int i = 0; i < NAME_LENGTH - 1; i++)
        {
            final char c = NAME.charAt(i);
            SHIFT[c] = NAME_LENGTH - 1 - i;
            SHIFT[Character.toLowerCase(c)] = NAME_LENGTH - 1 - i;
        }
    }

    private ConnectionIdRewrite()
    {
    }

    /** True if [from, end) of b contains {@code CONNECTION_ID} in any case. */
    // hot path: no allocation
    static boolean mentions(final ByteBuffer b, final int from, final int end)
    {
        int p = from;
        final int last = end - NAME_LENGTH;
        while (p <= last)
        {
            int i = NAME_LENGTH - 1;
            while (i >= 0 && (b.get(p + i) & 0xDF) == (NAME.charAt(i) & 0xDF) && isNameByte(b.get(p + i), i))
            {
                i--;
            }
            if (i < 0)
            {
                return true;
            }
            p += SHIFT[b.get(p + NAME_LENGTH - 1) & 0xFF];
        }
        return false;
    }

    /** Guards the 0xDF case fold: '_' (0x5F) must not match 0x7F, nor a letter match a non-letter. */
    private static boolean isNameByte(final byte c, final int i)
    {
        return NAME.charAt(i) == '_' ? c == '_' : c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * The text [from, end) of b with every {@code CONNECTION_ID()} the rule above covers replaced by
     * {@code id}, or null when there is none (or the text is one to leave alone).
     *
     * @param noBackslashEscapes the session's NO_BACKSLASH_ESCAPES (from the server status): a
     *                           backslash in a string is then an ordinary character
     */
    static byte[] rewrite(final ByteBuffer b, final int from, final int end, final long id,
        final boolean noBackslashEscapes)
    {
        for (int p = from; p + 1 < end; p++)
        {
            if (b.get(p) < 0 && b.get(p + 1) == '\\')
            {
                return null;
            }
        }
        ByteArrayOutputStream out = null;
        int copied = from;
        int depth = 0;
        boolean statementStart = true;
        boolean inList = false;
        boolean expectItem = false;
        int p = from;
        while (p < end)
        {
            final int next = SqlText.skipSpaceAndComments(b, p, end);
            if (next != p)
            {
                p = next;
                continue;
            }
            if (statementStart)
            {
                if (!SqlText.isWord(b, p, end, "SELECT"))
                {
                    break; // the rest is left alone from the first statement that is no SELECT
                }
                statementStart = false;
            }
            final byte c = b.get(p);
            if (c == '/' && p + 1 < end && b.get(p + 1) == '*')
            {
                return null; // an executable comment: the server runs text this scan does not follow
            }
            if (c == '\'' || c == '"' || c == '`')
            {
                p = quoted(b, p, end, c != '`' && !noBackslashEscapes);
                if (p < 0)
                {
                    return null;
                }
                expectItem = false;
                continue;
            }
            if (!SqlText.isWordByte(c))
            {
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth = Math.max(0, depth - 1);
                }
                else if (c == ';' && depth == 0)
                {
                    statementStart = true;
                    inList = false;
                }
                expectItem = c == ',' && inList && depth == 0;
                p++;
                continue;
            }
            final int wordEnd = SqlText.wordEnd(b, p, end);
            if (depth == 0 && SqlText.isWord(b, p, end, "SELECT"))
            {
                inList = true;
                expectItem = true;
                p = wordEnd;
                continue;
            }
            if (depth == 0 && inList && expectItem && isAny(b, p, end, SELECT_OPTIONS))
            {
                p = wordEnd;
                continue;
            }
            if (depth == 0 && inList && isAny(b, p, end, LIST_ENDS))
            {
                inList = false;
            }
            else if (depth == 0 && expectItem && SqlText.isWord(b, p, end, NAME))
            {
                final int callEnd = emptyCallEnd(b, wordEnd, end);
                final int alias = callEnd < 0 ? -1 : aliasNeeded(b, callEnd, end);
                if (alias >= 0)
                {
                    if (out == null)
                    {
                        out = new ByteArrayOutputStream(end - from + 64);
                    }
                    copy(b, copied, p, out);
                    replace(b, p, callEnd, alias == 1, id, out);
                    copied = callEnd;
                    p = callEnd;
                    expectItem = false;
                    continue;
                }
            }
            expectItem = false;
            p = wordEnd;
        }
        if (out == null)
        {
            return null;
        }
        copy(b, copied, end, out);
        return out.toByteArray();
    }

    /** The end of the quoted text opening at p (its closing quote included), or -1 if it does not end. */
    private static int quoted(final ByteBuffer b, final int at, final int end, final boolean backslashEscapes)
    {
        final byte quote = b.get(at);
        int p = at + 1;
        while (p < end)
        {
            final byte c = b.get(p);
            if (c == '\\' && backslashEscapes)
            {
                p += 2;
            }
            else if (c == quote)
            {
                if (p + 1 < end && b.get(p + 1) == quote)
                {
                    p += 2; // a doubled quote stands for one
                }
                else
                {
                    return p + 1;
                }
            }
            else
            {
                p++;
            }
        }
        return -1;
    }

    /** After the name at p: the end of "()" (white space and comments allowed inside), or -1. */
    private static int emptyCallEnd(final ByteBuffer b, final int p, final int end)
    {
        if (p >= end || b.get(p) != '(')
        {
            return -1;
        }
        final int close = SqlText.skipSpaceAndComments(b, p + 1, end);
        return close < end && b.get(close) == ')' ? close + 1 : -1;
    }

    /**
     * What follows a call at callEnd: 1 if the item is the call alone without an alias, 0 if an alias
     * follows, -1 if the item goes on (an operator: the call is part of an expression).
     */
    private static int aliasNeeded(final ByteBuffer b, final int callEnd, final int end)
    {
        final int p = SqlText.skipSpaceAndComments(b, callEnd, end);
        if (p == end)
        {
            return 1;
        }
        final byte c = b.get(p);
        if (c == ',' || c == ';')
        {
            return 1;
        }
        if (c == '`' || c == '"' || c == '\'')
        {
            return 0;
        }
        if (!SqlText.isWordByte(c) || c >= '0' && c <= '9')
        {
            return -1;
        }
        if (isAny(b, p, end, LIST_ENDS))
        {
            return 1;
        }
        return isAny(b, p, end, OPERATORS) ? -1 : 0;
    }

    private static boolean isAny(final ByteBuffer b, final int p, final int end, final String[] words)
    {
        for (final String word : words)
        {
            if (SqlText.isWord(b, p, end, word))
            {
                return true;
            }
        }
        return false;
    }

    private static void replace(final ByteBuffer b, final int at, final int callEnd, final boolean withAlias,
        final long id, final ByteArrayOutputStream out)
    {
        out.writeBytes(("CAST(" + id + " AS UNSIGNED)").getBytes(StandardCharsets.US_ASCII));
        if (withAlias)
        {
            out.writeBytes(" AS `".getBytes(StandardCharsets.US_ASCII));
            for (int p = at; p < callEnd; p++)
            {
                final byte c = b.get(p);
                out.write(c);
                if (c == '`')
                {
                    out.write(c);
                }
            }
            out.write('`');
        }
    }

    private static void copy(final ByteBuffer b, final int from, final int to, final ByteArrayOutputStream out)
    {
        for (int p = from; p < to; p++)
        {
            out.write(b.get(p));
        }
    }
}
