package io.sluice.protocol.mysql.classify;

import java.util.Locale;

import static io.sluice.protocol.mysql.classify.TableNames.isName;

/**
 * SET in all its forms: SET STATEMENT ... FOR, SET [GLOBAL|SESSION] TRANSACTION, SET NAMES, CHARACTER SET,
 * ROLE, PASSWORD, DEFAULT ROLE, and comma lists of user and system variable assignments (with the scope
 * carried from one to the next, autocommit decided by its literal, sql_mode flagged). Stateless.
 */
final class SetStatement
{
    private SetStatement()
    {
    }

    static void set(final Tokens t, final int from, final int to, final ClassBuilder a, final int sqlMode)
    {
        a.op = Operation.SET;
        if (t.is(from, "STATEMENT"))
        {
            // SET STATEMENT var=value FOR stmt: the variables last for the statement only
            int depth = 0;
            for (int i = from + 1; i < to; i++)
            {
                if (t.isPunct(i, '('))
                {
                    depth++;
                }
                else if (t.isPunct(i, ')'))
                {
                    depth--;
                }
                else if (depth == 0 && t.is(i, "FOR"))
                {
                    a.op = Operation.UNDEFINED;
                    QueryClassifier.classifyStatement(t, i + 1, to, a, sqlMode);
                    return;
                }
            }
            a.unparsed();
            return;
        }
        int i = from;
        int scope = 0;
        if (t.is(i, "GLOBAL") || t.is(i, "SESSION") || t.is(i, "LOCAL"))
        {
            scope = t.is(i, "GLOBAL") ? 2 : 1;
            i++;
        }
        if (t.is(i, "TRANSACTION"))
        {
            a.op = Operation.SET_TRANSACTION;
            a.mask |= scope == 2 ? QueryType.GSYSVAR_WRITE : scope == 1 ? QueryType.SESSION_WRITE : QueryType.NEXT_TRX;
            for (int k = i + 1; k + 1 < to; k++)
            {
                if (t.is(k, "READ") && t.is(k + 1, "ONLY"))
                {
                    a.mask |= QueryType.READONLY;
                }
                else if (t.is(k, "READ") && t.is(k + 1, "WRITE"))
                {
                    a.mask |= QueryType.READWRITE;
                }
            }
            return;
        }
        if (t.is(i, "PASSWORD") || (t.is(i, "DEFAULT") && t.is(i + 1, "ROLE")))
        {
            // not a session write: it changes mysql.* tables and replicates
            a.mask |= QueryType.WRITE;
            return;
        }
        if (t.is(i, "ROLE"))
        {
            a.mask |= QueryType.SESSION_WRITE;
            return;
        }
        if (t.is(i, "NAMES") || t.is(i, "CHARSET") || (t.is(i, "CHARACTER") && t.is(i + 1, "SET")))
        {
            // SET NAMES x [COLLATE y], and more assignments may follow (SET NAMES x, sql_mode = ...)
            a.mask |= QueryType.SESSION_WRITE;
            i = assignmentEnd(t, i, to) + 1;
        }
        // a comma list of assignments
        while (i < to)
        {
            final int end = assignmentEnd(t, i, to);
            scope = assignment(t, i, end, a, scope);
            i = end + 1;
        }
        if (a.mask == 0)
        {
            a.mask |= QueryType.SESSION_WRITE;
        }
    }

    private static int assignmentEnd(final Tokens t, final int from, final int to)
    {
        int depth = 0;
        for (int i = from; i < to; i++)
        {
            if (t.isPunct(i, '('))
            {
                depth++;
            }
            else if (t.isPunct(i, ')'))
            {
                depth--;
            }
            else if (depth == 0 && t.isPunct(i, ','))
            {
                return i;
            }
        }
        return to;
    }

    /** One {@code [scope] name = value}; returns the scope that carries over to the next assignment. */
    private static int assignment(final Tokens t, final int from, final int to, final ClassBuilder a, final int scopeIn)
    {
        int i = from;
        int scope = scopeIn;
        if (t.is(i, "GLOBAL") || t.is(i, "SESSION") || t.is(i, "LOCAL"))
        {
            scope = t.is(i, "GLOBAL") ? 2 : 1;
            i++;
        }
        boolean global = scope == 2;
        final String name;
        if (t.type(i) == SqlLexer.USER_VAR)
        {
            a.mask |= QueryType.USERVAR_WRITE;
            name = null;
            i++;
        }
        else if (t.type(i) == SqlLexer.SYS_VAR)
        {
            final String raw = t.raw(i).substring(2).replace("`", "").toLowerCase(Locale.ROOT);
            global = raw.startsWith("global.");
            name = raw.substring(raw.indexOf('.') + 1);
            a.mask |= global ? QueryType.GSYSVAR_WRITE : QueryType.SESSION_WRITE;
            i++;
        }
        else if (isName(t, i))
        {
            name = t.text(i).toLowerCase(Locale.ROOT);
            a.mask |= global ? QueryType.GSYSVAR_WRITE : QueryType.SESSION_WRITE;
            i++;
            // structured names: SET GLOBAL keycache1.key_buffer_size = ...
            while (t.isPunct(i, '.') && isName(t, i + 1))
            {
                i += 2;
            }
        }
        else
        {
            a.unparsed();
            return scope;
        }
        if (t.isPunct(i, ':'))
        {
            i++;
        }
        if (!t.isPunct(i, '='))
        {
            a.unparsed();
            return scope;
        }
        i++;
        if (null != name)
        {
            if (name.equals("autocommit") && !global)
            {
                final int value = truth(t, i, to);
                if (value == 1)
                {
                    a.mask |= QueryType.ENABLE_AUTOCOMMIT | QueryType.COMMIT;
                }
                else if (value == 0)
                {
                    a.mask |= QueryType.DISABLE_AUTOCOMMIT | QueryType.BEGIN_TRX;
                }
            }
            else if (name.equals("sql_mode"))
            {
                a.flags |= Classification.FLAG_SQL_MODE;
            }
        }
        Expressions.scan(t, i, to, a, false);
        return scope;
    }

    /** 1 for 1, ON, TRUE, '1', 'ON'; 0 for their opposites; -1 for anything else. */
    private static int truth(final Tokens t, final int i, final int to)
    {
        if (i + 1 != to)
        {
            return -1;
        }
        final String v = t.type(i) == SqlLexer.NUMBER || t.type(i) == SqlLexer.WORD || t.type(i) == SqlLexer.STRING
            ? t.text(i).toUpperCase(Locale.ROOT) : "";
        if (v.equals("1") || v.equals("ON") || v.equals("TRUE"))
        {
            return 1;
        }
        if (v.equals("0") || v.equals("OFF") || v.equals("FALSE"))
        {
            return 0;
        }
        return -1;
    }
}
