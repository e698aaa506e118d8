package io.sluice.router.rwsplit;

import io.sluice.protocol.mysql.classify.SqlLexer;

import java.util.Locale;

/**
 * The sql_mode flags that change how the classifier reads SQL ({@code ANSI_QUOTES},
 * {@code NO_BACKSLASH_ESCAPES}), followed from the session's {@code SET sql_mode = ...} statements.
 * A literal value is read as the server reads it (the combination modes ANSI, ORACLE, DB2, MSSQL,
 * POSTGRESQL, MAXDB include ANSI_QUOTES); any other expression turns both flags on, the safe side:
 * under a wrong NO_BACKSLASH_ESCAPES a statement reads as unterminated, hence unparsed, hence the
 * primary's, where a missed one could hide a second statement inside what looks like a string.
 */
final class SqlModes
{
    private static final int BOTH = SqlLexer.ANSI_QUOTES | SqlLexer.NO_BACKSLASH_ESCAPES;

    private SqlModes()
    {
    }

    /** The flags after a SET that assigns sql_mode (its canonical text keeps the literals). */
    static int after(final String canonicalSet, final int current)
    {
        final String text = canonicalSet.toUpperCase(Locale.ROOT);
        final int at = text.indexOf("SQL_MODE");
        if (at < 0)
        {
            return current;
        }
        final String before = text.substring(0, at).trim();
        if (before.endsWith("GLOBAL") || before.endsWith("@@GLOBAL."))
        {
            return current; // not this session's
        }
        int p = text.indexOf('=', at);
        if (p < 0)
        {
            return BOTH;
        }
        p++;
        while (p < text.length() && text.charAt(p) == ' ')
        {
            p++;
        }
        if (text.startsWith("DEFAULT", p))
        {
            return 0; // the server's default mode: MariaDB's has neither
        }
        final char quote = p < text.length() ? text.charAt(p) : 0;
        if (quote != '\'' && quote != '"')
        {
            return BOTH;
        }
        final int end = text.indexOf(quote, p + 1);
        if (end < 0)
        {
            return BOTH;
        }
        int flags = 0;
        for (final String mode : text.substring(p + 1, end).split(","))
        {
            switch (mode.trim())
            {
                case "ANSI_QUOTES", "ANSI", "ORACLE", "DB2", "MSSQL", "POSTGRESQL", "MAXDB" ->
                    flags |= SqlLexer.ANSI_QUOTES;
                case "NO_BACKSLASH_ESCAPES" -> flags |= SqlLexer.NO_BACKSLASH_ESCAPES;
                default ->
                {
                }
            }
        }
        return flags;
    }
}
