package io.sluice.protocol.mysql.classify;

import java.util.List;

/**
 * Reading names out of tokens: table references (with database, alias, partitions and index hints),
 * comma lists of them, and the small skips the statement readers share. Stateless.
 */
final class TableNames
{
    private TableNames()
    {
    }

    static int skipWords(final Tokens t, final int from, final int to, final String... words)
    {
        int i = from;
        boolean skipped = true;
        while (skipped && i < to)
        {
            skipped = false;
            for (final String w : words)
            {
                if (t.is(i, w))
                {
                    i++;
                    skipped = true;
                    break;
                }
            }
        }
        return i;
    }

    static int skipIfExists(final Tokens t, final int i, final int to)
    {
        if (t.is(i, "IF") && t.is(i + 1, "EXISTS"))
        {
            return i + 2;
        }
        if (t.is(i, "IF") && t.is(i + 1, "NOT") && t.is(i + 2, "EXISTS"))
        {
            return i + 3;
        }
        return i;
    }

    static boolean isName(final Tokens t, final int i)
    {
        return t.type(i) == SqlLexer.WORD || t.type(i) == SqlLexer.QUOTED_ID;
    }

    /** A table name at i ({@code db.t} or {@code t}) added to tables; the index after it. */
    static int tableName(final Tokens t, final int i, final int to, final List<String> tables)
    {
        if (i >= to || !isName(t, i))
        {
            return i;
        }
        String name = t.text(i);
        int k = i + 1;
        if (k + 1 < to && t.isPunct(k, '.') && isName(t, k + 1))
        {
            name = name + "." + t.text(k + 1);
            k += 2;
        }
        if (t.type(i) == SqlLexer.WORD && name.equalsIgnoreCase("DUAL"))
        {
            return k;
        }
        if (!tables.contains(name))
        {
            tables.add(name);
        }
        return k;
    }

    /** A comma list of table references with aliases, partitions and index hints; the index after it. */
    static int tableList(final Tokens t, final int from, final int to, final List<String> tables)
    {
        int i = from;
        while (i < to)
        {
            if (t.type(i) == SqlLexer.WORD && (t.is(i, "SELECT") || t.is(i, "LATERAL") || t.is(i, "JSON_TABLE")))
            {
                return i;
            }
            if (!isName(t, i))
            {
                return i;
            }
            i = tableName(t, i, to, tables);
            if (t.is(i, "PARTITION") && t.isPunct(i + 1, '('))
            {
                i = skipParens(t, i + 1, to);
            }
            if (t.is(i, "FOR") && t.is(i + 1, "SYSTEM_TIME"))
            {
                return i;
            }
            if (t.is(i, "AS"))
            {
                i++;
            }
            if (isName(t, i) && !isClauseWord(t, i))
            {
                i++;
            }
            while ((t.is(i, "USE") || t.is(i, "FORCE") || t.is(i, "IGNORE")) && (t.is(i + 1, "INDEX")
                || t.is(i + 1, "KEY")))
            {
                i += 2;
                if (t.is(i, "FOR"))
                {
                    i += t.is(i + 1, "GROUP") || t.is(i + 1, "ORDER") ? 3 : 2;
                }
                if (t.isPunct(i, '('))
                {
                    i = skipParens(t, i, to);
                }
            }
            if (!t.isPunct(i, ','))
            {
                return i;
            }
            i++;
        }
        return i;
    }

    static boolean isClauseWord(final Tokens t, final int i)
    {
        if (t.type(i) != SqlLexer.WORD)
        {
            return false;
        }
        return t.is(i, "WHERE") || t.is(i, "JOIN") || t.is(i, "LEFT") || t.is(i, "RIGHT") || t.is(i, "INNER")
            || t.is(i, "CROSS") || t.is(i, "NATURAL") || t.is(i, "STRAIGHT_JOIN") || t.is(i, "ON") || t.is(i, "USING")
            || t.is(i, "GROUP") || t.is(i, "ORDER") || t.is(i, "HAVING") || t.is(i, "LIMIT") || t.is(i, "UNION")
            || t.is(i, "EXCEPT") || t.is(i, "INTERSECT") || t.is(i, "FOR") || t.is(i, "LOCK") || t.is(i, "INTO")
            || t.is(i, "SET") || t.is(i, "USE") || t.is(i, "FORCE") || t.is(i, "IGNORE") || t.is(i, "WINDOW")
            || t.is(i, "PROCEDURE") || t.is(i, "OUTER") || t.is(i, "VALUES") || t.is(i, "VALUE")
            || t.is(i, "SELECT") || t.is(i, "PARTITION") || t.is(i, "FULL") || t.is(i, "RETURNING")
            || t.is(i, "OFFSET") || t.is(i, "FETCH") || t.is(i, "MINUS") || t.is(i, "READ") || t.is(i, "WRITE")
            || t.is(i, "LOW_PRIORITY") || t.is(i, "ON") || t.is(i, "DEFAULT") || t.is(i, "CHARACTER")
            || t.is(i, "WAIT") || t.is(i, "NOWAIT") || t.is(i, "TO");
    }

    static int skipParens(final Tokens t, final int open, final int to)
    {
        int depth = 0;
        for (int i = open; i < to; i++)
        {
            if (t.isPunct(i, '('))
            {
                depth++;
            }
            else if (t.isPunct(i, ')') && --depth == 0)
            {
                return i + 1;
            }
        }
        return to;
    }

    static void renameTables(final Tokens t, final int from, final int to, final List<String> tables)
    {
        int i = from;
        while (i < to)
        {
            i = tableName(t, i, to, tables);
            if (!t.is(i, "TO"))
            {
                return;
            }
            i = tableName(t, i + 1, to, tables);
            if (!t.isPunct(i, ','))
            {
                return;
            }
            i++;
        }
    }

    static void lockTables(final Tokens t, final int from, final int to, final List<String> tables)
    {
        int i = from;
        while (i < to)
        {
            i = tableName(t, i, to, tables);
            while (i < to && !t.isPunct(i, ','))
            {
                i++;
            }
            i++;
        }
    }
}
